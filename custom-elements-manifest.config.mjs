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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/content/**', 'src/bundle.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropInternalState(), publicNames()],
};
