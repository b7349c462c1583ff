import { expect } from '@open-wc/testing';
import { deepElements, engine, frames, openPage, overflowing, part, TAGS, type HostPage, type OurElement } from './host.js';

/**
 * Every attribute of every element of src/elements.mjs, as the manifest (and so
 * docs/reference.md) lists them: a new element or attribute is tested here unasked.
 */
interface ManifestDeclaration {
  tagName?: string;
  attributes?: { name: string }[];
}
const manifest: { modules: { declarations?: ManifestDeclaration[] }[] } = await (await fetch('/custom-elements.json')).json();
const declarations = manifest.modules.flatMap((moduleDoc) => moduleDoc.declarations ?? []);
const ATTRIBUTES = Object.fromEntries(
  TAGS.map((tag) => [tag, declarations.find((declaration) => declaration.tagName === tag)?.attributes?.map(({ name }) => name) ?? []]),
);

/**
 * What a careless or malicious page could put in an attribute. A payload that
 * runs calls `pwn()`, which harness.js records; the page has no policy, so
 * anything that became markup would run.
 */
const PAYLOADS: Record<string, string> = {
  markup: `<img src="x" onerror="pwn('img')"><b>bold</b><a href="javascript:pwn('a')">link</a>`,
  script: `<script>pwn('script')</script>`,
  'an attribute break-out': `" onmouseover="pwn('attr')" x="`,
  'closing tags': `</h2></section></template></style><svg onload="pwn('svg')"></svg>`,
  'a javascript: URL': `javascript:pwn('js')`,
  'a data: URL': `data:text/html,<script>pwn('data')</script>`,
  'a tel: URL with parameters': `tel:911;phone-context=javascript:pwn('tel')`,
  'template syntax': `\${pwn('tpl')}{{constructor.constructor("pwn('ng')")()}}`,
  "Lit's own markers": '<?lit$123456$>lit$123456$',
  'a very long string (10,000 characters, no space)': 'A'.repeat(10_000),
  'a very long text (1,000 words)': 'Help '.repeat(1_000),
  'an RTL override': '\u202Ecinilc epoH (973) 555-0142',
  'zero-width characters': '9\u200B1\u200B1\u200D\uFEFF',
  'combining marks': 'Z\u0335\u0321\u031B'.repeat(200),
  'a lone surrogate and control characters': '\uD800\u0007\u001B[31m\u0000',
  emoji: '\u{1F691}\u{1F4DE}',
  'an empty string': '',
  'spaces only': '   ',
  'a huge number': '99999999999999999999999',
  'a negative number': '-1',
};

/** What our templates render; anything else would have come from input. */
const OUR_TAGS = new Set(['a', 'button', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ol', 'p', 'path', 'section', 'slot', 'span', 'strong', 'svg', 'ul']);
const OUR_ATTRIBUTES = new Set([
  'aria-controls', 'aria-expanded', 'aria-hidden', 'aria-label', 'aria-live', 'class', 'd', 'dir', 'hidden',
  'href', 'id', 'lang', 'name', 'part', 'role', 'tabindex', 'type', 'viewBox', 'viewbox',
]);
/** The only web pages we link to: CDC's guidance (in English and Spanish), FindTreatment.gov, the family helpline's site, 988. */
const OUR_PAGES = /^https:\/\/(www\.cdc\.gov\/stop-overdose\/|findtreatment\.gov\/$|drugfree\.org\/$|988lifeline\.org\/$)/;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** Payloads whose length or shape could push the layout sideways: only these need a layout check. */
const WIDE = new Set(['markup', 'a very long string (10,000 characters, no space)', 'a very long text (1,000 words)', 'an RTL override', 'combining marks']);

/** Everything a payload must not have done to `element` or its page. */
function expectSafe(page: HostPage, element: OurElement, what: string, pageElements: number, layout = false) {
  const inside = deepElements(element.shadowRoot);
  for (const node of inside) {
    expect(OUR_TAGS.has(node.localName), `${what}: <${node.localName}> is not ours`).to.equal(true);
    for (const { name } of node.attributes) {
      expect(OUR_ATTRIBUTES.has(name), `${what}: attribute ${name} on <${node.localName}>`).to.equal(true);
    }
  }
  for (const link of element.shadowRoot.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    const ok = /^tel:\+?[0-9]{2,15}$/.test(href) || /^sms:\+?[0-9]{3,15}$/.test(href) || OUR_PAGES.test(href);
    expect(ok, `${what}: link ${href.slice(0, 80)}`).to.equal(true);
    if (/^(tel|sms):/.test(href)) expect(INVISIBLE.test(link.textContent!), `${what}: bidi or zero-width in a call link`).to.equal(false);
  }
  expect(page.document.querySelectorAll('*').length, `${what}: the page's own DOM`).to.equal(pageElements);
  expect(element.children.length, `${what}: light DOM children`).to.equal(0);

  // Still usable: the way to call is there, and nothing sticks out sideways.
  const call = element.localName === 'family-steps' ? null : part(element, 'call-button');
  if (call) expect(call.getAttribute('href')).to.match(/^tel:\+?[0-9]{2,15}$/);
  else expect(element.shadowRoot.querySelectorAll('[part~="step"]').length, `${what}: steps`).to.be.above(0);
  if (layout) expect(overflowing(element), `${what}: overflow`).to.deep.equal([]);
  expect(page.embedding.errors, `${what}: uncaught errors`).to.deep.equal([]);
}

/** The camelCase property of each attribute (docs/reference.md: every attribute has one). */
const propertyOf = (attribute: string) => attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** Values a partner's script could set a property to: not always a string. */
const PROPERTY_VALUES: [string, unknown][] = [
  ['a number', 42],
  ['a phone number as a number', 9735550142],
  ['null', null],
  ['undefined', undefined],
  ['true', true],
  ['an array', ['5', '8']],
  ['an object whose text is markup', { toString: () => `<img src="x" onerror="pwn('object')">` }],
];

describe(`embedding: hostile input in every attribute of every element (${engine})`, () => {
  let page: HostPage;
  before(async () => {
    page = await openPage('empty.html', {}, { width: 360, height: 640 });
  });

  it('(control) markup the page itself writes does run: the detector works', async () => {
    const wrapper = page.document.createElement('div');
    wrapper.innerHTML = `<img src="x" onerror="pwn('control')">`;
    // Listeners run in the order added: this one after the inline handler.
    const ran = new Promise((resolve) => wrapper.firstElementChild!.addEventListener('error', resolve));
    page.document.body.append(wrapper);
    await ran;
    expect(page.embedding.executed).to.deep.equal(['control']);
    wrapper.remove();
    page.embedding.executed.length = 0;
  });
  beforeEach(() => {
    page.embedding.errors.length = 0;
  });
  after(async () => {
    await frames(page.window);
    expect(page.embedding.executed, 'payloads that ran').to.deep.equal([]);
    page.close();
  });

  for (const [tag, attributes] of Object.entries(ATTRIBUTES)) {
    for (const attribute of attributes) {
      it(`<${tag} ${attribute}>: markup, script, URLs, long strings and odd Unicode stay text or are refused; the element still works`, async () => {
        const container = page.document.getElementById('slot-for-elements')!;
        const pageElements = page.document.querySelectorAll('*').length + 1;
        // An element that lives through every payload, in turn…
        const living = page.document.createElement(tag) as OurElement;
        container.append(living);
        for (const [name, payload] of Object.entries(PAYLOADS)) {
          living.setAttribute(attribute, payload);
          await living.updateComplete;
          expectSafe(page, living, `changed to ${name}`, pageElements, WIDE.has(name));
        }
        living.remove();
        // …and a new element born with each payload, as a partner's markup would be
        // (the first render: the layout is the same as above, so not measured again).
        for (const [name, payload] of Object.entries(PAYLOADS)) {
          const born = page.document.createElement(tag) as OurElement;
          born.setAttribute(attribute, payload);
          container.append(born);
          await born.updateComplete;
          expectSafe(page, born, `born with ${name}`, pageElements);
          born.remove();
        }
        await frames(page.window);
        expect(page.embedding.executed, 'payloads that ran').to.deep.equal([]);
      });
    }
    it(`<${tag}>: every property set to a number, null, undefined, true, an array or an object renders, never throws`, async () => {
      expect(attributes, 'its attributes, from the manifest').to.include.members(['lang', 'theme', 'heading-level']);
      const container = page.document.getElementById('slot-for-elements')!;
      const pageElements = page.document.querySelectorAll('*').length + 1;
      for (const attribute of attributes) {
        for (const [name, value] of PROPERTY_VALUES) {
          const element = page.document.createElement(tag) as OurElement;
          (element as unknown as Record<string, unknown>)[propertyOf(attribute)] = value;
          container.append(element);
          await element.updateComplete;
          expectSafe(page, element, `${propertyOf(attribute)} = ${name}`, pageElements);
          element.remove();
        }
      }
    });
  }
});
