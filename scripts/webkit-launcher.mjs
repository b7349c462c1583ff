// WebKit through WebKitGTK's WebDriver (Debian's webkit2gtk-driver) and its
// MiniBrowser: the engine of every iPhone browser. Unlike chromedriver,
// webdriverio cannot start WebKitWebDriver itself, so this launcher starts it
// on a free port, and stops it with the run. It needs a display: run under
// xvfb-run (scripts/test.mjs does).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { remote } from 'webdriverio';

const require = createRequire(import.meta.url);
// One test file at a time in one window: iframes (the default for concurrency
// above 1) never get focus in WebKitGTK, and our tests check focus. The class
// is not in the package's exports map, so it is loaded by its file path.
const webdriverDir = dirname(require.resolve('@web/test-runner-webdriver'));
const { SessionManager } = require(join(webdriverDir, 'SessionManager.js'));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, driverProcess) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (driverProcess.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driverProcess.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start within 10 s');
}

class WebKitLauncher extends WebdriverLauncher {
  constructor({ driverPath, miniBrowserPath }) {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
      },
    });
    this.driverPath = driverPath;
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
  }

  async createDriverManager() {
    if (!this.config) throw new Error('Not initialized');
    const port = await freePort();
    this.driverProcess = spawn(this.driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
    });
    await waitForDriver(port, this.driverProcess);
    this.options.port = port;
    this.driver = await remote(this.options);
    this.driverManager = new SessionManager(this.config, this.driver, false);
    this.setupHeartbeat();
    return this.driverManager;
  }

  async stop() {
    await super.stop();
    this.driverProcess?.kill();
  }
}

export function webkitLauncher(paths) {
  return new WebKitLauncher(paths);
}
