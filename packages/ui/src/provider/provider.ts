import { LitElement, html, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import {
  checkHostConfig,
  parseJson,
  toLang,
  type BspErrorDetail,
  type CheckedHostConfig,
  type Lang,
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
 * @attr {WidgetLang} lang - The language of every widget inside that has no `lang` of its own.
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

  private inline: { config?: unknown; messages?: unknown; error?: BspErrorDetail } = {};
  /** The last validation, redone only when an input changed (so `bsp-error` fires once per change). */
  private checked: CheckedHostConfig = { partErrors: {} };

  override connectedCallback(): void {
    super.connectedCallback();
    this.readInlineConfig();
  }

  private get messageLang(): Lang {
    return toLang(this.getAttribute('lang') ?? (typeof document === 'undefined' ? undefined : document.documentElement.lang));
  }

  /** Reads the child `<script type="application/json">`, if any. */
  private readInlineConfig(): void {
    this.inline = {};
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    const where = 'script[type="application/json"]';
    const parsed = parseJson(script.textContent ?? '', { what: 'bsp-provider', lang: this.messageLang, code: 'invalid-config' });
    if (!parsed.ok) {
      const detail = { ...parsed.error.detail, issues: parsed.error.issues.map((issue) => ({ ...issue, path: where })) };
      this.inline = { error: detail };
      this.dispatchEvent(new BspErrorEvent(detail));
      return;
    }
    const value = parsed.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.inline = { config: value };
      return;
    }
    // `$schema` only tells an editor where the JSON Schema is (@bsp/sdk/schemas/config.schema.json).
    const { messages, $schema: _editorSchema, ...config } = value as Record<string, unknown>;
    this.inline = { config, messages };
  }
  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || ['config', 'messages', 'storage', 'metrics'].some((name) => changed.has(name))) {
      this.checked = checkHostConfig(
        { config: this.config ?? this.inline.config, messages: this.messages ?? this.inline.messages, storage: this.storage, metrics: this.metrics },
        this.messageLang,
      );
      if (this.checked.error) this.dispatchEvent(new BspErrorEvent(this.checked.error));
      for (const detail of new Set(Object.values(this.checked.partErrors))) this.dispatchEvent(new BspErrorEvent(detail));
    }
    const { config, error, partErrors } = this.checked;
    const lang = this.getAttribute('lang');
    const invalid = (name: string) => error?.issues.some((issue) => issue.path === name || issue.path.startsWith(`${name}.`));
    // A new object each time so consumers re-render. Values that failed their check are left out.
    this.value = {
      lang: lang ? toLang(lang) : undefined,
      config,
      storage: invalid('storage') ? undefined : this.storage,
      metrics: invalid('metrics') ? undefined : this.metrics,
      messages: invalid('messages') ? undefined : ((this.messages ?? this.inline.messages) as MessageOverrides | undefined),
      error: this.inline.error ?? error,
      partErrors,
    };
  }

  override render() {
    return html`<slot></slot>`;
  }
}
