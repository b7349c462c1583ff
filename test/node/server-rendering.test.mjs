// Lit SSR renders every element with every attribute the manifest lists, in a
// Node process like a Next.js, Astro or Eleventy build: no DOM, no storage, no
// observers. Whatever an element does in willUpdate or render must work there.
// (test/server-rendering/ loads the output in browsers and hydrates it.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../lib/index.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((moduleDoc) => moduleDoc.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName);

/** A value a partner might write, for attributes whose type says only `string`. */
const SAMPLES = {
  lang: 'es',
  phone: '(973) 555-0142',
  sms: '(973) 555-0142',
  'emergency-number': '112',
  steps: '1,5,8',
  open: 'all',
  'open-hours': 'Mo-Fr 09:00-17:00',
  timezone: 'America/New_York',
  chat: 'https://example.org/chat',
};

/** Every attribute of the element, with its first literal value, a sample, or some text. */
function attributesOf(element) {
  return element.attributes.map(({ name, type }) => {
    const literal = type?.text.split('|').map((part) => part.trim()).find((part) => /^'.+'$|^[0-9]+$/.test(part));
    if (type?.text === 'boolean') return [name, ''];
    return [name, literal?.replace(/^'|'$/g, '') ?? SAMPLES[name] ?? 'Hope Clinic'];
  });
}

for (const element of elements) {
  test(`<${element.tagName}> renders on the server with every attribute, to declarative shadow DOM`, async () => {
    const attributes = attributesOf(element);
    assert.ok(attributes.length >= 5);
    // Attribute names are the manifest's; values are bound, as a page's template binds them.
    const strings = [
      `<${element.tagName} ${attributes[0][0]}="`,
      ...attributes.slice(1).map(([name]) => `" ${name}="`),
      `"></${element.tagName}>`,
    ];
    const template = html(Object.assign(strings, { raw: strings }), ...attributes.map(([, value]) => value));
    const errors = [];
    const consoleError = console.error;
    console.error = (...args) => errors.push(args.join(' '));
    let output;
    try {
      output = await collectResult(render(template));
    } finally {
      console.error = consoleError;
    }
    assert.match(output, new RegExp(`<${element.tagName}[^>]*><template shadowroot="open" shadowrootmode="open">`));
    assert.match(output, /part="heading"/);
    assert.match(output, /lang="es"/, 'the element’s own lang is used');
    assert.deepEqual(errors, []);
  });
}

test('an element with no attributes renders in English, with the default call link', async () => {
  const output = await collectResult(render(html`<overdose-signs></overdose-signs>`));
  assert.match(output, /<div class="root light" lang="en"/);
  assert.match(output, /href="tel:911"/);
});
