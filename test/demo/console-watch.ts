// Served into the built site's pages (/site/*.html) by the test server only (web-test-runner.config.mjs),
// as the first script of the page: records every console error and warning,
// uncaught error, failed resource and rejected promise, for test/demo/*.test.ts.
// TypeScript, so that Node's test runner (which runs every .js file under test/)
// leaves it alone; the test server serves it as JavaScript.
(() => {
  const problems: string[] = [];
  (window as unknown as { __pageProblems: string[] }).__pageProblems = problems;
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      problems.push(`console.${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target as (EventTarget & { src?: string; href?: string }) | null;
      if (target && target !== window && (target.src || target.href)) {
        problems.push(`failed to load: ${target.src || target.href}`);
      } else {
        problems.push(`uncaught: ${event.message}`);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${event.reason}`));
})();
