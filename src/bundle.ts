// Entry of dist/recovery-elements.js: registers every element and exports
// nothing, so the script adds no global name to a partner's page.
import './index.js';
