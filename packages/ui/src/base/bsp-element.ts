import { LitElement, html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  format,
  toErrorDetail,
  toLang,
  DEFAULT_LANG,
  type BspErrorDetail,
  type BspMetric,
  type Lang,
  type MessageCatalog,
  type MessageOverrides,
  type MetricsSink,
  type StorageAdapter,
} from '@bsp/sdk';
import { bspContext, type BspContextValue, type BspMunicipalityConfig } from '../context/bsp-context.js';
import { BspErrorEvent } from '../events/bsp-error.js';
import { BspMetricEvent } from '../events/bsp-metric.js';
import { baseStyles } from '../styles/base.styles.js';
import { errorViewStyles, renderErrorView } from '../error-view/error-view.js';

/**
 * The base of every bsp- widget: language, messages with host overrides, provider context,
 * the shared error view and events. Subclasses implement `renderContent()` and set
 * `widget` and `catalog`.
 *
 * Language order: the element's own `lang` attribute, then `<bsp-provider lang>`, then the
 * nearest `lang` in the page, then bokmål.
 *
 * @attr {'nb' | 'nn' | 'en'} lang - The language: `nb`, `nn` or `en` (the native attribute, observed).
 * @prop {string} lang - The native `lang` property; `locale` gives the language in use.
 */
export abstract class BspElement<K extends string = string> extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [baseStyles, errorViewStyles];

  // `lang` is a native attribute/property; observe it rather than redeclare it.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** Host overrides of any message, per language: `{ nn: { heading: '…' } }`. */
  @property({ attribute: false }) messages?: MessageOverrides;

  /** Where drafts may be kept. Nothing is stored unless the host sets this (or the provider does). */
  @property({ attribute: false }) storage?: StorageAdapter;

  /** Receives anonymous usage counts (also dispatched as `bsp-metric`). */
  @property({ attribute: false }) metrics?: MetricsSink;

  @consume({ context: bspContext, subscribe: true })
  @state()
  protected provided?: BspContextValue;

  /** The error shown instead of the content; set through `showError`. */
  @state() protected error?: BspErrorDetail;

  protected abstract readonly widget: BspMetric['widget'];
  protected abstract readonly catalog: MessageCatalog<K>;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  /** The language in use. */
  get locale(): Lang {
    const own = this.getAttribute('lang');
    if (own) return toLang(own);
    if (this.provided?.lang) return this.provided.lang;
    const inherited = this.parentElement?.closest('[lang]')?.getAttribute('lang');
    return toLang(inherited ?? document.documentElement.lang, DEFAULT_LANG);
  }

  protected get config(): BspMunicipalityConfig | undefined {
    return this.provided?.config;
  }

  protected get activeStorage(): StorageAdapter | undefined {
    return this.storage ?? this.provided?.storage;
  }

  /**
   * A message in the current language. Host overrides first: the element's own `messages`
   * (plain keys), then the provider's, namespaced by widget (`role-panel.heading`) because one
   * provider serves several widgets whose keys overlap.
   */
  protected t(key: K, params: Record<string, string | number> = {}): string {
    const lang = this.locale;
    const own = this.messages?.[lang]?.[key];
    const shared = this.provided?.messages?.[lang]?.[`${this.widget}.${key}`];
    const override = own ?? shared;
    return format(this.catalog, lang, key, params, override === undefined ? undefined : { [lang]: { [key]: override } });
  }

  /** Shows the error view instead of the content and dispatches `bsp-error`. Never throws. */
  protected showError(error: unknown, what = ''): void {
    const detail = toErrorDetail(error, this.locale, what);
    this.error = detail;
    this.dispatchEvent(new BspErrorEvent(detail));
  }

  protected clearError(): void {
    this.error = undefined;
  }

  /** Counts something anonymously: the name of an event, never an answer. */
  protected emitMetric(name: string, count = 1): void {
    const metric: BspMetric = { widget: this.widget, name, count };
    this.dispatchEvent(new BspMetricEvent(metric));
    const sink = this.metrics ?? this.provided?.metrics;
    try {
      sink?.(metric);
    } catch {
      // A failing host sink must not break the widget.
    }
  }

  protected abstract renderContent(): TemplateResult | unknown;

  protected renderError(): TemplateResult | null {
    const error = this.error ?? this.provided?.error;
    return error ? renderErrorView(error, this.locale) : null;
  }

  override render(): TemplateResult {
    // The inner lang makes screen readers pronounce text right when the language came from
    // the provider rather than an attribute on the element itself.
    return html`<div part="base" class="base" lang=${this.locale}>
      ${this.error || this.provided?.error ? this.renderError() : this.renderContent()}
    </div>`;
  }
}
