// The React components in `recovery-elements/react`, in React 18 (which sets JSX
// props as attributes and cannot listen to custom events): each element mounts
// with its props set as properties, and its events reach `onRecovery…` props.
// React is CommonJS: default imports, as the test runner's CommonJS plugin gives them.
import { expect } from '@open-wc/testing';
import React, { type ReactElement } from 'react';
import ReactDOM from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { CallBanner, FamilySteps, OverdoseSigns } from '../../src/react/index.js';
import type { CallBanner as CallBannerElement } from '../../src/index.js';

let container: HTMLElement;
let root: Root;

async function mount<E extends HTMLElement>(element: ReactElement, tag: string): Promise<E> {
  ReactDOM.flushSync(() => root.render(element));
  const mounted = container.querySelector(tag) as E & { updateComplete: Promise<boolean> };
  await mounted.updateComplete;
  return mounted;
}

const shadowOf = (element: Element) => element.shadowRoot!;

/** Clicks without following tel: links (the browser would leave the page). */
const noNavigation = (event: Event) => event.preventDefault();

describe('recovery-elements/react in React 18', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    document.addEventListener('click', noNavigation);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
    document.removeEventListener('click', noNavigation);
  });

  it('runs in React 18', () => {
    expect(React.version).to.match(/^18\./);
  });

  it('<OverdoseSigns>: props are properties; calls and guide steps reach onRecoveryCall and onRecoveryGuide', async () => {
    const calls: unknown[] = [];
    const steps: unknown[] = [];
    const el = await mount(
      React.createElement(OverdoseSigns, {
        emergencyNumber: '112',
        headingLevel: 3,
        onRecoveryCall: (event) => calls.push(event.detail),
        onRecoveryGuide: (event) => steps.push(event.detail),
      }),
      'overdose-signs',
    );
    expect(shadowOf(el).querySelector('h3[part~="heading"]')).to.not.equal(null);
    shadowOf(el).querySelector<HTMLAnchorElement>('a[part~="call-button"]')!.click();
    expect(calls).to.deep.equal([{ number: '112', kind: 'emergency', source: 'OVERDOSE-SIGNS' }]);
    shadowOf(el).querySelector<HTMLButtonElement>('[part~="guide-button"]')!.click();
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(steps).to.deep.equal([{ step: 1 }]);
  });

  it('<OverdoseSigns>: each dose given in the rescue guide reaches onRecoveryDose', async () => {
    const doses: unknown[] = [];
    const el = await mount(
      React.createElement(OverdoseSigns, { guide: true, onRecoveryDose: (event) => doses.push(event.detail) }),
      'overdose-signs',
    );
    const updated = () => (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    await updated();
    // The call screen, then the breathing check: "Breathing" leads to the side position, with naloxone.
    shadowOf(el).querySelector<HTMLButtonElement>('.nav .button')!.click();
    await updated();
    shadowOf(el).querySelector<HTMLButtonElement>('.choices .button')!.click();
    await updated();
    shadowOf(el).querySelector<HTMLButtonElement>('.gave')!.click();
    await updated();
    shadowOf(el).querySelector<HTMLButtonElement>('.gave')!.click();
    expect(doses).to.deep.equal([{ dose: 1 }, { dose: 2 }]);
  });

  it('<FamilySteps>: a step the reader opens reaches onRecoveryToggle', async () => {
    const toggles: unknown[] = [];
    const el = await mount(
      React.createElement(FamilySteps, { steps: '1,5', onRecoveryToggle: (event) => toggles.push(event.detail) }),
      'family-steps',
    );
    expect(shadowOf(el).querySelectorAll('[part~="step"]').length).to.equal(2);
    shadowOf(el).querySelector<HTMLButtonElement>('[part~="step-title"] button')!.click();
    expect(toggles).to.deep.equal([{ step: 1, open: true }]);
  });

  it('<FamilySteps>: a call link in a step reaches onRecoveryCall', async () => {
    const calls: unknown[] = [];
    const el = await mount(
      React.createElement(FamilySteps, { open: 'all', emergencyNumber: '999', onRecoveryCall: (event) => calls.push(event.detail) }),
      'family-steps',
    );
    shadowOf(el).querySelector<HTMLAnchorElement>('a[href="tel:999"]')!.click();
    expect(calls).to.deep.equal([{ number: '999', kind: 'emergency', source: 'FAMILY-STEPS' }]);
  });

  it('<CallBanner>: `dismissible={false}` stays off, `true` adds the close button; calls and closing reach their props', async () => {
    const calls: unknown[] = [];
    const dismissals: unknown[] = [];
    const props = {
      phone: '(973) 555-0142',
      org: 'Hope Clinic',
      onRecoveryCall: (event: CustomEvent) => calls.push(event.detail),
      onRecoveryDismiss: (event: CustomEvent) => dismissals.push(event.detail),
    };
    // React 18 on its own would write dismissible="false", which turns it on.
    let el = await mount<CallBannerElement>(React.createElement(CallBanner, { ...props, dismissible: false }), 'call-banner');
    expect(el.hasAttribute('dismissible')).to.equal(false);
    expect(shadowOf(el).querySelector('[part~="dismiss-button"]')).to.equal(null);

    el = await mount<CallBannerElement>(React.createElement(CallBanner, { ...props, dismissible: true }), 'call-banner');
    await el.updateComplete;
    shadowOf(el).querySelector<HTMLAnchorElement>('a[part~="call-button"]')!.click();
    expect(calls).to.deep.equal([{ number: '9735550142', kind: 'helpline', source: 'CALL-BANNER' }]);
    shadowOf(el).querySelector<HTMLButtonElement>('[part~="dismiss-button"]')!.click();
    expect(dismissals).to.deep.equal([{}]);
    sessionStorage.clear();
  });
});
