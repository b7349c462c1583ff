// `npm start` (after the build and the static site, scripts/site.mjs): serves
// site/ on a fixed port and opens the demo, where the snippet builder and the
// guides are a click away. On a machine with no browser to open (a server, CI,
// a container), it prints the address instead. The same site works from any
// static host, or opened from the folder on disk.
//
//   PORT=8080 npm start      another port
//   NO_OPEN=1 npm start      print the address, open nothing
import { spawn } from 'node:child_process';
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT) || 8000;
const demo = `http://127.0.0.1:${port}/`;

await startDevServer({
  config: { rootDir: 'site', port, hostname: '127.0.0.1' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});

console.log(`recovery-elements demo: ${demo}`);
console.log(`snippet builder:        ${demo}builder.html`);
console.log(`guides:                 ${demo}docs/index.html`);
console.log('(Ctrl+C to stop)');

/** The system's own "open this address" command, where there is a desktop to open it on. */
function opener() {
  if (process.env.NO_OPEN || process.env.CI) return null;
  if (process.platform === 'darwin') return ['open', [demo]];
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', demo]];
  if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) return ['xdg-open', [demo]];
  return null;
}

const command = opener();
if (command) {
  // Best effort: a missing or failing opener leaves the printed address, never an error.
  const child = spawn(command[0], command[1], { stdio: 'ignore', detached: true });
  child.on('error', () => {});
  child.unref();
}
