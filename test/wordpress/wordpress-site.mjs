// A real, throwaway WordPress for the plugin's end-to-end test: Debian's own
// `wordpress` package (6.1), PHP's built-in web server and a private MariaDB,
// all in one temporary folder, on 127.0.0.1 only, stopped and removed after.
//
// Why Debian's packages and not WordPress Playground's CLI: Playground runs
// from npm, but downloads WordPress itself (and its SQLite plugin) from
// wordpress.org when it starts, which a machine with only the npm and Debian
// registries cannot reach ("fetch failed"); it also weighs about 580 MB.
// Debian's `wordpress` is the whole of WordPress in a package; it is 6.1, the
// oldest version the plugin supports ("Requires at least"), which makes it the
// stricter test (no script loading strategies before 6.3).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

export const DEBIAN_PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'php-cli', 'php-mysql', 'mariadb-server'];
const WORDPRESS = '/usr/share/wordpress';
const MARIADBD = '/usr/sbin/mariadbd';

const which = (command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function missingPackages() {
  const found = {
    wordpress: existsSync(join(WORDPRESS, 'wp-settings.php')),
    'wordpress-theme-twentytwentythree': existsSync(join(WORDPRESS, 'wp-content/themes/twentytwentythree')),
    'php-cli': which('php'),
    'php-mysql': spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status === 0,
    'mariadb-server': existsSync(MARIADBD) && which('mariadb-install-db'),
  };
  return DEBIAN_PACKAGES.filter((name) => !found[name]);
}

/**
 * Installs Debian's packages when any is missing and this process may (root with
 * apt-get), as scripts/browsers.mjs does for the browsers. No service is started:
 * the test runs its own database and web server.
 */
export function ensureWordPressPackages() {
  let missing = missingPackages();
  if (missing.length && isRoot && which('apt-get')) {
    console.log(`WordPress test: installing Debian packages ${missing.join(' ')}…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...DEBIAN_PACKAGES], { stdio: 'inherit', env });
    missing = missingPackages();
  }
  if (missing.length) {
    throw new Error(
      `The WordPress test needs Debian's ${missing.join(', ')}: sudo apt-get install --no-install-recommends ${DEBIAN_PACKAGES.join(' ')}\n` +
        '(or skip it: npm test -- --skip-wordpress)',
    );
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(what, check, timeout = 60000) {
  const start = Date.now();
  for (;;) {
    if (await check()) return;
    if (Date.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Starts a server in a process group of its own: PHP's web server forks its
 * workers, and stop() must end them with it. MariaDB logs to its own files.
 */
function startChild(command, args, env = process.env) {
  return spawn(command, args, { stdio: 'ignore', env, detached: true });
}

/** Signals a child's whole process group (the child and its workers). */
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * Starts WordPress with the plugin from `pluginZip` (the release's own zip)
 * unpacked and activated, an Author and an Editor with application passwords
 * for the REST API, and DISALLOW_UNFILTERED_HTML on. Returns { url, users, stop }.
 */
export async function startWordPress({ pluginZip }) {
  const dir = mkdtempSync(join(tmpdir(), 'recovery-wp-'));
  const children = [];
  const stop = async () => {
    for (const child of children.reverse()) {
      const ended = child.exitCode === null && child.signalCode === null ? new Promise((resolve) => child.once('exit', resolve)) : null;
      signalGroup(child, 'SIGTERM');
      if (ended) await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 10000))]);
      signalGroup(child, 'SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    // The database: a private MariaDB on a socket in the folder, no network port.
    const data = join(dir, 'db');
    const socket = join(dir, 'mysql.sock');
    execFileSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...(isRoot ? ['--user=root'] : [])],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const database = startChild(
      MARIADBD,
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--pid-file=${join(dir, 'db.pid')}`,
        `--log-error=${join(dir, 'db.err')}`,
        '--innodb-buffer-pool-size=32M',
        ...(isRoot ? ['--user=root'] : []),
      ],
    );
    children.push(database);
    await waitFor('MariaDB', () => existsSync(socket) && spawnSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', 'SELECT 1']).status === 0);
    execFileSync('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4']);

    // WordPress: Debian's files, copied so that this folder's wp-config.php is the one it reads.
    const root = join(dir, 'wordpress');
    // Debian links some files to its shared libraries by relative paths: copied, they point to the same absolute files.
    cpSync(WORDPRESS, root, { recursive: true });
    const content = join(root, 'wp-content');
    mkdirSync(join(content, 'plugins'), { recursive: true });
    mkdirSync(join(content, 'uploads'), { recursive: true });
    for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(pluginZip)))) {
      if (path.endsWith('/')) continue;
      mkdirSync(dirname(join(content, 'plugins', path)), { recursive: true });
      writeFileSync(join(content, 'plugins', path), bytes);
    }
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(root, 'wp-config.php'),
      `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_HOME', '${url}' );
define( 'WP_SITEURL', '${url}' );
define( 'WP_CONTENT_DIR', '${content}' );
define( 'WP_CONTENT_URL', '${url}/wp-content' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
define( 'DISALLOW_UNFILTERED_HTML', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${join(dir, 'php-errors.log')}' );
define( 'WP_DEBUG_DISPLAY', false );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $name ) {
	define( $name, 'recovery-elements end-to-end test: ' . $name );
}
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // Install, users, plugin: WordPress's own functions, from PHP on the command line.
    writeFileSync(
      join(dir, 'setup.php'),
      `<?php
define( 'WP_INSTALLING', true );
// No mail server here: the "new site" email goes nowhere.
function wp_mail() {
	return true;
}
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
require '${root}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_install( 'Hope Clinic', 'admin', 'admin@example.org', false, '', 'admin password' );
$users = array();
foreach ( array( 'author', 'editor' ) as $role ) {
	$id = wp_insert_user( array( 'user_login' => $role, 'user_pass' => $role . ' password', 'user_email' => $role . '@example.org', 'role' => $role ) );
	list( $password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'end-to-end test' ) );
	if ( 'author' === $role ) {
		// The plugin's Spanish, in the editor of an Author who reads Spanish.
		update_user_meta( $id, 'locale', 'es_ES' );
	}
	$users[ $role ] = array( 'id' => $id, 'password' => $password, 'unfiltered_html' => user_can( $id, 'unfiltered_html' ) );
}
wp_set_current_user( 1 );
$activated = activate_plugin( 'recovery-elements/recovery-elements.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, $activated->get_error_message() );
	exit( 1 );
}
echo wp_json_encode( array( 'users' => $users, 'version' => get_bloginfo( 'version' ), 'active' => is_plugin_active( 'recovery-elements/recovery-elements.php' ) ) );
`,
    );
    const setup = JSON.parse(execFileSync('php', [join(dir, 'setup.php')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));

    children.push(startChild('php', ['-S', `127.0.0.1:${port}`, '-t', root], { ...process.env, PHP_CLI_SERVER_WORKERS: '4' }));
    await waitFor('PHP web server', async () => {
      try {
        return (await fetch(`${url}/?rest_route=/`)).ok;
      } catch {
        return false;
      }
    });
    return { url, dir, ...setup, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
