// What a partner needs to know about the built script: its bytes, version, and
// the Subresource Integrity value a page from another origin pins it with. One
// place, so the builder, the release kit and the WordPress plugin agree.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export function scriptFacts() {
  const bytes = readFileSync(join(root, 'dist/recovery-elements.js'));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const sha384 = createHash('sha384').update(bytes).digest();
  return {
    bytes,
    // Pure ASCII (test/node/ascii.test.mjs): as text it is byte for byte the file.
    text: bytes.toString('latin1'),
    version,
    sha384Hex: sha384.toString('hex'),
    integrity: `sha384-${sha384.toString('base64')}`,
  };
}
