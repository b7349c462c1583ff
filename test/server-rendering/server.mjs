// The host side of the server-rendering suite (server-rendering.test.ts), added
// to the test runner's dev server by web-test-runner.config.mjs: serves the
// pages render.mjs makes with Lit SSR at /server-rendering/<case>.html, and
// their names at /server-rendering/cases.json. Rendered once per run, on first ask.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

let pages;
const rendered = () =>
  (pages ??= JSON.parse(
    execFileSync(process.execPath, [resolve(import.meta.dirname, 'render.mjs')], { encoding: 'utf8', maxBuffer: 1 << 26 }),
  ));

export async function serverRenderingMiddleware(context, next) {
  const match = /^\/server-rendering\/([a-z-]+)\.(html|json)$/.exec(context.path);
  if (!match) return next();
  const [, name, kind] = match;
  if (kind === 'json' && name === 'cases') {
    context.type = 'application/json';
    context.body = JSON.stringify(Object.keys(rendered()));
  } else if (kind === 'html' && rendered()[name]) {
    context.type = 'text/html';
    context.body = rendered()[name];
  } else {
    return next();
  }
}
