// Runs in <iframe sandbox="allow-scripts">: an opaque origin, where touching
// sessionStorage throws. The parent cannot look inside, so this page does the
// reader's actions itself and posts what it saw.
(async () => {
  const results = { storageBefore: window.embedding.before.session };
  // The elements this page holds, whatever they are (this script runs in its head).
  if (document.readyState === 'loading') await new Promise((done) => document.addEventListener('DOMContentLoaded', done));
  const tags = [...document.body.children].map((element) => element.localName).filter((name) => name.includes('-'));
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  const banner = document.getElementById('banner');
  await Promise.all([...document.querySelectorAll(tags.join())].map((element) => element.updateComplete));
  results.rendered = tags.map((tag) => {
    const element = document.querySelector(tag);
    return `${tag}: ${element.shadowRoot.querySelector('[part~="call-button"], [part~="step"]') ? 'rendered' : 'empty'}`;
  });
  results.callHref = banner.shadowRoot.querySelector('[part~="call-button"]').getAttribute('href');

  // The guide and a step open and close as anywhere else.
  const signs = document.querySelector('overdose-signs');
  signs.shadowRoot.querySelector('[part~="guide-button"]').click();
  await signs.updateComplete;
  results.guideOpen = !!signs.shadowRoot.querySelector('[part~="guide"]');

  banner.shadowRoot.querySelector('[part~="dismiss-button"]').click();
  await banner.updateComplete;
  results.dismissedHidden = banner.hidden && banner.getClientRects().length === 0;

  // Another banner for the same number, later on the same page: still closed.
  const again = document.createElement('call-banner');
  again.setAttribute('phone', '973-555-0142');
  again.dismissible = true;
  document.body.append(again);
  await again.updateComplete;
  results.sameNumberLaterHidden = again.hidden;

  results.errors = window.embedding.errors;
  results.consoleErrors = window.embedding.console.error;
  parent.postMessage({ embedding: 'sandboxed', results }, '*');
})();
