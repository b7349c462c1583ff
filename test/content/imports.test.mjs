// The words stand on their own: src/content/ holds every word, the languages and the
// sources, and imports nothing from the rest of src/, so the elements depend on the
// content and never the other way round (adding a language touches this folder only).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

test('src/content/ imports only from src/content/', () => {
  const files = readdirSync('src/content').filter((file) => file.endsWith('.ts'));
  assert.ok(files.includes('languages.ts') && files.includes('en.ts'), 'found the content modules');
  const outside = files.flatMap((file) =>
    [...readFileSync(`src/content/${file}`, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)]
      .map((match) => match[1])
      .filter((specifier) => !/^\.\/[\w.-]+\.js$/.test(specifier))
      .map((specifier) => `${file}: ${specifier}`),
  );
  assert.deepEqual(outside, []);
});
