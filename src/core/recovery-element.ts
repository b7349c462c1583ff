import { LitElement, html, isServer, nothing, type CSSResult, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import {
  DEFAULT_EMERGENCY_NUMBER,
  DEFAULT_HEADING_LEVEL,
  DEFAULT_THEME,
  isPlausibleEmergencyNumber,
  parseEmergencyNumber,
  parseHeadingLevel,
  parseTheme,
  textOf,
  type HeadingLevel,
  type Theme,
} from './attributes.js';
import { emit, type RecoveryCallDetail, type RecoveryEventMap } from './events.js';
import { refuseIndexedPrototypes, showFallback } from './fail-safe.js';
import { declaredLanguage, resolveLanguage, SUPPORTED_LANGUAGES, type Language } from './language.js';
import { consoleMessages, contentFor, type Content } from '../content/index.js';
import { heading } from './heading.js';
import { VERSION } from './version.js';
import { sharedStyles } from './shared.styles.js';
import { tokenStyles } from './tokens.styles.js';

/**
 * Whether this build takes over HTML that Lit's server renderer wrote (hydration,
 * docs/server-rendering.md). The npm modules do. The one-file script cannot: Lit's
 * hydration support must load before Lit, and that script carries its own Lit. Its
 * build turns this off (`withoutHydration` in scripts/bundle-plugins.mjs), and the
 * minifier drops what only hydration needs: bytes no reader of that script could use.
 */
const CAN_HYDRATE = true as boolean;

/** Elements on the page, so one observer can tell them when a page `lang` changes. */
const connectedElements = new Set<RecoveryElement>();
let pageLanguageObserver: MutationObserver | undefined;

/**
 * Watches `lang` in every tree between `element` and its document: the document
 * itself (not its `<html>`, which `document.open()` replaces) and each shadow root
 * the element sits in, whose wrappers a page's own components may re-label.
 * Observing a node again only renews its options.
 */
function observePageLanguage(element: Element): void {
  pageLanguageObserver ??= new MutationObserver(() => {
    for (const each of connectedElements) each.requestUpdate();
  });
  for (let root = element.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    pageLanguageObserver.observe(root, { attributeFilter: ['lang'], subtree: true });
    if (!(root as ShadowRoot).host) break;
  }
}

/**
 * What the elements share: the common attributes (docs/reference.md), validated once
 * per change into the values the templates use, and the shadow root's top node
 * (`.root`) that carries the theme and the resolved language.
 *
 * Subclasses implement `renderContent()` and read `language`, `headingLevel`,
 * `dialEmergencyNumber` and `resolvedTheme`; they report bad values of their own
 * attributes with `reportInvalid()`.
 *
 * @attr {string} lang - The language the element shows: `en` or `es`. Regional tags use their base language (`es-MX` shows Spanish). Without it, the nearest ancestor's `lang` (usually the page's `<html lang>`), else English; an unsupported language shows English with one console warning.
 * @prop {string} lang - The element's own `lang` (the standard HTML property). Setting it, or the attribute, re-renders.
 */
export abstract class RecoveryElement extends LitElement {
  /** The recovery-elements version that defined this class. */
  static readonly version = VERSION;
  static override styles = [...tokenStyles, sharedStyles];
  /** Lit declares the reactive properties here, not with decorators: decorators cost the bundle about 800 bytes. */
  static override properties: PropertyDeclarations = {
    langAttribute: { attribute: 'lang' },
    theme: {},
    // A valid level reads back as a number (`heading-level="4"` gives 4); a bad one
    // stays as written, so its console error can quote it.
    headingLevel: { attribute: 'heading-level', converter: (value) => parseHeadingLevel(value) ?? value },
    heading: {},
    emergencyNumber: { attribute: 'emergency-number' },
  };

  /**
   * Lit's handle on the native `lang` attribute, so that setting it re-renders.
   * Partners use `lang` (documented on the class); this name is not API.
   * @internal
   */
  langAttribute: string | null = null;

  /** Colour theme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  theme: Theme = DEFAULT_THEME;

  /** Level (1–6) of the element's own top heading; sub-headings follow it. */
  headingLevel: HeadingLevel = DEFAULT_HEADING_LEVEL;

  /** Text that replaces the element's top heading. */
  heading?: string;

  /** The local emergency number, digits only (911, 112, 999, 000). */
  emergencyNumber: string = DEFAULT_EMERGENCY_NUMBER;

  // The values below are set by `willUpdate()` before a render reads them: no
  // initial values, which would be bytes in every reader's script.
  /** The language the element shows, resolved from `lang` on every update. */
  protected language!: Language;
  /** The theme in use after validation. */
  protected resolvedTheme!: Theme;
  /** The top heading's level after validation; sub-headings use `level + 1`. */
  protected resolvedHeadingLevel!: number;
  /** The emergency number to dial after validation: digits only. */
  protected dialEmergencyNumber!: string;
  /**
   * This render must be what a server can render: on the server, and in the
   * browser's first render, which hydrates the server's DOM. A server knows the
   * element's own attributes only: not the page, nor the reader's clock.
   */
  protected serverView?: boolean;

  #warnedLanguage?: string | null;
  /** Starting or rendering failed: the element shows its fallback children and stops (see `fail()`). */
  #failed?: boolean;

  /**
   * Lit reads property options from plain objects: without a prototype, a page's
   * `Object.prototype.state = '1'` (or `attribute`, `type`, `converter`…) cannot
   * change what an attribute does.
   */
  static override finalize(): void {
    for (const options of Object.values(this.properties)) Object.setPrototypeOf(options, null);
    super.finalize();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connectedElements.add(this);
    observePageLanguage(this);
    // Moved (into a `<div lang="es">`, another document): its language may have changed.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connectedElements.delete(this);
  }

  /**
   * Constructed style sheets belong to the document that made them, so a shadow
   * root moved into another document (an iframe's, by `adoptNode` or `append`)
   * loses Lit's. It gets copies made by its new document's window.
   */
  adoptedCallback(): void {
    const root = this.shadowRoot;
    const Sheet = this.ownerDocument.defaultView?.CSSStyleSheet;
    if (root?.adoptedStyleSheets && Sheet && !this.#failed) {
      root.adoptedStyleSheets = (this.constructor as typeof RecoveryElement).elementStyles.map((style) => {
        const sheet = new Sheet();
        sheet.replaceSync((style as CSSResult).cssText);
        return sheet;
      });
    }
  }

  /** The fail safe (`fail-safe.ts`): one error saying why, and the fallback children. */
  private fail(error: unknown): void {
    if (!this.#failed) this.reportInvalid(consoleMessages.failed(String(error)));
    this.#failed = true;
    showFallback(this);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    try {
      refuseIndexedPrototypes();
      if (this.ownerDocument == document) return super.createRenderRoot();
      // Made here but first connected in another document (an iframe's): Lit's
      // sheets cannot go there, so the root takes that document's copies.
      this.attachShadow({ mode: 'open' });
      this.adoptedCallback();
      return this.shadowRoot!;
    } catch (error) {
      this.fail(error);
      // Never rendered into: `performUpdate()` stops once the element has failed.
      return this;
    }
  }

  protected override performUpdate(): void {
    if (this.#failed) return;
    try {
      super.performUpdate();
    } catch (error) {
      this.fail(error);
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Server rendering (Lit SSR) has no page to look up, only the element's own `lang`.
    // Hydration takes the server's DOM as matching its first render, so that render
    // uses the same rule; the next one looks up the page. The parser gave the page's
    // children to the server's slots before any listener was there: say so again.
    // (docs/server-rendering.md)
    const hydrating = CAN_HYDRATE && !isServer && !this.hasUpdated && !!this.renderRoot.firstChild;
    if (hydrating) {
      void this.updateComplete.then(() => {
        this.requestUpdate();
        for (const slot of this.renderRoot.querySelectorAll('slot')) slot.dispatchEvent(new Event('slotchange'));
      });
    }
    this.serverView = isServer || hydrating;
    const { language, unsupported } = resolveLanguage(this.serverView ? this.langAttribute : declaredLanguage(this));
    this.language = language;
    if (unsupported && unsupported !== this.#warnedLanguage) {
      this.reportInvalid(consoleMessages.lang(unsupported, SUPPORTED_LANGUAGES.join(', ')), 'warn');
    }
    this.#warnedLanguage = unsupported;

    if (changed.has('theme')) {
      this.resolvedTheme = this.validated(this.theme, parseTheme, DEFAULT_THEME, consoleMessages.theme);
    }
    if (changed.has('headingLevel')) {
      this.resolvedHeadingLevel = this.validated(
        this.headingLevel,
        parseHeadingLevel,
        DEFAULT_HEADING_LEVEL,
        consoleMessages.headingLevel,
      );
    }
    if (changed.has('emergencyNumber')) {
      this.dialEmergencyNumber = this.validated(
        this.emergencyNumber,
        parseEmergencyNumber,
        DEFAULT_EMERGENCY_NUMBER,
        consoleMessages.emergencyNumber,
      );
      if (!isPlausibleEmergencyNumber(this.dialEmergencyNumber)) {
        this.reportInvalid(consoleMessages.unusualEmergencyNumber(String(this.emergencyNumber), this.dialEmergencyNumber), 'warn');
      }
    }
  }

  /** Every word the element shows, in its language. */
  protected get text(): Content {
    return contentFor(this.language);
  }

  /**
   * Parses an attribute's value; when it is bad, logs one console error that
   * names the value (`message` names the attribute) and returns `fallback`.
   * A removed attribute (null) falls back quietly.
   */
  protected validated<Out>(
    value: unknown,
    parse: (value: string) => Out | null,
    fallback: Out,
    message: (value: string, fallback: string) => string,
  ): Out {
    if (value == null) return fallback;
    const parsed = parse(String(value));
    if (parsed === null) this.reportInvalid(message(String(value), String(fallback)));
    return parsed ?? fallback;
  }

  /** One console error (or warning) for a partner's web person, prefixed with our tag. */
  protected reportInvalid(message: string, level: 'error' | 'warn' = 'error'): void {
    console[level](`<${this.localName}>: ${message}`);
  }

  /** Fires a composed, bubbling event from this element. */
  protected emit<K extends keyof RecoveryEventMap>(name: K, detail: RecoveryEventMap[K]): void {
    emit(this, name, detail);
  }

  /**
   * A tap-to-call (or tap-to-text) link: a real `<a href="tel:…">`, so it dials
   * even where our script's handlers fail. `dialable` must come from
   * `dialableNumber()` or `parseEmergencyNumber()`: digits, at most a leading +,
   * and a `,` before an extension. `label` is the visible text; an
   * `accessibleName` must start with it (WCAG 2.5.3).
   */
  protected callLink(
    dialable: string,
    kind: RecoveryCallDetail['kind'],
    label: unknown,
    accessibleName?: string,
    className = 'button urgent',
    part = 'call-button',
  ): TemplateResult {
    const href = `${kind === 'sms' ? 'sms' : 'tel'}:${dialable}`;
    return html`<a
      class=${className}
      part=${part}
      href=${href}
      aria-label=${accessibleName ?? nothing}
      @click=${() => this.emit('recovery-call', { number: dialable, kind, source: this.tagName })}
      >${label}</a
    >`;
  }

  /** The element's top heading, at `heading-level`: the partner's `heading`, else `builtIn`. */
  protected topHeading(builtIn: string): TemplateResult {
    return heading(this.resolvedHeadingLevel, textOf(this.heading) || builtIn);
  }

  protected override render(): TemplateResult {
    return html`<div class="root ${this.resolvedTheme}" lang=${this.language} dir="ltr">
      ${this.renderContent()}
    </div>`;
  }

  protected abstract renderContent(): unknown;
}
