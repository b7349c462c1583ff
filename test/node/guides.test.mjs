// The guides in docs/ and the README tell partners what to write. These tests hold
// every name they use to the manifest the code generates (custom-elements.json):
// attributes, properties, events, parts, slots and CSS properties; and every
// relative link in the guides, the demo and the builder to a file that exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = new Map(
  manifest.modules
    .flatMap((moduleDoc) => moduleDoc.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => [
      declaration.tagName,
      {
        attributes: new Set((declaration.attributes ?? []).map((a) => a.name)),
        properties: new Set(
          (declaration.members ?? []).filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public').map((m) => m.name),
        ),
        events: new Set((declaration.events ?? []).map((e) => e.name)),
        parts: new Set((declaration.cssParts ?? []).map((p) => p.name)),
        slots: new Set((declaration.slots ?? []).map((s) => s.name)),
        cssProperties: new Set((declaration.cssProperties ?? []).map((p) => p.name)),
      },
    ]),
);
const TAGS = [...elements.keys()];
const all = (key) => new Set([...elements.values()].flatMap((element) => [...element[key]]));
/** What any HTML element takes, and framework syntax that is not ours to check. */
const GLOBAL_ATTRIBUTES = new Set(['class', 'id', 'style', 'slot', 'hidden', 'title', 'ref', 'key', 'tabindex']);

const guides = ['README.md', ...readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)]
  .filter((path) => path !== 'docs/reference.md')
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** Every opening tag of our elements in a text: its tag name and its attribute names as written. */
function openingTags(text) {
  const found = [];
  // Up to the tag's own `>`: not one inside a quoted value or a `{…}` expression (`=>`).
  const pattern = new RegExp(`<(${TAGS.join('|')})((?:"[^"]*"|'[^']*'|\\{[^{}]*\\}|[^>])*?)/?>`, 'gs');
  for (const [, tag, rest = ''] of text.matchAll(pattern)) {
    // Drop values: quoted strings and JSX/Angular expressions in braces.
    const names = rest
      .replace(/"[^"]*"|'[^']*'|`[^`]*`/g, '')
      .replace(/\{[^{}]*\}/g, '')
      .match(/on:[\w.-]+|[:@[(]?[A-Za-z][\w.-]*[\])]?/g) ?? [];
    found.push({ tag, names });
  }
  return found;
}

/** Checks one name written on a tag, in HTML or a framework's syntax (Svelte's `on:` too); returns a problem or null. */
function problemWith(tag, written) {
  const element = elements.get(tag);
  let match;
  if ((match = written.match(/^@(.+)$/)) || (match = written.match(/^\((.+)\)$/)) || (match = written.match(/^on:?(recovery-.+)$/))) {
    return element.events.has(match[1]) ? null : `event ${match[1]}`;
  }
  if ((match = written.match(/^\[attr\.(.+)\]$/))) return element.attributes.has(match[1]) ? null : `attribute ${match[1]}`;
  if ((match = written.match(/^\[(.+)\]$/)) || (match = written.match(/^:(.+)$/))) {
    const name = match[1];
    return element.properties.has(name) || element.attributes.has(name) ? null : `property ${name}`;
  }
  if (GLOBAL_ATTRIBUTES.has(written)) return null;
  return element.attributes.has(written) || element.properties.has(written) ? null : `attribute ${written}`;
}

test('the guides write only attributes, properties and events the elements have', () => {
  const problems = [];
  for (const { path, text } of guides) {
    for (const { tag, names } of openingTags(text)) {
      for (const name of names) {
        const problem = problemWith(tag, name);
        if (problem) problems.push(`${path}: <${tag}> has no ${problem}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('the guides name only parts, slots, CSS properties and events that exist', () => {
  const problems = [];
  const events = all('events');
  const cssProperties = all('cssProperties');
  const slots = all('slots');
  for (const { path, text } of guides) {
    for (const [, tag, part] of text.matchAll(new RegExp(`(${TAGS.join('|')})::part\\(([\\w-]+)\\)`, 'g'))) {
      if (!elements.get(tag).parts.has(part)) problems.push(`${path}: <${tag}> has no part ${part}`);
    }
    for (const [property] of text.matchAll(/--recovery-[a-z-]+/g)) {
      if (!cssProperties.has(property)) problems.push(`${path}: no CSS property ${property}`);
    }
    for (const [, event] of text.matchAll(/[`'"(@]((?:on)?recovery-(?!elements)[a-z]+)(?![\w-])/g)) {
      const name = event.replace(/^on/, '');
      if (!events.has(name)) problems.push(`${path}: no event ${name}`);
    }
    for (const [, slot] of text.matchAll(/slot="([\w-]+)"/g)) {
      if (!slots.has(slot)) problems.push(`${path}: no slot ${slot}`);
    }
  }
  assert.deepEqual(problems, []);
});

test("the theming guide's table of parts lists every part of every element", () => {
  const theming = readFileSync('docs/theming.md', 'utf8');
  for (const [tag, element] of elements) {
    const row = theming.split('\n').find((line) => line.startsWith(`| \`<${tag}>\``));
    assert.ok(row, `a row for <${tag}>`);
    const listed = new Set([...row.split('|')[2].matchAll(/`([\w-]+)`/g)].map(([, name]) => name));
    assert.deepEqual(listed, element.parts, `the parts of <${tag}>`);
  }
});

// The demo and the builder link to the built site's pages: test/node/site.test.mjs checks those.
test('every relative link in the guides leads to a file that exists', () => {
  const pages = guides.map(({ path }) => path);
  const missing = [];
  for (const page of pages) {
    const text = readFileSync(page, 'utf8');
    const links = [
      ...[...text.matchAll(/\]\(([^)\s]+)\)/g)].map(([, link]) => link),
      ...[...text.matchAll(/\shref="([^"]+)"/g)].map(([, link]) => link),
    ];
    for (const link of links) {
      if (/^(https?:|tel:|sms:|mailto:|data:|#)/.test(link)) continue;
      const file = join(dirname(page), link.split('#')[0]);
      if (!existsSync(file)) missing.push(`${page} → ${link}`);
    }
  }
  assert.deepEqual(missing, []);
});
