import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/call-banner/define.js';
import type { CallBanner } from '../../src/call-banner/call-banner.js';

/**
 * What a sticky or dismissible banner keeps for the whole page (page-room.ts,
 * dismissals.ts), against what the page itself does: the reproductions of issue 15.
 */
const KEY = 'recovery-elements:call-banner:dismissed:';
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const scroller = document.scrollingElement!;

/** A long page whose last line is `#last`, with what the test puts after it. */
async function longPage(banners: unknown) {
  const page = await fixture<HTMLElement>(html`<div>
    <div style="height: 3000px"></div>
    <p id="last" style="margin: 0">The last line of the page.</p>
    ${banners}
  </div>`);
  await frames();
  return page;
}

/**
 * Scrolled to the very end: the room between the page's last line and the top of
 * the banners, less the body's own margin (the test runner's page has 8 px).
 */
async function roomAtTheEnd(page: HTMLElement, top: Element): Promise<number> {
  scroller.scrollTop = scroller.scrollHeight;
  await frames();
  const margin = parseFloat(getComputedStyle(document.body).marginBottom);
  return top.getBoundingClientRect().top - page.querySelector('#last')!.getBoundingClientRect().bottom - margin;
}

/** A style sheet of the page's own, for one test. */
function pageStyle(css: string): () => void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return () => style.remove();
}

describe('<call-banner variant="sticky"> and the layout of the page', () => {
  afterEach(() => {
    scroller.scrollTop = 0;
    fixtureCleanup();
    document.body.removeAttribute('class');
    document.body.removeAttribute('style');
    sinon.restore();
  });

  it('keeps what gets keyboard focus out from under it: scroll-padding-bottom on <html> is its height, and goes with it', async () => {
    const page = await longPage(html`<call-banner variant="sticky"></call-banner>`);
    const banner = page.querySelector('call-banner')!;
    const height = Math.ceil(banner.getBoundingClientRect().height);
    expect(height).to.be.greaterThan(40);
    expect(document.documentElement.style.scrollPaddingBottom).to.equal(`${height}px`);
    // A control at the end of the page, focused from the keyboard, scrolls in above the banner.
    const control = document.createElement('button');
    control.textContent = 'Last control';
    page.querySelector('#last')!.append(control);
    control.focus();
    await frames();
    expect(control.getBoundingClientRect().bottom).to.be.at.most(banner.getBoundingClientRect().top + 1);
    banner.remove();
    await frames();
    expect(document.documentElement.style.scrollPaddingBottom).to.equal('');
  });

  it('takes its new height when it wraps without a re-render (a narrower window), and gives it back when wide again', async () => {
    // The window is an iframe's, so its width can change in every engine (the
    // test runner cannot resize WebKit's or Firefox's own window).
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="A window" style="width: 1000px; height: 400px; border: 0"></iframe>`);
    const window = frame.contentWindow!;
    const other = frame.contentDocument!;
    const banner = await fixture<CallBanner>(
      html`<call-banner variant="sticky" phone="(973) 555-0142" org="Hope Clinic" sms="(973) 555-0143"></call-banner>`,
    );
    other.body.append(banner);
    await banner.updateComplete;
    await frames();
    const room = () => parseFloat(window.getComputedStyle(other.body).borderBottomWidth);
    const wide = banner.getBoundingClientRect().height;
    expect(room()).to.equal(Math.ceil(wide));
    const renders = sinon.spy(banner, 'requestUpdate');
    frame.style.width = '320px';
    await frames();
    await frames();
    const narrow = banner.getBoundingClientRect().height;
    expect(narrow, 'the banner wraps on a narrow window').to.be.greaterThan(wide);
    expect(room(), 'the room follows, by the ResizeObserver alone').to.equal(Math.ceil(narrow));
    expect(renders.called, 're-rendered').to.equal(false);
    frame.style.width = '1000px';
    await frames();
    await frames();
    expect(room()).to.equal(Math.ceil(wide));
    banner.remove();
  });

  it('moved within the page (body.append), keeps its room: the page never jumps', async () => {
    const page = await longPage(html`<call-banner variant="sticky"></call-banner>`);
    const banner = page.querySelector('call-banner')!;
    const room = getComputedStyle(document.body).borderBottomWidth;
    scroller.scrollTop = scroller.scrollHeight;
    await frames();
    const scrolled = scroller.scrollTop;
    document.body.append(banner);
    expect(getComputedStyle(document.body).borderBottomWidth, 'at once').to.equal(room);
    await frames();
    expect(getComputedStyle(document.body).borderBottomWidth, 'two frames later').to.equal(room);
    expect(scroller.scrollTop).to.equal(scrolled);
    banner.remove();
  });

  it('keeps the page\'s own "padding-bottom: 10px !important" below its last line, and the banner\'s height', async () => {
    const restore = pageStyle('body { padding-bottom: 10px !important }');
    try {
      const page = await longPage(html`<call-banner variant="sticky"></call-banner>`);
      expect(await roomAtTheEnd(page, page.querySelector('call-banner')!)).to.be.closeTo(10, 1);
    } finally {
      restore();
    }
  });

  it('follows a class the page adds later (body.cookie { padding-bottom: 150px })', async () => {
    const restore = pageStyle('body.cookie { padding-bottom: 150px }');
    try {
      const page = await longPage(html`<call-banner variant="sticky"></call-banner>`);
      const banner = page.querySelector('call-banner')!;
      document.body.classList.add('cookie');
      expect(await roomAtTheEnd(page, banner)).to.be.closeTo(150, 1);
      document.body.classList.remove('cookie');
      expect(await roomAtTheEnd(page, banner)).to.be.closeTo(0, 1);
    } finally {
      restore();
    }
  });

  it('leaves an inline padding the page sets while the banner shows, also when the banner goes', async () => {
    const page = await longPage(html`<call-banner variant="sticky"></call-banner>`);
    const banner = page.querySelector('call-banner')!;
    document.body.style.paddingBottom = '40px';
    expect(await roomAtTheEnd(page, banner)).to.be.closeTo(40, 1);
    banner.remove();
    await frames();
    expect(document.body.style.paddingBottom).to.equal('40px');
    expect(document.body.style.borderBottom).to.equal('');
  });

  it('stacks a second sticky banner above the first: both numbers in reach, the room is both heights', async () => {
    const page = await longPage(html`<call-banner variant="sticky"></call-banner>
      <call-banner variant="sticky" phone="(973) 555-0142" org="Hope Clinic"></call-banner>`);
    const [helpline, partner] = page.querySelectorAll<CallBanner>('call-banner');
    const lower = helpline!.getBoundingClientRect();
    const upper = partner!.getBoundingClientRect();
    expect(lower.bottom).to.be.closeTo(innerHeight, 1);
    expect(upper.bottom).to.be.closeTo(lower.top, 1);
    for (const banner of [helpline!, partner!]) {
      const { left, top, width, height } = part(banner, 'call-button')!.getBoundingClientRect();
      expect(document.elementFromPoint(left + width / 2, top + height / 2), banner.phone ?? 'helpline').to.equal(banner);
    }
    expect(await roomAtTheEnd(page, partner!)).to.be.closeTo(0, 1);
    helpline!.remove();
    await frames();
    expect(partner!.getBoundingClientRect().bottom, 'the other one moves down').to.be.closeTo(innerHeight, 1);
    expect(await roomAtTheEnd(page, partner!)).to.be.closeTo(0, 1);
  });

  it("moved into an iframe's document, takes its room there and gives the first page its own back", async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Another page" style="height: 400px"></iframe>`);
    const other = frame.contentDocument!;
    const page = await longPage(html`<call-banner variant="sticky"></call-banner>`);
    const banner = page.querySelector<CallBanner>('call-banner')!;
    expect(document.body.style.borderBottom).not.to.equal('');
    other.body.append(banner);
    await banner.updateComplete;
    await frames();
    expect(document.body.style.borderBottom, 'the first page').to.equal('');
    expect(parseFloat(frame.contentWindow!.getComputedStyle(other.body).borderBottomWidth), 'the iframe').to.be.closeTo(
      banner.getBoundingClientRect().height,
      1,
    );
    banner.remove();
    await frames();
    expect(other.body.style.borderBottom).to.equal('');
  });
});

describe('<call-banner dismissible>: what a dismissal hides', () => {
  afterEach(() => {
    sessionStorage.clear();
    fixtureCleanup();
  });

  it('closing the sticky helpline banner leaves the inline helpline banners, and their emergency line, on the page', async () => {
    const sticky = await fixture<CallBanner>(html`<call-banner variant="sticky" dismissible></call-banner>`);
    part(sticky, 'dismiss-button')!.click();
    expect(sticky.hidden).to.equal(true);
    expect(sessionStorage.getItem(`${KEY}sticky:18006624357`)).to.equal('1');
    const inline = await fixture<CallBanner>(html`<call-banner dismissible></call-banner>`);
    expect(inline.hidden).to.equal(false);
    expect(part(inline, 'emergency-link')!.getAttribute('href')).to.equal('tel:911');
    const anotherSticky = await fixture<CallBanner>(html`<call-banner variant="sticky" dismissible></call-banner>`);
    expect(anotherSticky.hidden).to.equal(true);
  });

  it('knows "+1 973 555 0199" and "1-973-555-0199" as one number', async () => {
    // A number no other test dismisses: what a page dismissed stays in its memory.
    const el = await fixture<CallBanner>(html`<call-banner dismissible phone="+1 973 555 0199"></call-banner>`);
    part(el, 'dismiss-button')!.click();
    const again = await fixture<CallBanner>(html`<call-banner dismissible phone="1-973-555-0199"></call-banner>`);
    expect(again.hidden).to.equal(true);
  });
});
