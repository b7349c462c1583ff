// React components for React 18 and older, which set every JSX prop as a string
// attribute and cannot listen to custom events: `@lit/react` sets the elements'
// properties and turns our events into `onRecoveryCall`-style props. React 19 needs
// none of this (see docs/frameworks.md). Importing this module registers the elements.
import React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type {
  RecoveryCallDetail,
  RecoveryDismissDetail,
  RecoveryDoseDetail,
  RecoveryGuideDetail,
  RecoveryToggleDetail,
} from '../core/events.js';
import { OverdoseSigns as OverdoseSignsElement } from '../overdose-signs/define.js';
import { FamilySteps as FamilyStepsElement } from '../family-steps/define.js';
import { CallBanner as CallBannerElement } from '../call-banner/define.js';

const onRecoveryCall = 'recovery-call' as EventName<CustomEvent<RecoveryCallDetail>>;

/** `<overdose-signs>`: props are its properties (`emergencyNumber`, `guide`, …). */
export const OverdoseSigns = createComponent({
  react: React,
  tagName: 'overdose-signs',
  elementClass: OverdoseSignsElement,
  events: {
    onRecoveryCall,
    onRecoveryGuide: 'recovery-guide' as EventName<CustomEvent<RecoveryGuideDetail>>,
    onRecoveryDose: 'recovery-dose' as EventName<CustomEvent<RecoveryDoseDetail>>,
  },
});

/** `<family-steps>`: props are its properties (`steps`, `open`, …). */
export const FamilySteps = createComponent({
  react: React,
  tagName: 'family-steps',
  elementClass: FamilyStepsElement,
  events: {
    onRecoveryCall,
    onRecoveryToggle: 'recovery-toggle' as EventName<CustomEvent<RecoveryToggleDetail>>,
  },
});

/** `<call-banner>`: props are its properties (`phone`, `org`, `dismissible`, …). */
export const CallBanner = createComponent({
  react: React,
  tagName: 'call-banner',
  elementClass: CallBannerElement,
  events: {
    onRecoveryCall,
    onRecoveryDismiss: 'recovery-dismiss' as EventName<CustomEvent<RecoveryDismissDetail>>,
  },
});
