// The print kit's three layouts, built with DOM calls from the elements' own
// words (lib/content: the same sentences, sources and translations as the
// elements, so a card never says something the page does not):
//
// - wallet cards, 85.6 × 54 mm (the ID-1 size of a bank card), eight to a
//   sheet: page 1 the fronts, page 2 the backs on the same centred grid, so a
//   sheet printed on both sides (flipped on the long edge) lines up, with crop
//   marks in the margins where the cuts go;
// - a half-page flyer (5.5 × 8.5 in, or A5 on A4), two to a landscape sheet,
//   with cut marks down the middle;
// - a poster, one Letter or A4 page.
//
// Sizes are in millimetres, so what the browser prints is the size written
// here. Text is never under 8 pt on the card or 12 pt on the flyer (the
// builder page's styles set the sizes; test/demo/print-kit.test.ts checks
// them).

/** Paper sizes in millimetres, portrait. */
export const PAPER = {
  letter: { width: 215.9, height: 279.4, name: 'Letter' },
  a4: { width: 210, height: 297, name: 'A4' },
};

export const CARD = { width: 85.6, height: 54 };
const CARD_COLUMNS = 2;
const CARD_ROWS = 4;
/** Where crop marks start, away from the cut, and how long they are (mm). */
const MARK_GAP = 2;
const MARK_LENGTH = 5;

/** Half a sheet: 5.5 × 8.5 in on Letter, A5 on A4. */
export const flyerSize = (paper) => ({ width: paper.height / 2, height: paper.width });

/** An element with a class and children (strings are text, never markup). */
function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';
const mm = (value) => `${value}mm`;

function sized(node, { width, height }) {
  node.style.width = mm(width);
  node.style.height = mm(height);
  return node;
}

/** The signs of an overdose, as the element lists them. */
const signs = (words) => el('ul', 'signs', words.overdoseSigns.signs.map((sign) => el('li', '', sign.text)));

/** The first `count` sentences of `text`. */
const sentences = (text, count) => text.split(/(?<=[.!?])\s+/).slice(0, count).join(' ');

/**
 * What to do, by its titles ("Call 911 now", "Give naloxone"…), with what to do
 * when they are not breathing (CPR) under "Check their breathing". `full`
 * adds the side position for someone breathing; without it (the card), the
 * CPR line is its first two sentences: start CPR, and how.
 */
function steps(words, number, full) {
  return el(
    'ol',
    'steps',
    words.overdoseSigns.act.map((step) =>
      el(
        'li',
        '',
        el('strong', '', `${step.title(number)}.`),
        step.cases
          ? el(
              'ul',
              'cases',
              step.cases
                .slice(0, full ? 2 : 1)
                .map((branch) => el('li', '', el('strong', '', branch.lead), ` ${full ? branch.text : sentences(branch.text, 2)}`)),
            )
          : null,
      ),
    ),
  );
}

/** The urgent band: "Call 911 now", in the partner's emergency colour. */
const callBand = (words, number) => el('p', 'call-band', words.overdoseSigns.act[0].title(number));

/** The partner's name and number, as written. */
function partnerLine({ partner }) {
  if (!partner.phone) return partner.name ? el('p', 'partner', el('strong', '', partner.name)) : null;
  return el('p', 'partner', partner.name ? [el('strong', '', partner.name), ': '] : null, el('strong', 'dial', partner.phone));
}

/** The national helpline (with its note, where there is room) and the page's address. */
function helpAndAddress(kit, withNote) {
  const { helpline } = kit.words.common;
  return [
    el('p', 'helpline', `${helpline.name}: `, el('strong', 'dial', helpline.number)),
    withNote ? el('p', 'helpline-note', helpline.note.text) : null,
    kit.url ? el('p', 'url', kit.url.display) : null,
  ];
}

/** The partner's line, the national helpline and the page's address. */
const contacts = (kit, withNote) => el('div', 'contacts', partnerLine(kit), helpAndAddress(kit, withNote));

/** The QR code to the partner's page (its address is written out in `contacts`). */
const qrBlock = (kit, size) => (kit.url ? el('div', 'qr-block', kit.qr(kit.url.href, size)) : null);

/** The card's front: the signs, the partner's line, and the emergency call. */
function cardFront(kit) {
  const { words, emergency } = kit;
  return el('div', 'card-face front', el('h2', 'band', words.overdoseSigns.heading), signs(words), partnerLine(kit), callBand(words, emergency));
}

/** The card's back: what to do, the helpline, the page's address and its QR code. */
function cardBack(kit) {
  const { words, emergency } = kit;
  return el(
    'div',
    'card-face back',
    el('h2', 'band', words.overdoseSigns.actHeading),
    steps(words, emergency, false),
    el('div', 'foot', el('div', 'contacts', helpAndAddress(kit, false)), qrBlock(kit, '15mm')),
  );
}

/** The crop marks of a grid whose top left corner is (left, top), in the sheet's margins. */
function cropMarks(paper, left, top, columns, rows, cell) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'marks');
  svg.setAttribute('viewBox', `0 0 ${paper.width} ${paper.height}`);
  svg.setAttribute('aria-hidden', 'true');
  const right = left + columns * cell.width;
  const bottom = top + rows * cell.height;
  const line = (x1, y1, x2, y2) => {
    const node = document.createElementNS(SVG, 'line');
    for (const [name, value] of Object.entries({ x1, y1, x2, y2 })) node.setAttribute(name, String(value));
    svg.append(node);
  };
  for (let column = 0; column <= columns; column++) {
    const x = left + column * cell.width;
    line(x, top - MARK_GAP - MARK_LENGTH, x, top - MARK_GAP);
    line(x, bottom + MARK_GAP, x, bottom + MARK_GAP + MARK_LENGTH);
  }
  for (let row = 0; row <= rows; row++) {
    const y = top + row * cell.height;
    line(left - MARK_GAP - MARK_LENGTH, y, left - MARK_GAP, y);
    line(right + MARK_GAP, y, right + MARK_GAP + MARK_LENGTH, y);
  }
  return svg;
}

/** A sheet of paper, its size in mm, holding `children` and crop marks. */
const sheet = (paper, className, ...children) => sized(el('div', `sheet ${className}`, ...children), paper);

function cardSheets(kit, paper) {
  const left = (paper.width - CARD_COLUMNS * CARD.width) / 2;
  const top = (paper.height - CARD_ROWS * CARD.height) / 2;
  const side = (face, label) => {
    const grid = el('div', 'cards', Array.from({ length: CARD_COLUMNS * CARD_ROWS }, () => sized(face(kit), CARD)));
    grid.style.left = mm(left);
    grid.style.top = mm(top);
    const page = sheet(paper, `card-sheet ${label}`, grid, cropMarks(paper, left, top, CARD_COLUMNS, CARD_ROWS, CARD));
    return page;
  };
  return [side(cardFront, 'fronts'), side(cardBack, 'backs')];
}

function flyer(kit) {
  const { words, emergency } = kit;
  return el(
    'div',
    'flyer',
    el('h2', 'band', words.overdoseSigns.heading),
    callBand(words, emergency),
    el('h3', '', words.overdoseSigns.signsHeading),
    signs(words),
    el('h3', '', words.overdoseSigns.actHeading),
    steps(words, emergency, true),
    el('div', 'foot', contacts(kit, true), qrBlock(kit, '28mm')),
  );
}

/** A dashed line down the middle of a landscape sheet: where to cut it into two flyers. */
function cutLine(landscape) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'marks');
  svg.setAttribute('viewBox', `0 0 ${landscape.width} ${landscape.height}`);
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG, 'line');
  const middle = landscape.width / 2;
  for (const [name, value] of Object.entries({ x1: middle, y1: 0, x2: middle, y2: landscape.height })) line.setAttribute(name, String(value));
  line.setAttribute('stroke-dasharray', '3 2');
  svg.append(line);
  return svg;
}

function flyerSheet(kit, paper) {
  const landscape = { width: paper.height, height: paper.width };
  const half = flyerSize(paper);
  return [sheet(landscape, 'flyer-sheet', sized(flyer(kit), half), sized(flyer(kit), half), cutLine(landscape))];
}

function poster(kit, paper) {
  const { words, emergency } = kit;
  const text = words.overdoseSigns;
  return sized(
    el(
      'div',
      'poster',
      el('h2', 'band', text.heading),
      callBand(words, emergency),
      el(
        'div',
        'columns',
        el('section', '', el('h3', '', text.signsHeading), signs(words), el('h3', '', text.naloxoneHeading), el('p', '', text.naloxone[0].text), el('p', '', text.naloxone[2].text)),
        el('section', '', el('h3', '', text.actHeading), steps(words, emergency, true)),
      ),
      el('div', 'foot', contacts(kit, true), qrBlock(kit, '40mm')),
    ),
    paper,
  );
}

/** The sheets of `layout` (`card`, `flyer` or `poster`) on `paper`, and the page size they print on. */
export function layoutSheets(layout, kit, paperName) {
  const paper = PAPER[paperName];
  if (layout === 'card') return { sheets: cardSheets(kit, paper), page: paper };
  if (layout === 'flyer') return { sheets: flyerSheet(kit, paper), page: { width: paper.height, height: paper.width } };
  return { sheets: [sheet(paper, 'poster-sheet', poster(kit, paper))], page: paper };
}
