// A partner's own web component, built with its own copy of Lit from npm (the
// dev server resolves the bare import), with one of our elements in its shadow root.
import { LitElement, css, html } from 'lit';

class PartnerWidget extends LitElement {
  static styles = css`
    :host { display: block; border: 4px dashed rebeccapurple; }
    p { color: rebeccapurple; }
  `;

  render() {
    return html`<p>The partner's own Lit component</p>
      <call-banner phone="988" org="Partner Line"></call-banner>`;
  }
}
customElements.define('partner-widget', PartnerWidget);
document.body.append(document.createElement('partner-widget'));
