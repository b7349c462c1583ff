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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/content/**', 'src/bundle.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropInternalState()],
};
