// The element classes without registering them (no side effects), for
// developers who register under their own names or extend a class.
export { CallBanner } from './call-banner/call-banner.js';
