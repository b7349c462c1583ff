/**
 * Fail safe: whatever throws while an element starts or renders (a page that
 * breaks a built-in, an XHTML page where Lit cannot parse its templates), the
 * reader must not face a blank box. The element logs one error saying why
 * (`RecoveryElement`) and shows its fallback children, as without our script.
 */

/**
 * Lit walks a template's parts until it reads past their end: an index a page
 * set on a prototype (`Object.prototype[2] = …`) is read there instead, and the
 * walk never ends. Better no rendering than a frozen page: this throws first.
 */
export function refuseIndexedPrototypes(): void {
  for (const key in []) if (/^\d/.test(key)) throw Error(`a prototype has [${key}]`);
}

/**
 * Shows `host`'s children without a slot through a default slot, in place of
 * whatever Lit rendered, and drops the element's styles (a sticky banner's
 * fallback must not be fixed over the page).
 */
export function showFallback(host: Element): void {
  const root = host.shadowRoot;
  root?.replaceChildren(host.ownerDocument.createElement('slot'));
  try {
    root!.adoptedStyleSheets = [];
  } catch {
    // No shadow root, or a page that blocks the sheets: nothing of ours to drop.
  }
}
