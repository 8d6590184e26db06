import { LitElement, html, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { toLang, type MessageOverrides, type MetricsSink, type StorageAdapter } from '@bsp/sdk';
import { bspContext, type BspContextValue, type BspMunicipalityConfig } from '../context/bsp-context.js';

/**
 * Sets language, municipality configuration, storage and metrics once for every bsp- widget
 * inside it. Renders its children as they are (no box of its own).
 *
 * @summary Shared configuration for the bsp- widgets inside it.
 * @slot - The widgets and any host markup.
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

  /** Host overrides of any message, per language. */
  @property({ attribute: false }) messages?: MessageOverrides;

  @provide({ context: bspContext })
  protected value: BspContextValue = {};

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  protected override willUpdate(_changed: PropertyValues): void {
    // A new object each time so consumers re-render.
    const lang = this.getAttribute('lang');
    this.value = {
      lang: lang ? toLang(lang) : undefined,
      config: this.config,
      storage: this.storage,
      metrics: this.metrics,
      messages: this.messages,
    };
  }

  override render() {
    return html`<slot></slot>`;
  }
}
