/**
 * The banners a reader closed: remembered for the tab in sessionStorage, and for
 * the life of the page where storage is blocked or full.
 */

const dismissedOnThisPage = new Set<string>();

/**
 * One key per number dialled and variant: closing the sticky helpline banner
 * leaves an inline helpline banner (and its emergency line) on the page. The
 * key has no `+`: `+1 800 662 4357` and `1-800-662-4357` are one number.
 */
export const dismissalKey = (dialled: string, variant: string): string =>
  `recovery-elements:call-banner:dismissed:${variant}:${dialled.replace('+', '')}`;

export function wasDismissed(key: string): boolean {
  try {
    return dismissedOnThisPage.has(key) || sessionStorage.getItem(key) === '1';
  } catch {
    return dismissedOnThisPage.has(key);
  }
}

export function rememberDismissed(key: string): void {
  dismissedOnThisPage.add(key);
  try {
    sessionStorage.setItem(key, '1');
  } catch {
    // Private modes and strict settings throw: the page-long memory above is enough.
  }
}
