// `npm start` (after the build): serves the demo and the built script on a fixed port.
import { startDevServer } from '@web/dev-server';

const port = Number(process.env.PORT) || 8000;
await startDevServer({
  config: { rootDir: '.', port, hostname: '127.0.0.1', nodeResolve: true, appIndex: 'demo/index.html' },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`recovery-elements demo: http://127.0.0.1:${port}/demo/  (Ctrl+C to stop)`);
