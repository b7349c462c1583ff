import { consoleMessages } from '../content/index.js';
import { VERSION } from './version.js';

/** A custom element class that says which recovery-elements version it came from. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

const warnedTags = new Set<string>();

/**
 * Registers `tag` unless it is already registered. Two plugins on one page may
 * each load our script: the second copy must leave the first alone, not throw.
 * When the copy already there is a different version, say so once, because the
 * page then shows that version's behaviour, not this one's.
 */
export function defineElement(
  tag: string,
  elementClass: VersionedElement,
  registry: Pick<CustomElementRegistry, 'get' | 'define'> = customElements,
): void {
  const existing = registry.get(tag) as VersionedElement | undefined;
  if (!existing) {
    registry.define(tag, elementClass);
    return;
  }
  if (existing === elementClass || existing.version === VERSION || warnedTags.has(tag)) return;
  warnedTags.add(tag);
  console.warn(consoleMessages.alreadyDefined(tag, existing.version, VERSION));
}
