// QR codes for the print kit, drawn as SVG with DOM calls (never markup), so
// they print sharp at any size.
//
// The encoder is uqr (unjs): a port of Project Nayuki's reference QR encoder,
// an ES module with types and no dependencies, that encodes text as UTF-8 (an
// address with "ñ" or "í" scans as written) and returns the modules as a
// matrix we draw ourselves. qrcode-generator, the other well-kept choice, is
// twice the size, reads text as Latin-1 unless a global function is swapped,
// and draws by returning HTML strings. Only the builder's bundle
// (scripts/site.mjs) carries it: nothing of it reaches recovery-elements.js.
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';

/**
 * A QR code for `text`: an `<svg>` `size` wide and high (any CSS length),
 * black modules on white, with the four-module quiet zone scanners need.
 * Error correction M (15%): a card in a wallet gets creased and smudged.
 */
export function qrCode(text, size) {
  const { data, size: modules } = encode(text, { ecc: 'M', border: 4 });
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${modules} ${modules}`);
  svg.setAttribute('width', size);
  svg.setAttribute('height', size);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('class', 'qr');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(modules));
  background.setAttribute('height', String(modules));
  background.setAttribute('fill', '#fff');
  // One path: a unit square per dark module, run together along each row.
  let d = '';
  data.forEach((row, y) => {
    for (let x = 0; x < modules; x++) {
      if (!row[x]) continue;
      let end = x;
      while (row[end + 1]) end++;
      d += `M${x} ${y}h${end - x + 1}v1h${x - end - 1}z`;
      x = end;
    }
  });
  const dark = document.createElementNS(SVG, 'path');
  dark.setAttribute('d', d);
  dark.setAttribute('fill', '#000');
  svg.append(background, dark);
  return svg;
}
