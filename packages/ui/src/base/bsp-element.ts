import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  errorMessages,
  format,
  checkMessageOverrides,
  checkMetricsSink,
  checkStorageAdapter,
  checkHeadingLevel,
  passes,
  toErrorDetail,
  toLang,
  type BspErrorDetail,
  type BspMetric,
  type HostValueCheck,
  type Lang,
  type MessageCatalog,
  type MessageOverrides,
  type MetricsSink,
  type StorageAdapter,
} from '@bsp/sdk';
import type { BspContextValue, BspMunicipalityConfig } from '../context/bsp-context.js';
import { BspErrorEvent } from '../events/bsp-error.js';
import { BspMetricEvent } from '../events/bsp-metric.js';
import { baseStyles } from '../styles/base.styles.js';
import { LocalizeController } from '../controllers/localize-controller.js';
import { OnDemand, updateGates } from '../on-demand/on-demand.js';
import { errorWording } from '../error-view/wording.js';
import { ProviderConsumer } from '../provider/provider-on-demand.js';
import { errorViewStyles, renderDataWarning, renderErrorView } from '../error-view/error-view.js';
import type { WidgetLang } from '../types/widget-lang.js';
import { renderHeading, type HeadingOptions } from '../utils/heading.js';

/** The properties every widget has, with their checks (widgets add theirs in `propertyChecks`). */
const sharedChecks = { messages: checkMessageOverrides, storage: checkStorageAdapter, metrics: checkMetricsSink, headingLevel: checkHeadingLevel } as const;

/**
 * The base of every bsp- widget: language, messages with host overrides, provider context,
 * the shared error view and events. Subclasses implement `renderContent()` and set
 * `widget` and `catalog`.
 *
 * Language order: the element's own `lang` attribute, then `<bsp-provider lang>`, then the
 * nearest `lang` in the page (across shadow roots), then `<html lang>`, then bokmål
 * (LocalizeController; a change of any of them re-renders).
 *
 * @attr {WidgetLang} lang - The language: `nb`, `nn`, `en` or another registered code (the native attribute, observed).
 * @prop {WidgetLang} lang - The native `lang` property; `locale` gives the language in use.
 */
export abstract class BspElement<K extends string = string> extends LitElement {
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  /** The base styles and the error view's, shared by every widget. */
  static override styles = [baseStyles, errorViewStyles];

  // `lang` is a native attribute/property; observe it rather than redeclare it.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  // Typed only (no field is emitted): the shipped codes autocomplete, any string is accepted.
  declare lang: WidgetLang;

  /** Host overrides of any message, per language: `{ nn: { heading: '…' } }`. */
  @property({ attribute: false }) messages?: MessageOverrides;

  /** Where drafts may be kept. Nothing is stored unless the host sets this (or the provider does). */
  @property({ attribute: false }) storage?: StorageAdapter;

  /** Receives anonymous usage counts (also dispatched as `bsp-metric`). */
  @property({ attribute: false }) metrics?: MetricsSink;

  /** The level of the widget's own heading (1–6, default 2); its inner headings sit below it. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** `headingLevel` as checked: 2 while unset or wrong (the error view then names it). */
  protected validHeadingLevel = 2;

  /** What `<bsp-provider>` above gives (language, configuration, …); undefined without one. */
  @state() protected provided?: BspContextValue;

  private readonly providerConsumer = new ProviderConsumer(
    this,
    (value) => (this.provided = value),
    () => this.provided,
  );

  /** The error shown instead of the content; set through `showError`. */
  @state() protected error?: BspErrorDetail;

  /**
   * Shown above the content, which still works: host data holds something not used as written
   * (an unknown key, a parent unit that does not exist); set through `showDataWarning`.
   */
  @state() protected dataWarning?: BspErrorDetail;

  /** Errors in properties the host set, by property name (see `checkProperty`). */
  private readonly propertyErrors = new Map<string, BspErrorDetail>();
  /** The shared properties as validated: what the widget actually uses. */
  private valid: { messages?: MessageOverrides; storage?: StorageAdapter; metrics?: MetricsSink } = {};
  private reportedLang: string | null = null;

  protected abstract readonly widget: BspMetric['widget'];
  protected abstract readonly catalog: MessageCatalog<K>;

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  private readonly localize = new LocalizeController(this, () => this.provided?.lang);

  /** The language in use. */
  get locale(): Lang {
    return this.localize.lang;
  }

  /**
   * The wording of what is wrong with what the host set: loaded only when a plain check failed,
   * and the update waits for it. Without it (offline) the error still names the property.
   */
  private readonly wording = new OnDemand(this, { module: errorWording, needed: () => this.wordingNeeded(), blocksRender: true });

  /**
   * Rendering waits for the asked language and for every gate (`OnDemand` modules the update
   * needs, the provider), so neither another language nor the widget's defaults flash before
   * what the host asked for.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waits = [this.localize.ready(), ...updateGates(this).map((gate) => gate.beforeUpdate())].filter(Boolean);
    if (!waits.length) return super.scheduleUpdate();
    // A module just loaded may bring text of its own (its areas register when it is evaluated):
    // that text must arrive in the page's language too before the update shows it.
    return Promise.all(waits)
      .then(() => this.localize.ready())
      .then(() => super.scheduleUpdate());
  }

  /** Also waits for modules loading on demand that bring another update when they arrive. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let settling = this.settling(); settling.length; settling = this.settling()) {
      await Promise.all(settling);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private settling(): Promise<unknown>[] {
    return updateGates(this).map((gate) => gate.settling).filter((p): p is Promise<unknown> => p !== undefined);
  }

  /**
   * The widget's public properties a host can set wrongly, each with its check. The base element
   * checks each when it changed (`checked` holds the results) and, before an update, whether the
   * wording of an error must load first.
   */
  protected readonly propertyChecks: Readonly<Record<string, HostValueCheck>> = {};

  /** `propertyChecks`' properties as checked: `undefined` when unset or wrong (the error view names it). */
  protected readonly checked: Record<string, unknown> = {};

  /** Whether some property the host set fails its check (or the own `lang` is unknown and not yet reported). */
  private wordingNeeded(): boolean {
    const own = this.getAttribute('lang');
    if (own !== this.reportedLang && !!own && toLang(own, 'nb') !== toLang(own, 'en')) return true;
    const values = this as unknown as Record<string, unknown>;
    return Object.entries({ ...sharedChecks, ...this.propertyChecks }).some(([name, check]) => {
      const value = values[name];
      return value !== undefined && value !== null && !passes(check, value);
    });
  }

  /**
   * Validates a property the host set, at the boundary: a wrong value shows the error view
   * naming the property (`view`, `messages.nb.heading`) and dispatches `bsp-error` once;
   * a valid one clears that property's error. Returns the parsed value, or `undefined` when
   * unset or invalid. Never throws, whatever the host passed (Proxies, throwing getters).
   * Call it from `shouldUpdate`/`willUpdate` when the property changed:
   * `if (changed.has('view')) this.view = this.checkProperty('view', hostValue.oneOf(VIEWS), this.view) ?? 'roles';`
   */
  protected checkProperty<T>(name: string, check: HostValueCheck<T>, value: unknown): T | undefined {
    if (value === undefined || value === null) {
      this.propertyErrors.delete(name);
      return undefined;
    }
    if (passes(check, value)) {
      this.propertyErrors.delete(name);
      return value as T;
    }
    // The wording is loaded before the update when `propertyChecks` lists the property; without
    // it (a check not listed, the server, an offline page) the error still names the property.
    const lang = this.locale;
    const worded = this.wording.value?.checkHostValue(name, check, value, lang);
    const detail =
      worded && !worded.ok
        ? worded.error.detail
        : { code: 'invalid-input' as const, message: format(errorMessages, lang, 'invalid-input', { what: name }), issues: [{ path: name, message: format(errorMessages, lang, 'invalid') }] };
    this.propertyErrors.set(name, detail);
    this.dispatchEvent(new BspErrorEvent(detail));
    return undefined;
  }

  /** Validates the shared properties before any subclass code runs in this update. */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (changed.has('messages')) this.valid.messages = this.checkProperty('messages', sharedChecks.messages, this.messages);
    // Storage and metrics are used as given (a class instance keeps its `this`), once checked.
    if (changed.has('storage')) this.valid.storage = this.checkProperty('storage', sharedChecks.storage, this.storage) ? this.storage : undefined;
    if (changed.has('metrics')) this.valid.metrics = this.checkProperty('metrics', sharedChecks.metrics, this.metrics) ? this.metrics : undefined;
    if (changed.has('headingLevel')) this.validHeadingLevel = this.checkProperty('headingLevel', sharedChecks.headingLevel, this.headingLevel) ?? 2;
    this.checkLang();
    for (const [name, check] of Object.entries(this.propertyChecks)) {
      if (changed.has(name)) this.checked[name] = this.checkProperty(name, check, (this as unknown as Record<string, unknown>)[name]);
    }
    return super.shouldUpdate(changed);
  }

  /**
   * An own `lang` the widget does not speak ("de", "garbage") is reported with `bsp-error`
   * once per value, and the widget goes on in its fallback language: an error view would be
   * worse for the reader than bokmål.
   */
  private checkLang(): void {
    const own = this.getAttribute('lang');
    if (own === this.reportedLang) return;
    this.reportedLang = own;
    // Recognised values map to the same language whatever the fallback.
    if (!own || toLang(own, 'nb') === toLang(own, 'en')) return;
    const lang = this.locale;
    this.dispatchEvent(
      new BspErrorEvent({
        code: 'invalid-input',
        message: format(errorMessages, lang, 'invalid-input', { what: 'lang' }),
        issues: [
          {
            path: 'lang',
            ...(this.wording.value ? { field: this.wording.value.describePath(['lang'], lang) } : {}),
            message: format(errorMessages, lang, 'notOneOf', { value: own.slice(0, 40), values: 'nb, nn, en' }),
          },
        ],
      }),
    );
  }

  /** The provider's configuration (while its code loads, its inline one: to start loading what it needs, never to render). */
  protected get config(): BspMunicipalityConfig | undefined {
    return this.providerConsumer.config;
  }

  protected get activeStorage(): StorageAdapter | undefined {
    return this.valid.storage ?? this.provided?.storage;
  }

  /**
   * A message in the current language. Host overrides first: the element's own `messages`
   * (plain keys), then the provider's, namespaced by widget (`role-panel.heading`) because one
   * provider serves several widgets whose keys overlap.
   */
  protected t(key: K, params: Record<string, string | number> = {}): string {
    return this.messageFrom(this.catalog, key, params);
  }

  /**
   * A message from another catalog of this widget (one its code loaded on demand brings, say the
   * checklist's summary words), with the host's overrides looked up exactly as for `t`.
   */
  protected messageFrom<C extends string>(catalog: MessageCatalog<C>, key: C, params: Record<string, string | number> = {}): string {
    const lang = this.locale;
    const own = this.valid.messages?.[lang]?.[key];
    const shared = this.provided?.messages?.[lang]?.[`${this.widget}.${key}`];
    const override = own ?? shared;
    return format(catalog, lang, key, params, override === undefined ? undefined : { [lang]: { [key]: override } });
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

  /**
   * Shows a `severity: 'warning'` detail above the content and dispatches `bsp-error` with it;
   * `undefined` clears it. Call it when data is read (not on every render): each reading of the
   * data reports its findings, as `showError` does (an editor changing the data hears them again).
   */
  protected showDataWarning(detail: BspErrorDetail | undefined): void {
    this.dataWarning = detail;
    if (detail) this.dispatchEvent(new BspErrorEvent(detail));
  }

  /** Counts something anonymously: the name of an event, never an answer. */
  protected emitMetric(name: string, count = 1): void {
    const metric: BspMetric = { widget: this.widget, name, count };
    this.dispatchEvent(new BspMetricEvent(metric));
    const sink = this.valid.metrics ?? this.provided?.metrics;
    try {
      sink?.(metric);
    } catch {
      // A failing host sink must not break the widget.
    }
  }

  protected abstract renderContent(): TemplateResult | unknown;

  /** A heading `depth` levels below the widget's own (`heading-level`), clamped to h1–h6. */
  protected heading(depth: number, content: unknown, options?: HeadingOptions): TemplateResult {
    return renderHeading(this.validHeadingLevel + depth, content, options);
  }

  /**
   * What to show instead of the content, if anything: the provider's configuration error (whole,
   * or the part this widget uses), errors in properties the host set, then the widget's own.
   */
  private get shownError(): BspErrorDetail | undefined {
    const provided = this.provided?.error ?? this.provided?.partErrors?.[this.widget];
    const all = [provided, ...updateGates(this).map((gate) => gate.contentError), ...this.propertyErrors.values(), this.error].filter((e): e is BspErrorDetail => e !== undefined);
    if (all.length <= 1) return all[0];
    return { ...all[0]!, issues: all.flatMap((e) => e.issues) };
  }

  protected renderError(): TemplateResult | null {
    const error = this.shownError;
    return error ? renderErrorView(error, this.locale) : null;
  }

  override render(): TemplateResult {
    // The inner lang makes screen readers pronounce text right when the language came from
    // the provider rather than an attribute on the element itself.
    return html`<div part="base" class="base" lang=${this.locale}>
      ${this.shownError ? this.renderError() : html`${this.dataWarning ? renderDataWarning(this.dataWarning) : nothing}${this.renderContent()}`}
    </div>`;
  }
}
