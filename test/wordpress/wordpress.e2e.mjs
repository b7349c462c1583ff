// The WordPress plugin in real WordPress (test/wordpress/wordpress-site.mjs):
// the release's own plugin zip is installed and activated, an Author and an
// Editor (DISALLOW_UNFILTERED_HTML on, so neither may post scripts) save posts
// with every block and the shortcode through the REST API, and Chromium opens
// the published pages. `npm test` runs it after the build; `npm test --
// --skip-wordpress` leaves it out on a machine without Debian's packages.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { kitFiles } from '../../scripts/release.mjs';
import { findBrowsers } from '../../scripts/browsers.mjs';
import { ensureWordPressPackages, startWordPress } from './wordpress-site.mjs';

const TAGS = ['call-banner', 'overdose-signs', 'family-steps'];

/** Every block with settings, the shortcode in a Shortcode block, and one value that tries to break out of its attribute. */
const BLOCKS_AND_SHORTCODE = [
  '<!-- wp:recovery-elements/call-banner {"phone":"(973) 555-0142","org":"Hope Clinic","lang":"es","openHours":"Mo-Su 00:00-24:00","timezone":"America/New_York","crisis":true,"colors":{"accent":"#7a1f5c","onAccent":"#ffffff"}} /-->',
  '<!-- wp:recovery-elements/overdose-signs {"variant":"compact","emergencyNumber":"112","theme":"dark"} /-->',
  '<!-- wp:recovery-elements/family-steps {"steps":"1,5,8","open":"5","heading":"\\u0022 onclick=\\u0022alert(1)"} /-->',
  '<!-- wp:shortcode -->\n[call-banner phone="(973) 555-0199" org="Hope Family Group" variant="sticky" dismissible open-hours="Mo-Fr 09:00-17:00; Sa 10:00-14:00" color-accent="#0b57a4"]\n<!-- /wp:shortcode -->',
].join('\n\n');

/** The Custom HTML route, as a snippet from the builder with colours. */
const CUSTOM_HTML =
  '<!-- wp:html -->\n<script src="/recovery-elements.js" defer></script>\n<style>\n  call-banner {\n    --recovery-color-accent: #7a1f5c;\n  }\n</style>\n' +
  '<call-banner phone="(973) 555-0142"><a href="tel:9735550142">Call (973) 555-0142</a></call-banner>\n<!-- /wp:html -->';

let wordpress;
let browser;
const started = Date.now();

before(async () => {
  ensureWordPressPackages();
  const { files, facts } = await kitFiles();
  wordpress = await startWordPress({ pluginZip: files.get(`recovery-elements-wordpress-${facts.version}.zip`) });
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  browser = await puppeteer.launch({
    executablePath: findBrowsers().chromium ?? '/usr/bin/chromium',
    args: [...(isRoot ? ['--no-sandbox'] : []), '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
  await wordpress?.stop();
  console.log(`WordPress end-to-end: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

/** Saves and publishes a post as `role` through the REST API (an application password); returns the REST answer. */
async function publish(role, title, content) {
  const { password } = wordpress.users[role];
  const response = await fetch(`${wordpress.url}/?rest_route=/wp/v2/posts`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${role}:${password}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ title, content, status: 'publish' }),
  });
  const post = await response.json();
  assert.equal(response.status, 201, `${role} could publish: ${JSON.stringify(post).slice(0, 300)}`);
  return post;
}

/** Opens a page as a reader; only this WordPress may be asked for anything. Returns the page and what it requested. */
async function open(url, { javaScript = true } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 900 });
  await page.setJavaScriptEnabled(javaScript);
  const requests = [];
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    requests.push(request.url());
    if (request.url().startsWith(wordpress.url) || request.url().startsWith('data:')) request.continue();
    else request.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, requests, errors };
}

/** What a reader sees of each element of ours: its tag, attributes, the shadow's text and links. */
const readElements = (page) =>
  page.evaluate(async (tags) => {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    const elements = [...document.querySelectorAll(tags.join(','))];
    await Promise.all(elements.map((element) => element.updateComplete));
    return elements.map((element) => ({
      tag: element.localName,
      attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
      text: element.shadowRoot?.querySelector('.root')?.innerText ?? '',
      links: [...(element.shadowRoot?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href')),
      fallbackShown: [...element.children].some((child) => !child.slot && child.getClientRects().length > 0),
    }));
  }, TAGS);

describe('the plugin in WordPress 6.1 (Debian), for an Author and an Editor without unfiltered HTML', () => {
  let authorPost;

  test('WordPress is installed, the plugin is active, and neither account may post unfiltered HTML', () => {
    assert.match(wordpress.version, /^6\.\d+/);
    assert.equal(wordpress.active, true);
    assert.equal(wordpress.users.author.unfiltered_html, false);
    assert.equal(wordpress.users.editor.unfiltered_html, false, 'DISALLOW_UNFILTERED_HTML takes it from Editors');
  });

  test('an Author saves each block and the shortcode: the page shows all four elements with their settings', async () => {
    authorPost = await publish('author', 'Help for families', BLOCKS_AND_SHORTCODE);
    const { page, errors } = await open(authorPost.link);
    const elements = await readElements(page);
    assert.deepEqual(
      elements.map(({ tag }) => tag),
      ['call-banner', 'overdose-signs', 'family-steps', 'call-banner'],
    );
    const [banner, signs, steps, shortcode] = elements;
    assert.equal(banner.attributes.lang, 'es');
    assert.equal(banner.attributes.style, '--recovery-color-accent:#7a1f5c;--recovery-color-on-accent:#ffffff;');
    assert.match(banner.text, /Hope Clinic/);
    assert.ok(banner.links.includes('tel:9735550142'), `the banner dials the number: ${banner.links}`);
    assert.equal(banner.attributes['open-hours'], 'Mo-Su 00:00-24:00');
    assert.equal(banner.attributes.timezone, 'America/New_York');
    assert.equal(banner.attributes.crisis, '');
    assert.ok(banner.links.includes('tel:988') && banner.links.includes('sms:988'), `988 by call and text: ${banner.links}`);
    assert.equal(signs.attributes.variant, 'compact');
    assert.equal(signs.attributes.theme, 'dark');
    assert.ok(signs.links.includes('tel:112'));
    assert.equal(steps.attributes.steps, '1,5,8');
    assert.equal(steps.attributes.heading, '" onclick="alert(1)', 'a quote in a value stays text in its attribute');
    assert.equal(steps.attributes.onclick, undefined);
    assert.equal(shortcode.attributes.variant, 'sticky');
    assert.equal(shortcode.attributes.dismissible, '');
    assert.equal(shortcode.attributes['open-hours'], 'Mo-Fr 09:00-17:00; Sa 10:00-14:00');
    assert.equal(shortcode.attributes.style, '--recovery-color-accent:#0b57a4;');
    assert.ok(shortcode.links.includes('tel:9735550199'));
    for (const element of elements) assert.equal(element.fallbackShown, false, `${element.tag}: the fallback hides once it runs`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the script loads once, deferred, from the plugin, at its version; nothing else of ours loads', async () => {
    const { page, requests } = await open(authorPost.link);
    const scripts = requests.filter((url) => url.includes('recovery-elements.js'));
    assert.equal(scripts.length, 1, scripts.join('\n'));
    assert.match(scripts[0], /\/wp-content\/plugins\/recovery-elements\/assets\/recovery-elements\.js\?ver=0\.1\.0$/);
    const tags = await page.$$eval('script[src*="recovery-elements.js"]', (found) => found.map((script) => ({ defer: script.defer, async: script.async })));
    assert.deepEqual(tags, [{ defer: true, async: false }]);
    await page.close();
  });

  test('no stray CSS or markup shows as text on the page', async () => {
    const { page } = await open(authorPost.link);
    const text = await page.evaluate(() => document.body.innerText);
    assert.doesNotMatch(text, /recovery-color|[{}]|<\/?(call-banner|overdose-signs|family-steps)|\[call-banner/);
    await page.close();
  });

  test('with scripts off, every element shows its fallback: a link to call', async () => {
    const { page } = await open(authorPost.link, { javaScript: false });
    const fallbacks = await page.$$eval('call-banner, overdose-signs, family-steps', (elements) =>
      elements.map((element) => {
        const link = element.querySelector('a');
        return { href: link?.getAttribute('href'), text: link?.textContent, shown: !!link && link.getClientRects().length > 0 };
      }),
    );
    assert.deepEqual(fallbacks, [
      { href: 'tel:9735550142', text: 'Llamar al (973) 555-0142, Hope Clinic', shown: true },
      { href: 'tel:112', text: 'Call 112, emergency services', shown: true },
      { href: 'tel:18006624357', text: 'Call 1-800-662-4357, SAMHSA National Helpline', shown: true },
      { href: 'tel:9735550199', text: 'Call (973) 555-0199, Hope Family Group', shown: true },
    ]);
    await page.close();
  });

  test('an Editor under DISALLOW_UNFILTERED_HTML gets the same elements', async () => {
    const post = await publish('editor', 'Overdose: what to do', BLOCKS_AND_SHORTCODE);
    const { page } = await open(post.link);
    assert.deepEqual(
      (await readElements(page)).map(({ tag, links }) => [tag, links.length > 0]),
      [['call-banner', true], ['overdose-signs', true], ['family-steps', true], ['call-banner', true]],
    );
    await page.close();
  });

  test("in the block editor, an Author who reads Spanish gets the blocks, their controls in Spanish, and the server's preview", async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Gravatar and WordPress.org images: not here, and not ours.
    await page.setRequestInterception(true);
    page.on('request', (request) => (request.url().startsWith(wordpress.url) ? request.continue() : request.abort()));
    await page.goto(`${wordpress.url}/wp-login.php`, { waitUntil: 'load' });
    // The login page focuses and selects the name field 200 ms after load: typing
    // before that lets the selection swallow what was typed, and the login fails.
    await page.waitForFunction(() => document.activeElement?.id === 'user_login');
    await page.type('#user_login', 'author');
    await page.type('#user_pass', 'author password');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
    assert.match(new URL(page.url()).pathname, /^\/wp-admin\//, 'the Author is logged in');
    await page.goto(`${wordpress.url}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('recovery-elements/family-steps'), { timeout: 30000 });
    const titles = await page.evaluate(() =>
      ['call-banner', 'overdose-signs', 'family-steps'].map((tag) => window.wp.blocks.getBlockType(`recovery-elements/${tag}`).title),
    );
    assert.deepEqual(titles, ['Aviso para llamar', 'Señales de sobredosis', 'Pasos para las familias']);
    await page.evaluate(() => {
      const block = window.wp.blocks.createBlock('recovery-elements/call-banner', { phone: '(973) 555-0142', org: 'Hope Clinic' });
      window.wp.data.dispatch('core/block-editor').insertBlocks(block);
      window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    await page.waitForFunction(() => document.body.textContent.includes('Su número de teléfono'), { timeout: 20000 });
    // The server renders the preview; the script, loaded in the editor, starts the element.
    const preview = await page.waitForFunction(
      () => document.querySelector('call-banner[phone="(973) 555-0142"]')?.shadowRoot?.textContent.includes('Hope Clinic'),
      { timeout: 20000 },
    );
    assert.ok(preview);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('for comparison, the Custom HTML route for the same accounts: WordPress strips the script and the element, and leaves the <style> rules as text', async () => {
    for (const role of ['author', 'editor']) {
      const post = await publish(role, `Custom HTML by an ${role}`, CUSTOM_HTML);
      const { page } = await open(post.link);
      const seen = await page.evaluate(() => ({
        elements: document.querySelectorAll('call-banner').length,
        ourScripts: document.querySelectorAll('script[src$="/recovery-elements.js"]').length,
        text: document.querySelector('.wp-block-post-content, .entry-content')?.innerText ?? '',
        fallback: document.querySelector('.wp-block-post-content a[href="tel:9735550142"], .entry-content a[href="tel:9735550142"]')?.textContent,
      }));
      assert.equal(seen.elements, 0, `${role}: the element's tags are removed`);
      assert.equal(seen.ourScripts, 0, `${role}: the script tag is removed`);
      assert.match(seen.text, /call-banner \{\s*\S+recovery-color-accent: #7a1f5c;\s*\}/, `${role}: the rules are visible text`);
      assert.equal(seen.fallback, 'Call (973) 555-0142', `${role}: the fallback link is left`);
      await page.close();
    }
  });
});
