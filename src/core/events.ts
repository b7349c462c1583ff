/**
 * `recovery-call`: a call or text link was activated. `kind`: `emergency` (the
 * emergency number), `helpline` (a call to the partner's line or the national
 * helpline), `crisis` (a call to 988), `sms` (a text).
 */
export interface RecoveryCallDetail {
  number: string;
  kind: 'emergency' | 'helpline' | 'crisis' | 'sms';
  /** The firing element's `tagName`: 'OVERDOSE-SIGNS', 'FAMILY-STEPS' or 'CALL-BANNER'. */
  source: string;
}
/** `recovery-toggle`: a family step was opened or closed. */
export interface RecoveryToggleDetail {
  step: number;
  open: boolean;
}
/**
 * `recovery-guide`: the rescue guide showed a screen: 1 the call, 2 the breathing
 * check, 3 breathing (side position), 4 not breathing (CPR), 5 awake (stay with them).
 */
export interface RecoveryGuideDetail {
  step: number;
}
/** `recovery-dose`: the reader counted a dose of naloxone in the rescue guide: 1 for the first, and on. */
export interface RecoveryDoseDetail {
  dose: number;
}
/** `recovery-dismiss`: the call banner was closed. */
export type RecoveryDismissDetail = Record<string, never>;

/**
 * The details of our events (docs/reference.md lists them for partners), by event name. Each detail also has a
 * name of its own, which the elements' `@fires` tags give as the event's type
 * (`CustomEvent<RecoveryCallDetail>`) for the manifest and the types made from it.
 */
export interface RecoveryEventMap {
  'recovery-call': RecoveryCallDetail;
  'recovery-toggle': RecoveryToggleDetail;
  'recovery-guide': RecoveryGuideDetail;
  'recovery-dose': RecoveryDoseDetail;
  'recovery-dismiss': RecoveryDismissDetail;
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

/** Our events, as `addEventListener` types them. */
type RecoveryEvents = { [K in keyof RecoveryEventMap]: CustomEvent<RecoveryEventMap[K]> };

// The events bubble and are composed, so partners listen on the element, the
// document or the window: each gets the typed detail.
declare global {
  interface HTMLElementEventMap extends RecoveryEvents {}
  interface DocumentEventMap extends RecoveryEvents {}
  interface WindowEventMap extends RecoveryEvents {}
}
