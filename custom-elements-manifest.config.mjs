import { posix } from 'node:path';
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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/content/**', 'src/bundle.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropInternalState(), publicNames(), shippedDefinitions()],
};
