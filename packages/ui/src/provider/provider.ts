import { LitElement, html, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import {
  errorMessages,
  format,
  toLang,
  type BspErrorDetail,
  type MessageOverrides,
  type MetricsSink,
  type StorageAdapter,
} from '@bsp/sdk';
import { BspErrorEvent } from '../events/bsp-error.js';
import { bspContext, type BspContextValue, type BspMunicipalityConfig } from '../context/bsp-context.js';

/**
 * Sets language, municipality configuration, storage and metrics once for every bsp- widget
 * inside it. Renders its children as they are (no box of its own).
 *
 * Web editors can configure it without code: a child
 * `<script type="application/json">{ "municipality": "…", "directory": {…}, "messages": {…} }</script>`
 * is read as the configuration (properties set from script win). It is data, never executed,
 * so it also works under a strict Content-Security-Policy.
 *
 * @tagname bsp-provider
 * @summary Shared configuration for the bsp- widgets inside it.
 * @attr {'nb' | 'nn' | 'en'} lang - The language of every widget inside that has no `lang` of its own.
 * @slot - The widgets and any host markup.
 * @event bsp-error - The inline JSON configuration could not be read.
 */
export class BspProvider extends LitElement {
  static override styles = css`
    :host { display: contents; }
  `;

  // Observe the native `lang` attribute instead of redeclaring the property.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The municipality configuration (`directory`, `catalog`, `procedure`, …). */
  @property({ attribute: false }) config?: BspMunicipalityConfig;

  /** Where widgets may keep drafts. Without it, nothing is stored. */
  @property({ attribute: false }) storage?: StorageAdapter;

  /** Receives anonymous usage counts from every widget inside. */
  @property({ attribute: false }) metrics?: MetricsSink;

  /** Host overrides of any message, per language, keyed `<widget>.<key>`: `{ nb: { 'role-panel.heading': '…' } }`. */
  @property({ attribute: false }) messages?: MessageOverrides;

  @provide({ context: bspContext })
  protected value: BspContextValue = {};

  private inline: { config?: BspMunicipalityConfig; messages?: MessageOverrides; error?: BspErrorDetail } = {};

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInlineConfig();
  }

  /** Reads the child `<script type="application/json">`, if any. */
  private readInlineConfig(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    try {
      const parsed: unknown = JSON.parse(script.textContent ?? '');
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      // `$schema` only tells an editor where the JSON Schema is (@bsp/sdk/schemas/config.schema.json).
      const { messages, $schema: _editorSchema, ...config } = parsed as BspMunicipalityConfig & { messages?: MessageOverrides };
      this.inline = { config, messages };
    } catch (error) {
      const lang = toLang(this.getAttribute('lang') ?? document.documentElement.lang);
      const detail: BspErrorDetail = {
        code: 'invalid-config',
        message: format(errorMessages, lang, 'invalid-config', { what: 'bsp-provider' }),
        issues: [{ path: 'script[type="application/json"]', message: error instanceof Error ? error.message : String(error) }],
      };
      this.inline = { error: detail };
      this.dispatchEvent(new BspErrorEvent(detail));
    }
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  protected override willUpdate(_changed: PropertyValues): void {
    // A new object each time so consumers re-render.
    const lang = this.getAttribute('lang');
    this.value = {
      lang: lang ? toLang(lang) : undefined,
      config: this.config ?? this.inline.config,
      storage: this.storage,
      metrics: this.metrics,
      messages: this.messages ?? this.inline.messages,
      error: this.inline.error,
    };
  }

  override render() {
    return html`<slot></slot>`;
  }
}
