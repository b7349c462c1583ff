import { defineElement } from '../core/define.js';
import { FamilySteps } from './family-steps.js';

defineElement('family-steps', FamilySteps);

export { FamilySteps };

declare global {
  interface HTMLElementTagNameMap {
    'family-steps': FamilySteps;
  }
}
