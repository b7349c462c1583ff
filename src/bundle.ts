// Entry of dist/recovery-elements.js: registers every element and exports
// nothing, so the script adds no global name to a partner's page.
//
// The words first: they depend on nothing, and with them ahead of Lit, our
// element code sits right after Lit, within gzip's 32 KB reach of the names it
// shares with it. About 130 bytes less gzip than the words between the two.
import './content/index.js';
import './index.js';
