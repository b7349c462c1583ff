import { defineElement } from '../core/define.js';
import { CallBanner } from './call-banner.js';

defineElement('call-banner', CallBanner);

export { CallBanner };

declare global {
  interface HTMLElementTagNameMap {
    'call-banner': CallBanner;
  }
}
