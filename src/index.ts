// Entry of the npm package and of the one-script bundle: registers every
// element (each define.ts leaves an existing registration alone).
export { VERSION } from './core/version.js';
export type {
  RecoveryEventMap,
  RecoveryCallDetail,
  RecoveryToggleDetail,
  RecoveryGuideDetail,
  RecoveryDoseDetail,
  RecoveryDismissDetail,
} from './core/events.js';
export type { HeadingLevel, Theme } from './core/attributes.js';
export type { OverdoseSignsVariant } from './overdose-signs/overdose-signs.js';
export type { CallBannerVariant } from './call-banner/call-banner.js';
// The base class, for type references (generated framework types name it); it is not
// registered and not meant to be extended.
export type { RecoveryElement } from './core/recovery-element.js';
// The elements, from src/elements.mjs (the build writes these lines):
export { OverdoseSigns } from './overdose-signs/define.js';
export { FamilySteps } from './family-steps/define.js';
export { CallBanner } from './call-banner/define.js';
