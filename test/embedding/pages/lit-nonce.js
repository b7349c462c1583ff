// A partner's page under `style-src 'self' 'nonce-…'` tells Lit the nonce, so
// that where Lit has to write <style> elements (no constructable style sheets)
// the policy lets them apply. The same value as NONCE in ../server.mjs.
window.litNonce = 'c2FmZS1vbi1hbnktcGFnZQ';
