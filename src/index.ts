// Entry of the npm package and of the one-script bundle: registers every
// element (each define.ts leaves an existing registration alone).
export { VERSION } from './core/version.js';
export type { RecoveryEventMap } from './core/events.js';
export { OverdoseSigns } from './overdose-signs/define.js';
export { FamilySteps } from './family-steps/define.js';
export { CallBanner } from './call-banner/define.js';
