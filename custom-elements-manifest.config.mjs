import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';

// The Custom Elements Manifest (custom-elements.json), and everything made from it:
// editor data and framework types. Each is written by a well-kept analyzer plugin
// (the wc-toolkit / break-stuff family Web Awesome uses); the small plugins below
// make the manifest say what partners write, and adapt it where a generator reads
// names its own way. Nothing here is also written by hand.
//
// - @wc-toolkit/type-parser: expands aliases (`Theme`) into literal values.
// - custom-element-vs-code-integration, custom-element-jet-brains-integration:
//   vscode.html-custom-data.json and web-types.json.
// - @wc-toolkit/jsx-types: one file for React 19, Preact and Solid (the maintained
//   successor of custom-element-jsx-integration; Solid's own generator adds nothing).
// - custom-element-vuejs-integration, custom-element-svelte-integration: Vue's
//   GlobalComponents and Svelte's svelteHTML elements.
// The validator (@wc-toolkit/cem-validator) is left out: test/node/editors.test.mjs
// holds the manifest to what the tools need.

/**
 * Removes Lit's internal reactive state (`{ state: true }` in `static properties`)
 * from the manifest: the analyzer lists it as public fields and attributes, but
 * it is neither, and the reference in docs/ must show only what partners can use.
 */
function dropInternalState() {
  const stateNames = new Map(); // class name → Set of state property names
  return {
    name: 'drop-internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const property of member.initializer.properties) {
          const isState =
            ts.isPropertyAssignment(property) &&
            ts.isObjectLiteralExpression(property.initializer) &&
            property.initializer.properties.some(
              (option) => option.name?.getText() === 'state' && option.initializer?.kind === ts.SyntaxKind.TrueKeyword,
            );
          if (!isState) continue;
          if (!stateNames.has(node.name.text)) stateNames.set(node.name.text, new Set());
          stateNames.get(node.name.text).add(property.name.getText());
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const names = stateNames.get(declaration.name);
        if (!names) continue;
        declaration.members = declaration.members?.filter((member) => !names.has(member.name));
        declaration.attributes = declaration.attributes?.filter((attribute) => !names.has(attribute.fieldName));
      }
    },
  };
}

/**
 * Makes the manifest say what partners write, for the reference in docs/:
 * - `lang` is the element's own native attribute and property. Lit watches it
 *   through an internal `langAttribute` field, which is not API: the `lang`
 *   entries come from the base class's JSDoc (`@attr lang`, `@prop lang`).
 * - Defaults written as constants (`DEFAULT_THEME`) become their values (`'light'`).
 */
function publicNames() {
  return {
    name: 'public-names',
    packageLinkPhase({ customElementsManifest }) {
      const constants = new Map();
      for (const moduleDoc of customElementsManifest.modules) {
        for (const declaration of moduleDoc.declarations ?? []) {
          if (declaration.kind === 'variable' && declaration.default !== undefined) {
            constants.set(declaration.name, declaration.default);
          }
        }
      }
      for (const moduleDoc of customElementsManifest.modules) {
        for (const declaration of moduleDoc.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          declaration.members = declaration.members?.filter((member) => member.name !== 'langAttribute');
          // The JSDoc's `lang` entry carries the words; Lit's own (from `static properties`) only the field name.
          const langs = declaration.attributes?.filter((attribute) => attribute.name === 'lang') ?? [];
          const documented = langs.find((attribute) => attribute.description) ?? langs[0];
          declaration.attributes = declaration.attributes?.filter(
            (attribute) => attribute.name !== 'lang' || attribute === documented,
          );
          if (documented) documented.fieldName = 'lang';
          const lang = declaration.members?.find((member) => member.name === 'lang');
          if (lang) lang.attribute = 'lang';
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            if (constants.has(item.default)) item.default = constants.get(item.default);
          }
        }
      }
    },
  };
}

/**
 * Makes the manifest describe the package as it ships, so tools (IDEs, Storybook,
 * framework wrappers) can use it:
 * - each `defineElement('tag', Class)` call becomes a `custom-element-definition`
 *   export of its module (the analyzer only sees `customElements.define`, which
 *   our registration guard wraps);
 * - module paths name the published `lib/**.js` files, not the `src/**.ts`
 *   sources, which are not in the package.
 */
function shippedDefinitions() {
  const definitions = new Map(); // source path → [tag, class name][]
  const shipped = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'lib/$1.js');
  return {
    name: 'shipped-definitions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, elementClass] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !elementClass) return;
      if (!definitions.has(moduleDoc.path)) definitions.set(moduleDoc.path, []);
      definitions.get(moduleDoc.path).push([tag.text, elementClass.getText()]);
    },
    packageLinkPhase({ customElementsManifest }) {
      const classModules = new Map();
      for (const moduleDoc of customElementsManifest.modules) {
        for (const declaration of moduleDoc.declarations ?? []) {
          if (declaration.customElement) classModules.set(declaration.name, moduleDoc.path);
        }
      }
      for (const moduleDoc of customElementsManifest.modules) {
        // `export { CallBanner }` of an imported class: name the module that declares it.
        for (const { declaration } of moduleDoc.exports ?? []) {
          const declared = moduleDoc.declarations?.some((item) => item.name === declaration.name);
          if (!declared && classModules.has(declaration.name)) declaration.module = classModules.get(declaration.name);
        }
        for (const [tag, name] of definitions.get(moduleDoc.path) ?? []) {
          moduleDoc.exports = [
            ...(moduleDoc.exports ?? []),
            { kind: 'custom-element-definition', name: tag, declaration: { name, module: classModules.get(name) } },
          ];
        }
      }
      // Re-exports name their module relative to the file (`./x.js`): resolve those first.
      const visit = (value, directory) => {
        if (Array.isArray(value)) return value.forEach((item) => visit(item, directory));
        if (!value || typeof value !== 'object') return;
        for (const [key, item] of Object.entries(value)) {
          if ((key === 'path' || key === 'module') && typeof item === 'string') {
            value[key] = shipped(item.startsWith('.') ? posix.join(directory, item) : item);
          } else visit(item, directory);
        }
      };
      for (const moduleDoc of customElementsManifest.modules) visit(moduleDoc, posix.dirname(moduleDoc.path));
    },
  };
}

/**
 * Leaves private members out: they are nobody's API, and the type parser below
 * need not read them (it warns about DOM types it will not expand).
 */
function dropPrivateMembers() {
  return {
    name: 'drop-private-members',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const declaration = moduleDoc.declarations?.find((item) => item.name === node.name.text);
      if (declaration?.members) {
        declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && !member.name.startsWith('#'));
      }
    },
  };
}

/**
 * Gives each public attribute and property the literal union the type parser
 * found behind its aliases (`Theme` → `'light' | 'dark' | 'auto'`), as its
 * `type`: editors offer those values, and the framework types check them. An
 * attribute is absent, never `undefined` or `null`; `true | false` reads as
 * `boolean`, and heading levels in order.
 */
function literalTypes() {
  const literal = (text) => {
    let parts = text.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined' && part !== 'null');
    if (parts.includes('true') && parts.includes('false')) {
      parts = ['boolean', ...parts.filter((part) => part !== 'true' && part !== 'false')];
    }
    if (parts.every((part) => /^[0-9]+$/.test(part))) parts.sort((a, b) => a - b);
    return parts.join(' | ');
  };
  return {
    name: 'literal-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const moduleDoc of customElementsManifest.modules) {
        for (const declaration of moduleDoc.declarations ?? []) {
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
            const type = item.parsedType ?? item.type;
            const isPublic = (item.privacy ?? 'public') === 'public';
            if (isPublic && type?.text && item.kind !== 'method') item.type = { text: literal(type.text) };
            delete item.parsedType;
          }
        }
      }
    },
  };
}

/** The package's own README, for catalogues and documentation viewers that read the manifest. */
function packageReadme() {
  return {
    name: 'package-readme',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.readme = readFileSync('README.md', 'utf8');
    },
  };
}

/** Every class declaration of a manifest. */
const classesOf = (manifest) => manifest.modules.flatMap((moduleDoc) => moduleDoc.declarations ?? []);

/**
 * The Vue and Svelte generators read an event's `type` as its detail (they write
 * `CustomEvent<type>` themselves): they get `RecoveryCallDetail`, not the
 * `CustomEvent<RecoveryCallDetail>` of the schema and the JSX generator.
 */
function eventDetailTypes(manifest) {
  for (const event of classesOf(manifest).flatMap((declaration) => declaration.events ?? [])) {
    const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
    if (detail) event.type = { text: detail };
  }
}

/**
 * Vue looks a template's `heading-level` and `@recovery-call` up as the props
 * `headingLevel` and `onRecoveryCall`; the Vue generator writes names as HTML
 * has them, so it gets Vue's (the attribute's property name, the event in camelCase).
 */
function vueNames(manifest) {
  const camel = (name) => name.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase());
  for (const declaration of classesOf(manifest)) {
    for (const attribute of declaration.attributes ?? []) attribute.name = attribute.fieldName ?? attribute.name;
    for (const event of declaration.events ?? []) event.name = camel(event.name);
  }
}

/** Runs a generator on a copy of the manifest changed by `adapt`, for a generator that reads names its own way. */
function generateFrom(name, generate, options, ...adapt) {
  return {
    name,
    packageLinkPhase({ customElementsManifest }) {
      const copy = structuredClone(customElementsManifest);
      for (const change of adapt) change(copy);
      generate(copy, options);
    },
  };
}

/**
 * Entries that point a framework's JSX namespace at a generated `CustomElements`
 * type, where the generator's own declaration does not reach it: Solid's JSX
 * lives in `solid-js/jsx-runtime` (not `solid-js`), and Svelte's `svelteHTML` is
 * global (the generator declares it inside a module, which keeps it local).
 */
function frameworkEntries(outdir) {
  const entry = (from, type, augmented) =>
    `import type { ${type} } from './${from}';

${augmented.replace('%', `interface IntrinsicElements extends ${type} {}`)}
`;
  return {
    name: 'framework-entries',
    packageLinkPhase() {
      mkdirSync(outdir, { recursive: true });
      writeFileSync(
        `${outdir}/solid.d.ts`,
        entry('jsx.js', 'CustomElementsSolidJs', "declare module 'solid-js/jsx-runtime' {\n  namespace JSX {\n    %\n  }\n}"),
      );
      writeFileSync(
        `${outdir}/svelte.d.ts`,
        entry('svelte-elements.js', 'CustomElements', 'declare global {\n  namespace svelteHTML {\n    %\n  }\n}'),
      );
    },
  };
}

/** Where the framework types go: beside the package's `.d.ts` files, which they import. */
const typesDir = 'lib/types';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
/** The element reference of this version, as the package ships it. */
const documentation = () => [
  { name: 'Element reference', url: `https://unpkg.com/recovery-elements@${version}/docs/reference.md` },
];

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/content/**', 'src/bundle.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
  // The type parser needs TypeScript's checker to see through aliases.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.json');
    return program.getSourceFiles().filter((file) => globs.find((glob) => file.fileName.includes(glob)));
  },
  plugins: [
    dropPrivateMembers(),
    typeParserPlugin(),
    dropInternalState(),
    publicNames(),
    shippedDefinitions(),
    literalTypes(),
    packageReadme(),
    // Editors: VS Code's HTML custom data, and JetBrains' web-types (package.json's `web-types`).
    customElementVsCodePlugin({ outdir: '.', htmlFileName: 'vscode.html-custom-data.json', cssFileName: null, referencesTemplate: documentation, hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: '.', webTypesFileName: 'web-types.json', excludeCss: true, packageJson: false, referenceTemplate: () => documentation()[0], hideLogs: true }),
    // Frameworks: JSX (React 19, Preact, Solid), Vue and Svelte, each typed from the package's own .d.ts.
    jsxTypesPlugin({ outdir: typesDir, fileName: 'jsx.d.ts', globalTypePath: '../index.js', useCemTypes: true }),
    generateFrom('vue-types', generateVuejsTypes, { outdir: typesDir, fileName: 'vue.d.ts', globalTypePath: '../index.js', hideLogs: true }, eventDetailTypes, vueNames),
    generateFrom('svelte-types', generateSvelteTypes, { outdir: typesDir, fileName: 'svelte-elements.d.ts', globalTypePath: '../index.js', hideLogs: true }, eventDetailTypes),
    frameworkEntries(typesDir),
  ],
};
