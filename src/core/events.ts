/** The details of the events in API.md, by event name. */
export interface RecoveryEventMap {
  'recovery-call': { number: string; kind: 'emergency' | 'helpline' | 'sms'; source: string };
  'recovery-toggle': { step: number; open: boolean };
  'recovery-guide': { step: number };
  'recovery-dismiss': Record<string, never>;
}

/**
 * Fires one of our events from `target`. They bubble and are composed so a
 * partner can listen on `document`, whatever shadow roots stand between.
 */
export function emit<K extends keyof RecoveryEventMap>(
  target: EventTarget,
  name: K,
  detail: RecoveryEventMap[K],
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'recovery-call': CustomEvent<RecoveryEventMap['recovery-call']>;
    'recovery-toggle': CustomEvent<RecoveryEventMap['recovery-toggle']>;
    'recovery-guide': CustomEvent<RecoveryEventMap['recovery-guide']>;
    'recovery-dismiss': CustomEvent<RecoveryEventMap['recovery-dismiss']>;
  }
}
