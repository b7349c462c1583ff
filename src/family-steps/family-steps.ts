import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { oneOf, parseNumberList, textOf } from '../core/attributes.js';
import { heading } from '../core/heading.js';
import { dialableNumber } from '../core/phone.js';
import { RecoveryElement } from '../core/recovery-element.js';
import { consoleMessages } from '../content/index.js';
import type { Block, Line, Link, Paragraph } from '../content/schema.js';
import { familyStepsStyles } from './family-steps.styles.js';

const STEP_COUNT = 8;
const ALL_STEPS = [1, 2, 3, 4, 5, 6, 7, 8];

/**
 * `hidden="until-found"` lets find-in-page reach a closed step and fire
 * `beforematch` (Chromium, Firefox 139+); an engine that does not know the value
 * hides all the same. An attribute binding, not the `hidden` property: server
 * rendering (Lit SSR) writes that property as `hidden="false"`, which would hide
 * the open steps too. lit-analyzer knows `hidden` as a boolean attribute only:
 * its `no-boolean-in-attribute-binding` rule is off (tsconfig.json), and these
 * values are typed as what its type check lets through (a directive's result).
 */
const UNTIL_FOUND = 'until-found' as unknown as DirectiveResult;
const SHOWN = nothing as unknown as DirectiveResult;

const paragraph = (item: Paragraph): string => (typeof item === 'string' ? item : item.text);

/** A link to an official site; its text is the site's address, so it says it leaves the page. */
const siteLink = (link: Link) => html`<a href=${link.href}>${link.text}</a>`;

/**
 * The eight steps a family can take to help a loved one who uses heroin or other
 * opioids. Each step is a disclosure: a heading holding a button (the step's
 * number and title), a one-line summary that stays visible, and the full guidance,
 * which find-in-page can reach while closed where the browser supports it.
 * Printing the page prints every step open.
 *
 * @tagname family-steps
 * @summary Eight steps for a family, as disclosures that work with keyboard, screen readers and print.
 *
 * @slot resources - The partner's own local groups and contacts, shown in step 8 above the built-in list.
 * @slot footer - Partner text after the closing line.
 *
 * @csspart heading - The element's top heading.
 * @csspart step - One step (an item of the list of steps).
 * @csspart step-title - A step's heading; it holds the button that opens and closes the step.
 * @csspart step-summary - A step's one-line summary, shown open or closed.
 * @csspart step-body - A step's full guidance.
 * @csspart call-button - Step 5's link that calls the emergency number.
 * @csspart helpline-button - Step 8's links that call a helpline: the national helpline and the family helpline.
 * @csspart resources-heading - Step 8's headings: over the resources, and over the support for the family.
 * @csspart resources - The wrapper of the `resources` slot.
 * @csspart footer - The wrapper of the `footer` slot.
 *
 * @cssproperty --recovery-font-family - Font; defaults to the page's.
 * @cssproperty --recovery-font-size - Base size, default 1rem.
 * @cssproperty --recovery-color-text - Text colour.
 * @cssproperty --recovery-color-background - Background colour.
 * @cssproperty --recovery-color-border - Lines between steps.
 * @cssproperty --recovery-color-accent - Links and the helpline button.
 * @cssproperty --recovery-color-on-accent - Text on the accent colour.
 * @cssproperty --recovery-color-urgent - The emergency call button.
 * @cssproperty --recovery-color-on-urgent - Text on the urgent colour.
 * @cssproperty --recovery-radius - Corner radius.
 * @cssproperty --recovery-spacing - Base spacing.
 * @cssproperty --recovery-max-width - Maximum width.
 *
 * @fires {CustomEvent<RecoveryToggleDetail>} recovery-toggle - The reader opened or closed a step: `{ step, open }`, `step` being 1–8.
 * @fires {CustomEvent<RecoveryCallDetail>} recovery-call - The reader tapped a call link: `{ number, kind, source: 'FAMILY-STEPS' }` (`source` is the element's `tagName`).
 */
export class FamilySteps extends RecoveryElement {
  static override styles = [...RecoveryElement.styles, familyStepsStyles];
  /** Lit declares the reactive properties here, not with decorators: decorators cost the bundle about 800 bytes. */
  static override properties = {
    steps: {},
    open: {},
    shownSteps: { state: true },
    openSteps: { state: true },
  };

  /** The steps to show, in order, as a comma list of step numbers (`"1,5,8"`). Empty shows all eight. */
  steps = '';

  /** The steps open at start: a comma list of step numbers (`"1,5"`), or `all`. Changing it re-applies it. */
  open = '';

  /** The steps shown, in order. @internal */
  private shownSteps = ALL_STEPS;

  /** The steps open now: `open`, then the reader's own opening and closing. @internal */
  private openSteps = new Set<number>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('steps')) {
      const numbers = this.stepList(this.steps, consoleMessages.steps);
      this.shownSteps = numbers.length ? numbers : ALL_STEPS;
    }
    if (changed.has('open')) {
      this.openSteps = new Set(
        oneOf(this.open, ['all']) ? ALL_STEPS : this.stepList(this.open, consoleMessages.open),
      );
    }
  }

  /** The valid step numbers in `value`; the rest are named in one console error. */
  private stepList(value: unknown, message: (value: string, ignored: string) => string): number[] {
    const { numbers, invalid } = parseNumberList(textOf(value), STEP_COUNT);
    if (invalid.length) this.reportInvalid(message(textOf(value), invalid.join(', ')));
    return numbers;
  }

  /**
   * Opens or closes a step for the reader, and says so with `recovery-toggle`.
   * Only the reader's actions fire it (a click, Enter or Space, find-in-page);
   * a change of `open` does not, because the partner made it and already knows,
   * and counts of what readers open stay true.
   */
  private toggle(step: number, open = !this.openSteps.has(step)): void {
    if (open === this.openSteps.has(step)) return;
    const openSteps = new Set(this.openSteps);
    if (open) openSteps.add(step);
    else openSteps.delete(step);
    this.openSteps = openSteps;
    this.emit('recovery-toggle', { step, open });
  }

  /**
   * Step 5's pointer is a link to CDC's guidance, so it works on any page; when
   * this page has an `<overdose-signs>` in view, it goes there instead and puts
   * focus on its call button, the next thing a reader in an emergency needs.
   */
  private showOverdoseSigns(event: Event): void {
    const root = this.getRootNode() as ParentNode;
    const signs = root.querySelector<HTMLElement>('overdose-signs') ?? document.querySelector<HTMLElement>('overdose-signs');
    if (!signs?.getClientRects().length) return;
    event.preventDefault();
    const target = signs.shadowRoot?.querySelector<HTMLElement>('[part~="call-button"]') ?? signs;
    if (!target.hasAttribute('tabindex') && target === signs) signs.tabIndex = -1;
    signs.scrollIntoView();
    target.focus({ preventScroll: true });
  }

  private renderBlock(block: Block): TemplateResult {
    return typeof block === 'string'
      ? html`<p>${block}</p>`
      : 'items' in block
        ? html`<ul>
            ${block.items.map((item) => html`<li>${paragraph(item)}</li>`)}
          </ul>`
        : html`<p>${block.text} ${'link' in block ? siteLink(block.link) : nothing}</p>`;
  }

  /** A phone line in step 8: its name (and site), what it offers, and a call link. */
  private renderLine(line: Line, note: string): TemplateResult {
    const { call } = this.text.common;
    // A no-break space keeps "(" with the name before it, never at the start of a line.
    return html`<p><strong>${line.name}</strong>${line.site ? ['\u00a0(', siteLink(line.site), ')'] : nothing}: ${note}</p>
      <p>
        ${this.callLink(
          dialableNumber(line.number)!,
          'helpline',
          // Non-breaking hyphens keep the number on one line where it fits.
          call(line.number.replace(/-/g, '\u2011')),
          `${call(line.number)}, ${line.name}`,
          'button',
          'helpline-button',
        )}
      </p>`;
  }

  /** What steps 5 and 8 add to their words: the calls, the pointer, the resources, the family's own support. */
  private renderExtra(step: number, level: number): unknown {
    const text = this.text.familySteps;
    if (step === 5) {
      return html`<p>
          ${this.callLink(this.dialEmergencyNumber, 'emergency', text.overdoseCall.text(this.dialEmergencyNumber))}
        </p>
        <p>
          <a href=${text.overdoseLink.href} @click=${this.showOverdoseSigns}>${text.overdoseLink.text}</a>
        </p>`;
    }
    if (step !== 8) return nothing;
    const { helpline } = this.text.common;
    return html`${heading(level + 1, text.resourcesHeading, 'resources-heading')}
      <div part="resources"><slot name="resources"></slot></div>
      <ul>
        ${text.resources.map((resource) => html`<li>${resource}</li>`)}
      </ul>
      ${this.renderLine(helpline, `${helpline.note.text} ${helpline.services.text}`)}
      ${heading(level + 1, text.supportHeading, 'resources-heading')}
      ${this.renderLine(text.familyLine, text.familyLine.note.text)}
      ${text.support.map((block) => this.renderBlock(block))}`;
  }

  private renderStep(step: number): TemplateResult {
    const text = this.text.familySteps;
    const { title, summary, body } = text.steps[step - 1]!;
    const open = this.openSteps.has(step);
    const level = this.resolvedHeadingLevel + 1;
    return html`<li part="step" class="step">
      ${heading(
        level,
        html`<button
          type="button"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="step-${step}"
          @click=${() => this.toggle(step)}
        >
          ${text.stepLabel(step)}: ${title}
        </button>`,
        'step-title',
      )}
      <p part="step-summary">${summary}</p>
      <div
        part="step-body"
        id="step-${step}"
        hidden=${open ? SHOWN : UNTIL_FOUND}
        @beforematch=${() => this.toggle(step, true)}
      >
        ${body.map((block) => this.renderBlock(block))} ${this.renderExtra(step, level)}
      </div>
    </li>`;
  }

  protected renderContent(): TemplateResult {
    const text = this.text.familySteps;
    return html`${this.topHeading(text.heading)}
      <p>${text.intro}</p>
      <ol>
        ${this.shownSteps.map((step) => this.renderStep(step))}
      </ol>
      <p>${text.closing}</p>
      <div part="footer"><slot name="footer"></slot></div>`;
  }
}
