/**
 * The room that sticky banners take at the bottom of a page: page-level state,
 * shared by every sticky banner of a document.
 *
 * Each sticky banner's height is reserved below the page's last line by a
 * transparent bottom border on `<body>`, so the end of the page can always be
 * scrolled into view above the banners. A border, not padding: the page's own
 * padding (from an `!important` rule, a class it adds later, an inline style it
 * sets while a banner shows) stays the page's and adds up with ours, and
 * nothing of the page's is measured or overwritten. `scroll-padding-bottom` on
 * the root keeps whatever gets keyboard focus from scrolling in under a banner
 * (WCAG 2.4.11). Two sticky banners stack, the later above the earlier, so
 * every number stays in reach.
 */

interface Room {
  height: number;
  /** The body that makes room: the banner's document's, when it last reserved. */
  body: HTMLElement;
}

/** Sticky banners showing, in the order they first reserved room. */
const rooms = new Map<HTMLElement, Room>();
/** The page's own inline values (body border, root scroll padding), put back when its last banner goes. */
const pageOwn = new WeakMap<HTMLElement, string[]>();

/** Reserves `height` pixels for `banner` at the bottom of its page (0: none). */
export function reserveRoom(banner: HTMLElement, height: number): void {
  const before = rooms.get(banner)?.body;
  // null after document.open() or document.body.remove(): then there is nothing to pad.
  const body = banner.ownerDocument.body;
  if (height > 0 && body) {
    rooms.set(banner, { height, body });
  } else {
    rooms.delete(banner);
    banner.style.removeProperty('--_below');
  }
  // Moved to another document (an iframe): its first page gets its room back.
  if (before && before !== body) makeRoom(before);
  if (body) makeRoom(body);
}

/** Stacks the sticky banners of `body`'s page, each above the earlier ones, and reserves their height. */
function makeRoom(body: HTMLElement): void {
  let below = 0;
  for (const [banner, room] of rooms) {
    if (room.body !== body) continue;
    banner.style.setProperty('--_below', below ? `${below}px` : null);
    below += room.height;
  }
  const root = body.parentElement;
  const own = pageOwn.get(body);
  if (below) {
    if (!own) pageOwn.set(body, [body.style.borderBottom, root?.style.scrollPaddingBottom ?? '']);
    body.style.setProperty('border-bottom', `${Math.ceil(below)}px solid transparent`, 'important');
    root?.style.setProperty('scroll-padding-bottom', `${Math.ceil(below)}px`);
  } else if (own) {
    body.style.borderBottom = own[0]!;
    if (root) root.style.scrollPaddingBottom = own[1]!;
    pageOwn.delete(body);
  }
}
