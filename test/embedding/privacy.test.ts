import { expect } from '@open-wc/testing';
import { engine, frames, openPage, part, stayOnPage, type HostPage, type OurElement } from './host.js';

const DISMISSED = 'recovery-elements:call-banner:dismissed:';

/** What the origin keeps beyond cookies and Web Storage: databases, caches, service workers. */
async function originStores(window: Window) {
  return {
    databases: 'databases' in window.indexedDB ? (await window.indexedDB.databases()).map((database) => database.name) : 'n/a',
    caches: 'caches' in window ? await window.caches.keys() : 'n/a',
    workers: 'serviceWorker' in window.navigator ? (await window.navigator.serviceWorker.getRegistrations()).length : 'n/a',
  };
}

/** A reader goes through everything: the guide with its timer, every step, every call link, both banners closed. */
async function useEverything(page: HostPage): Promise<number> {
  stayOnPage(page);
  let calls = 0;
  page.window.addEventListener('recovery-call', () => calls++);

  const signs = page.element('overdose-signs');
  part(signs, 'call-button')!.click();
  part(signs, 'guide-button')!.click();
  await signs.updateComplete;
  // The rescue guide, every screen and control: the call, the check, CPR with its
  // sound, two doses, the side position, waking, the record, reading aloud (where
  // the engine has a voice on the device), and Close.
  const tap = async (selector: string) => {
    signs.shadowRoot.querySelector<HTMLElement>(selector)?.click();
    await signs.updateComplete;
  };
  await tap('.bar .button:not(.close)');
  await tap('.nav .button');
  await tap('.choices .urgent');
  await tap('.row .button');
  await tap('.gave');
  await tap('.gave');
  await tap('.choices .button:not(.urgent)');
  await tap('.record summary');
  await tap('.choices .button:last-child');
  await tap('.close');

  const steps = page.element('family-steps');
  for (const button of steps.shadowRoot.querySelectorAll<HTMLElement>('[part~="step-title"] button')) button.click();
  await steps.updateComplete;
  for (const link of steps.shadowRoot.querySelectorAll<HTMLElement>('a')) link.click();

  for (const banner of page.document.querySelectorAll<OurElement>('call-banner')) {
    part(banner, 'call-button')!.click();
    part(banner, 'dismiss-button')!.click();
    await banner.updateComplete;
  }
  await frames(page.window);
  return calls;
}

describe(`embedding: privacy (${engine})`, () => {
  it(`the elements make no request, set no cookie, keep nothing but the banner's dismissal in sessionStorage, add no global of their own (page under "default-src 'self'", every request recorded)`, async () => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(DISMISSED)) sessionStorage.removeItem(key);
    const storesBefore = await originStores(window);
    const page = await openPage('partner.html', { policy: 'self' });
    const calls = await useEverything(page);
    expect(calls, 'recovery-call events: what a partner may count').to.be.at.least(5);
    await page.embedding.fence();

    // Requests: the server saw the page, its harness and our script; nothing else.
    const requests = await page.requests();
    expect(requests.map((request) => request.path).sort()).to.deep.equal(['harness.js', 'partner.html', 'recovery-elements.js']);
    // The browser's own list agrees, and nothing was tried elsewhere: it would be a violation.
    const loaded = page.window.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name))
      .filter((url) => !url.hostname.endsWith('.invalid')) // the fence's own blocked image (Chromium lists it)
      .map((url) => url.pathname.split('/').pop());
    expect(loaded.sort()).to.deep.equal(['harness.js', 'recovery-elements.js']);
    expect(page.embedding.violations, 'requests to other origins').to.deep.equal([]);

    // Cookies, localStorage, databases, caches, service workers: as before.
    expect(page.document.cookie).to.equal(page.embedding.before.cookie);
    expect(page.embedding.storageEntries(() => page.window.localStorage)).to.deep.equal(page.embedding.before.local);
    expect(await originStores(page.window)).to.deep.equal(storesBefore);
    // sessionStorage: only the two dismissals.
    const before = page.embedding.before.session as Record<string, string>;
    const after = page.embedding.storageEntries(() => page.window.sessionStorage) as Record<string, string>;
    const written = Object.fromEntries(Object.entries(after).filter(([key, value]) => before[key] !== value));
    expect(written).to.deep.equal({ [`${DISMISSED}inline:9735550142`]: '1', [`${DISMISSED}sticky:18006624357`]: '1' });
    expect(Object.keys(before).every((key) => key in after), 'nothing removed').to.equal(true);

    // Globals: none of ours; Lit (inside our script) keeps its usual version lists.
    const added = Object.getOwnPropertyNames(page.window).filter((name) => !page.embedding.globals.includes(name));
    expect(added.filter((name) => !['embedding', 'pwn'].includes(name)).sort()).to.deep.equal([
      'litElementVersions',
      'litHtmlVersions',
      'litPropertyMetadata',
      'reactiveElementVersions',
    ]);

    // (Control) the recorder does see a request when the page itself makes one.
    await page.window.fetch('control-request.txt');
    expect((await page.requests()).map((request) => request.path)).to.include('control-request.txt');
    page.close();
  });
});
