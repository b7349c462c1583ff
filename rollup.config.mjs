// Two builds from one source (Lit's publishing guide):
// - lib/: unbundled ES modules with .d.ts for npm users; Lit stays a dependency.
// - dist/recovery-elements.js: one minified, self-contained IIFE with Lit's
//   production build inside, for partners who paste a script tag. An IIFE runs
//   the same from a classic and from a module script tag.
import { readFileSync, rmSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { bundlePlugins } from './scripts/bundle-plugins.mjs';
import { writeElementEntries } from './scripts/element-entries.mjs';
import { TAGS, filesOf } from './src/elements.mjs';

// What the element list decides in files that cannot read it is written first.
writeElementEntries();

/** The package's entries: package.json's `exports` point at their output in lib/. */
const packageEntries = ['src/index.ts', 'src/classes.ts', ...TAGS.map((tag) => filesOf(tag).define), 'src/react/index.ts'];

// A second copy of this same build on a page (two plugins each paste the script)
// stands aside before Lit runs: under Trusted Types Lit's second `lit-html`
// policy would throw (test/embedding/policies.test.ts). The version comes from package.json.
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const standAside = `if(${JSON.stringify(TAGS)}.every((tag)=>customElements.get(tag)?.version===${JSON.stringify(version)}))return;`;

export default [
  {
    input: packageEntries,
    external: [/^lit(\/|$)/, /^@lit\//, /^react(\/|$)/],
    output: {
      dir: 'lib',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [
      // lib/ is published as it stands: start empty, so no file from an earlier build ships.
      { name: 'empty-lib', buildStart: () => rmSync('lib', { recursive: true, force: true }) },
      typescript({ tsconfig: 'tsconfig.json', outDir: 'lib', declaration: true }),
    ],
  },
  {
    input: 'src/bundle.ts',
    output: {
      file: 'dist/recovery-elements.js',
      format: 'iife',
      intro: standAside,
      // The map ships beside the script (and in the release kit) without a
      // `sourceMappingURL` comment: those bytes would reach every reader, and a
      // developer can add the map in the browser's tools (README, Size and speed).
      sourcemap: 'hidden',
    },
    plugins: bundlePlugins(),
  },
];
