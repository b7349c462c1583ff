// The script's first task: the elements with an emergency call link render in it, and
// <family-steps> (no call link of its own) renders in the next task, so that task is
// shorter (docs/design.md, Speed). Nothing else changes: it renders, and works.
import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { RecoveryElement } from '../../src/core/recovery-element.js';

type Element_ = RecoveryElement & HTMLElement;
const callLink = (el: Element) => el.shadowRoot!.querySelector('a[href^="tel:"]');

describe('the first render', () => {
  afterEach(() => {
    fixtureCleanup();
    document.querySelector('#first-render')?.remove();
  });

  it('draws every call link in the task the elements start in; <family-steps> follows in the next, and works', async () => {
    const page = document.createElement('div');
    page.id = 'first-render';
    const [banner, signs, steps] = ['call-banner', 'overdose-signs', 'family-steps'].map(
      (tag) => document.createElement(tag) as Element_,
    ) as [Element_, Element_, Element_];
    page.append(banner, signs, steps);
    document.body.append(page);
    // A task queued now runs after the one the elements start in, before the one they queue.
    const afterFirstTask = await new Promise<string[]>((done) =>
      setTimeout(() => done([banner, signs, steps].map((el) => `${el.localName}: ${callLink(el) ? 'call link' : 'nothing yet'}`))),
    );
    expect(afterFirstTask).to.deep.equal(['call-banner: call link', 'overdose-signs: call link', 'family-steps: nothing yet']);

    await steps.updateComplete;
    const toggle = steps.shadowRoot!.querySelector<HTMLButtonElement>('[part~="step-title"] button')!;
    expect(toggle.textContent).to.match(/Step 1/);
    setTimeout(() => toggle.click());
    const { detail } = await oneEvent(steps, 'recovery-toggle');
    expect(detail).to.include({ step: 1, open: true });
  });

  it('draws a <family-steps> alone on its page at once', async () => {
    const steps = document.createElement('family-steps') as Element_;
    document.body.append(steps);
    const rendered = await new Promise<boolean>((done) => setTimeout(() => done(!!steps.shadowRoot!.querySelector('ol'))));
    steps.remove();
    expect(rendered).to.equal(true);
  });
});
