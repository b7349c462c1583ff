import { defineElement } from '../core/define.js';
import { OverdoseSigns } from './overdose-signs.js';

defineElement('overdose-signs', OverdoseSigns);

export { OverdoseSigns };

declare global {
  interface HTMLElementTagNameMap {
    'overdose-signs': OverdoseSigns;
  }
}
