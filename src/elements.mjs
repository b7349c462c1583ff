// The elements this package makes, said once. The build reads this list (the
// package's entries, the one-script bundle, and the lines it writes into
// package.json, src/index.ts and src/classes.ts), and so do the reference
// generator, the bench, the snippet builder and the tests. Plain JavaScript
// without imports, so Node, the browser tests and the builder all read it as is.
//
// Adding an element (docs/design.md): its folder, src/<tag>/ with <tag>.ts (the
// class), <tag>.styles.ts and define.ts (`defineElement('<tag>', Class)`); one
// line here; its words in each language (src/content/).

/**
 * In the order the reference presents them.
 * @type {readonly { tag: string, className: string }[]}
 */
export const ELEMENTS = [
  { tag: 'overdose-signs', className: 'OverdoseSigns' },
  { tag: 'family-steps', className: 'FamilySteps' },
  { tag: 'call-banner', className: 'CallBanner' },
];

export const TAGS = ELEMENTS.map(({ tag }) => tag);

/** Where an element's files are, from its tag: the folder is named after it. */
export const filesOf = (tag) => ({
  folder: `src/${tag}`,
  classModule: `src/${tag}/${tag}.ts`,
  define: `src/${tag}/define.ts`,
  /** The package's entry that registers it: `import 'recovery-elements/<tag>.js'`. */
  packageEntry: `./${tag}.js`,
  lib: `./lib/${tag}/define.js`,
});
