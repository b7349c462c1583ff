// The WordPress plugin's translations, compiled from the .po files a translator
// edits (wordpress/recovery-elements/languages/*.po) into what WordPress loads:
// a .mo for PHP (block titles, the plugin's description) and a Jed .json for the
// editor's script (wp_set_script_translations looks for
// `<domain>-<locale>-<handle>.json`). Also the .pot template for new languages.
// No gettext tools needed: both formats are small and documented.

/** Entries of a .po file: { context, id, text }, the header (id '') included. */
export function parsePo(source) {
  const entries = [];
  let entry = null;
  let field = null;
  const unquote = (text) => JSON.parse(text);
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    const start = trimmed.match(/^(msgctxt|msgid|msgstr)\s+(".*")$/);
    if (start) {
      if (start[1] !== 'msgstr' && (!entry || entry.text !== undefined)) {
        entry = { context: undefined, id: undefined, text: undefined };
        entries.push(entry);
      }
      field = { msgctxt: 'context', msgid: 'id', msgstr: 'text' }[start[1]];
      entry[field] = unquote(start[2]);
    } else if (/^".*"$/.test(trimmed) && entry && field) {
      entry[field] += unquote(trimmed);
    } else if (trimmed === '' || trimmed.startsWith('#')) {
      field = null;
    }
  }
  return entries.filter((item) => item.id !== undefined && item.text !== undefined);
}

const key = ({ context, id }) => (context === undefined ? id : `${context}\u0004${id}`);

/** A GNU .mo file (little-endian, no hash table), strings sorted as gettext wants. */
export function moFile(entries) {
  const sorted = [...entries].sort((a, b) => (Buffer.compare(Buffer.from(key(a)), Buffer.from(key(b)))));
  const ids = sorted.map((entry) => Buffer.from(key(entry), 'utf8'));
  const texts = sorted.map((entry) => Buffer.from(entry.text, 'utf8'));
  const count = sorted.length;
  const headerSize = 28;
  const tablesSize = count * 16;
  let offset = headerSize + tablesSize;
  const header = Buffer.alloc(headerSize);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(headerSize, 12);
  header.writeUInt32LE(headerSize + count * 8, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(offset, 24);
  const idTable = Buffer.alloc(count * 8);
  const textTable = Buffer.alloc(count * 8);
  const strings = [];
  ids.forEach((id, i) => {
    idTable.writeUInt32LE(id.length, i * 8);
    idTable.writeUInt32LE(offset, i * 8 + 4);
    strings.push(id, Buffer.from([0]));
    offset += id.length + 1;
  });
  texts.forEach((text, i) => {
    textTable.writeUInt32LE(text.length, i * 8);
    textTable.writeUInt32LE(offset, i * 8 + 4);
    strings.push(text, Buffer.from([0]));
    offset += text.length + 1;
  });
  return Buffer.concat([header, idTable, textTable, ...strings]);
}

/** The Jed 1.x JSON that wp.i18n reads, with the entries the editor's script uses. */
export function jedJson(entries, locale) {
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': 'nplurals=2; plural=(n != 1);' } };
  for (const entry of entries) {
    if (entry.id === '' || entry.context !== undefined) continue;
    messages[entry.id] = [entry.text];
  }
  return `${JSON.stringify({ domain: 'messages', locale_data: { messages } })}\n`;
}

/** The .pot template: every message of a .po, untranslated. */
export function potFile(entries) {
  const quote = (text) => JSON.stringify(text);
  const lines = [
    '# Template for translating the Recovery Elements plugin. Copy it to',
    '# recovery-elements-<locale>.po, translate each msgstr, and run `npm run release`.',
    'msgid ""',
    'msgstr ""',
    quote('Content-Type: text/plain; charset=UTF-8\n'),
    quote('X-Domain: recovery-elements\n'),
    '',
  ];
  for (const entry of entries) {
    if (entry.id === '') continue;
    if (entry.context !== undefined) lines.push(`msgctxt ${quote(entry.context)}`);
    lines.push(`msgid ${quote(entry.id)}`, 'msgstr ""', '');
  }
  return lines.join('\n');
}
