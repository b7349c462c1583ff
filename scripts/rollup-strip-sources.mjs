// The content keeps each medical statement's source keys beside its words, for
// reviewers and tests. Readers never see them, so the one-script bundle drops
// every `sources: [...]` property of the content modules. The npm build (lib/)
// keeps them.
import MagicString from 'magic-string';
import { walk } from 'estree-walker';

export function stripSources({ include = /[\\/]src[\\/]content[\\/][a-z]{2}(-[a-z-]+)?\.ts$/ } = {}) {
  return {
    name: 'strip-content-sources',
    transform(code, id) {
      if (!include.test(id)) return null;
      const ast = this.parse(code);
      const output = new MagicString(code);
      let removed = 0;
      walk(ast, {
        enter(node) {
          if (node.type !== 'ObjectExpression') return;
          node.properties.forEach((property, index) => {
            if (property.type !== 'Property' || property.key.name !== 'sources') return;
            // Remove the property with the comma that separates it from its neighbour.
            const next = node.properties[index + 1];
            const previous = node.properties[index - 1];
            const start = next ? property.start : previous ? previous.end : property.start;
            const end = next ? next.start : property.end;
            output.remove(start, end);
            removed++;
          });
        },
      });
      if (removed === 0) this.error(`${id}: expected content with sources to strip`);
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
