// The element classes without registering them (no side effects), for
// developers who register under their own names or extend a class.
// The elements, from src/elements.mjs (the build writes these lines):
export { OverdoseSigns } from './overdose-signs/overdose-signs.js';
export { FamilySteps } from './family-steps/family-steps.js';
export { CallBanner } from './call-banner/call-banner.js';
