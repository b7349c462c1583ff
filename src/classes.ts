// The element classes without registering them (no side effects), for
// developers who register under their own names or extend a class.
export { OverdoseSigns } from './overdose-signs/overdose-signs.js';
export { FamilySteps } from './family-steps/family-steps.js';
export { CallBanner } from './call-banner/call-banner.js';
