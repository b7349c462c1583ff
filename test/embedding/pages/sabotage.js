// What a hostile or broken page does before our script runs, chosen by the
// page's `?sabotage=` (test/embedding/fail-safe.test.ts). A classic script
// file, so that it runs under `script-src 'self'`.
(() => {
  const sabotage = new URLSearchParams(location.search).get('sabotage');
  const originalAttachShadow = Element.prototype.attachShadow;
  /** Values that would each change what a Lit property does if Lit read them from Object.prototype. */
  const pollution = {
    state: true,
    attribute: 'polluted',
    type: Boolean,
    reflect: true,
    converter: { fromAttribute: () => 'polluted', toAttribute: () => 'polluted' },
    noAccessor: true,
    hasChanged: () => false,
    useDefault: true,
  };
  const sabotages = {
    // A library that extends Object.prototype with an index, as old array shims did.
    'index-2': () => {
      Object.prototype[2] = 'polluted';
    },
    'broken-normalize': () => {
      String.prototype.normalize = () => {
        throw new TypeError('normalize is broken on this page');
      };
    },
    // A wrapper (an analytics or accessibility overlay) that attaches the shadow root but forgets to return it.
    'attach-shadow-returns-nothing': () => {
      Element.prototype.attachShadow = function (init) {
        originalAttachShadow.call(this, init);
      };
    },
    'blocked-adopted-style-sheets': () => {
      Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
        configurable: true,
        get: () => [],
        set: () => {
          throw new DOMException('adoptedStyleSheets is blocked on this page', 'NotAllowedError');
        },
      });
    },
  };
  for (const [key, value] of Object.entries(pollution)) {
    sabotages[`pollute-${key}`] = () => {
      Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true, enumerable: true });
    };
  }
  if (!sabotages[sabotage]) throw new Error(`unknown sabotage: ${sabotage}`);
  sabotages[sabotage]();
})();
