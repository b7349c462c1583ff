// The first script of every host page: it records what the page lived through,
// for the test in the parent window to read as `frame.contentWindow.embedding`.
// A classic script file, so that it runs under `script-src 'self'`.
(() => {
  const globals = Object.getOwnPropertyNames(window);
  const record = {
    /** The window's own property names before any other script ran. */
    globals,
    /** securitypolicyviolation events (CSP and Trusted Types), except our fences. */
    violations: [],
    /** Uncaught errors and unhandled rejections. */
    errors: [],
    /** console.error and console.warn calls, recorded instead of printed. */
    console: { error: [], warn: [] },
    /** Calls to window.pwn(): a hostile payload that ran. */
    executed: [],
    /** The page's storage and cookies before our script ran. */
    before: {
      cookie: read(() => document.cookie),
      session: storageEntries(() => sessionStorage),
      local: storageEntries(() => localStorage),
    },
    storageEntries,
    fence,
  };
  window.embedding = record;
  window.pwn = (what) => record.executed.push(String(what));

  /** A value, or what reading it threw (cookies and storage throw in an opaque origin). */
  function read(get) {
    try {
      return get();
    } catch (error) {
      return `throws ${error.name}`;
    }
  }

  function storageEntries(storage) {
    return read(() => {
      const area = storage();
      return Object.fromEntries(Array.from({ length: area.length }, (_, i) => [area.key(i), area.getItem(area.key(i))]));
    });
  }

  let fences = 0;
  /**
   * Resolves once every violation before it has been reported: it asks for an
   * image from another origin, which every policy here blocks (no request goes
   * out), and waits for that violation's event: they arrive in order. Only for
   * pages with a policy.
   */
  function fence() {
    const origin = `http://fence-${++fences}.invalid`;
    return new Promise((resolve) => {
      const seen = (event) => {
        if (!String(event.blockedURI).startsWith(origin)) return;
        document.removeEventListener('securitypolicyviolation', seen);
        resolve();
      };
      document.addEventListener('securitypolicyviolation', seen);
      new Image().src = `${origin}/fence.png`;
    });
  }

  document.addEventListener('securitypolicyviolation', (event) => {
    if (/^http:\/\/fence-\d+\.invalid/.test(String(event.blockedURI))) return;
    record.violations.push(
      `${event.effectiveDirective || event.violatedDirective}: ${event.blockedURI || ''} ${event.sample || ''}`.trim(),
    );
  });
  addEventListener('error', (event) => record.errors.push(String(event.message || event.error)));
  addEventListener('unhandledrejection', (event) => record.errors.push(String(event.reason)));
  for (const level of ['error', 'warn']) {
    console[level] = (...args) => record.console[level].push(args.map(String).join(' '));
  }
})();
