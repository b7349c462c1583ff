import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/call-banner/define.js';
import type { CallBanner } from '../../src/call-banner/call-banner.js';
import { PHONE_CASES } from '../core/phone-cases.js';

const HELPLINE = 'tel:18006624357';
const callButton = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="call-button"]')!;

/**
 * Every value of the phone table, as a partner's `phone` attribute: the link a
 * reader's phone dials, the number on the button, and what the console says.
 */
describe('<call-banner phone>: the table of what partners write', () => {
  let errors: sinon.SinonStub;
  let warnings: sinon.SinonStub;
  beforeEach(() => {
    errors = sinon.stub(console, 'error');
    warnings = sinon.stub(console, 'warn');
  });
  afterEach(() => sinon.restore());

  for (const { group, written, dials, shows, warns } of PHONE_CASES) {
    const name = JSON.stringify(written).slice(0, 60);
    const heard = dials === null ? 'one error naming it' : warns ? 'one warning' : 'nothing in the console';
    it(`${group}: ${name} → ${dials === null ? 'the national helpline' : `tel:${dials}`}, ${heard}`, async () => {
      const el = await fixture<CallBanner>(html`<call-banner phone=${written} org="Hope Clinic"></call-banner>`);
      const call = callButton(el);
      if (dials === null) {
        expect(call.getAttribute('href')).to.equal(HELPLINE);
        expect(call.textContent!.trim()).to.equal('Call 1-800-662-4357');
        expect(el.shadowRoot!.textContent).not.to.contain('Hope Clinic');
        expect(errors.callCount, 'errors').to.equal(1);
        expect(errors.firstCall.args[0]).to.contain(`phone="${written.trim()}"`);
        expect(warnings.callCount, 'warnings').to.equal(0);
      } else {
        expect(call.getAttribute('href')).to.equal(`tel:${dials}`);
        expect(call.textContent!.trim()).to.equal(`Call ${shows ?? written.trim()}`);
        expect(call.getAttribute('aria-label')).to.equal(`Call ${shows ?? written.trim()}, Hope Clinic`);
        expect(errors.callCount, 'errors').to.equal(0);
        expect(warnings.callCount, 'warnings').to.equal(warns ? 1 : 0);
        if (warns) expect(warnings.firstCall.args[0]).to.contain(`phone="${written}"`).and.contain('emergency');
      }
    });
  }

  it('an extension is dialled after a pause, and is not offered to text', async () => {
    const el = await fixture<CallBanner>(html`<call-banner phone="973-555-0142 ext. 12" sms="973-555-0142 ext. 12"></call-banner>`);
    expect(callButton(el).getAttribute('href')).to.equal('tel:9735550142,12');
    expect(el.shadowRoot!.querySelector('[part~="text-button"]')).to.equal(null);
    expect(errors.callCount).to.equal(1);
    expect(errors.firstCall.args[0]).to.contain('sms="973-555-0142 ext. 12"');
  });

  it("a phone that is the element's own emergency number warns, whatever that number is", async () => {
    await fixture<CallBanner>(html`<call-banner emergency-number="111" phone="111"></call-banner>`);
    expect(warnings.callCount).to.equal(1);
    expect(warnings.firstCall.args[0]).to.contain('phone="111"');
  });
});
