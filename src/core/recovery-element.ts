import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  DEFAULT_EMERGENCY_NUMBER,
  DEFAULT_HEADING_LEVEL,
  DEFAULT_THEME,
  parseEmergencyNumber,
  parseHeadingLevel,
  parseTheme,
  type Theme,
} from './attributes.js';
import { emit, type RecoveryEventMap } from './events.js';
import { declaredLanguage, resolveLanguage, type Language } from './language.js';
import { VERSION } from './version.js';
import { sharedStyles } from './shared.styles.js';
import { tokenStyles } from './tokens.styles.js';

/** Elements on the page, so one observer can tell them when a page `lang` changes. */
const connectedElements = new Set<RecoveryElement>();
let pageLanguageObserver: MutationObserver | undefined;

function observePageLanguage(): void {
  if (pageLanguageObserver) return;
  pageLanguageObserver = new MutationObserver(() => {
    for (const element of connectedElements) element.requestUpdate();
  });
  pageLanguageObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * What the three elements share: the common attributes of API.md, validated once
 * per change into the values the templates use, and the shadow root's top node
 * (`.root`) that carries the theme and the resolved language.
 *
 * Subclasses implement `renderContent()` and read `language`, `headingLevel`,
 * `dialEmergencyNumber` and `resolvedTheme`; they report bad values of their own
 * attributes with `reportInvalid()`.
 */
export abstract class RecoveryElement extends LitElement {
  static readonly version = VERSION;
  static override styles = [...tokenStyles, sharedStyles];

  /**
   * `lang` is the element's native attribute and property: setting either
   * re-renders. Empty means "inherit from the nearest ancestor".
   * @internal
   */
  @property({ attribute: 'lang' }) langAttribute: string | null = null;

  /** Colour theme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  @property() theme: Theme | string = DEFAULT_THEME;

  /** Level (1–6) of the element's own top heading; sub-headings follow it. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = DEFAULT_HEADING_LEVEL;

  /** Text that replaces the element's top heading. */
  @property() heading?: string;

  /** The local emergency number, digits only (911, 112, 999, 000). */
  @property({ attribute: 'emergency-number' }) emergencyNumber = DEFAULT_EMERGENCY_NUMBER;

  /** The language the element shows, resolved from `lang` on every update. */
  protected language: Language = 'en';
  /** The theme in use after validation. */
  protected resolvedTheme: Theme = DEFAULT_THEME;
  /** The top heading's level after validation; sub-headings use `level + 1`. */
  protected resolvedHeadingLevel = DEFAULT_HEADING_LEVEL;
  /** The emergency number to dial after validation: digits only. */
  protected dialEmergencyNumber = DEFAULT_EMERGENCY_NUMBER;

  #warnedLanguage: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    connectedElements.add(this);
    observePageLanguage();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedElements.delete(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { language, unsupported } = resolveLanguage(declaredLanguage(this));
    this.language = language;
    if (unsupported && unsupported !== this.#warnedLanguage) {
      console.warn(
        `<${this.localName}>: lang="${unsupported}" is not a supported language ` +
          '(en, es); showing English.',
      );
    }
    this.#warnedLanguage = unsupported;

    if (changed.has('theme')) {
      this.resolvedTheme = this.validated('theme', String(this.theme), parseTheme, DEFAULT_THEME);
    }
    if (changed.has('headingLevel')) {
      this.resolvedHeadingLevel = this.validated(
        'heading-level',
        this.headingLevel,
        parseHeadingLevel,
        DEFAULT_HEADING_LEVEL,
      );
    }
    if (changed.has('emergencyNumber')) {
      this.dialEmergencyNumber = this.validated(
        'emergency-number',
        String(this.emergencyNumber ?? ''),
        parseEmergencyNumber,
        DEFAULT_EMERGENCY_NUMBER,
      );
    }
  }

  /**
   * Parses `value`; when it is bad, logs one console error that names the
   * attribute and the value, and returns `fallback`.
   */
  protected validated<In, Out>(
    attribute: string,
    value: In,
    parse: (value: In) => Out | null,
    fallback: Out,
  ): Out {
    const parsed = value == null ? null : parse(value);
    if (parsed !== null) return parsed;
    if (value != null) this.reportInvalid(attribute, value, String(fallback));
    return fallback;
  }

  /** One console error for a bad attribute value, saying what happens instead. */
  protected reportInvalid(attribute: string, value: unknown, fallback: string): void {
    console.error(
      `<${this.localName}>: ${attribute}="${String(value)}" is not valid; using ${fallback}.`,
    );
  }

  /** Fires a composed, bubbling event from this element. */
  protected emit<K extends keyof RecoveryEventMap>(name: K, detail: RecoveryEventMap[K]): void {
    emit(this, name, detail);
  }

  /** The top heading's text: the partner's `heading`, else `builtIn`. */
  protected headingText(builtIn: string): string {
    return this.heading?.trim() || builtIn;
  }

  protected override render(): TemplateResult {
    return html`<div class="root ${this.resolvedTheme}" lang=${this.language} dir="ltr">
      ${this.renderContent()}
    </div>`;
  }

  protected abstract renderContent(): unknown;
}
