import { LitElement, html, css, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import {
  errorMessages,
  findHostConfigProblems,
  format,
  toLang,
  isLanguageLoaded,
  loadLanguage,
  type BspErrorDetail,
  type CheckedHostConfig,
  type HostConfigFindings,
  type Lang,
  type MessageOverrides,
  type MetricsSink,
  type StorageAdapter,
} from '@bsp/sdk';
import { BspErrorEvent } from '../events/bsp-error.js';
import { bspContext, type BspContextValue, type BspMunicipalityConfig } from '../context/bsp-context.js';
import { errorWording } from '../error-view/wording.js';
import { readInlineConfig, type InlineConfig } from './inline-config.js';

/** The properties whose change means the provider's inputs are checked again. */
const INPUTS: readonly PropertyKey[] = ['config', 'messages', 'storage', 'metrics'];

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
  /** The provider draws nothing of its own (`display: contents`). */
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

  /** What the widgets inside are given: a new object on each change, so they re-render. */
  private readonly context = new ContextProvider(this, { context: bspContext, initialValue: {} as BspContextValue });

  /** The child JSON script: its config and messages, or its text when it is not valid JSON. */
  private inline: InlineConfig = {};
  /** What the plain checks found; redone only when an input changed (so `bsp-error` fires once per change). */
  private findings?: HostConfigFindings;
  private inputsChanged = true;
  private findingsShown = false;
  /** The language the findings were last worded in. */
  private wordedIn?: Lang;
  /** The last validation in words, as widgets are given it. */
  private checked: CheckedHostConfig = { partErrors: {} };
  private inlineError?: BspErrorDetail;

  override connectedCallback(): void {
    super.connectedCallback();
    this.inline = readInlineConfig(this);
  }

  private get messageLang(): Lang {
    return toLang(this.getAttribute('lang') ?? (typeof document === 'undefined' ? undefined : document.documentElement.lang));
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: Parameters<LitElement['requestUpdate']>[2]): void {
    super.requestUpdate(name, oldValue, options);
    if (name !== undefined && INPUTS.includes(name)) this.inputsChanged = true;
  }

  /** The plain checks of the current inputs (cheap, no wording), when they changed. */
  private find(): HostConfigFindings {
    if (this.inputsChanged || !this.findings) {
      this.inputsChanged = false;
      this.findingsShown = false;
      this.findings = findHostConfigProblems({ config: this.config ?? this.inline.config, messages: this.messages ?? this.inline.messages, storage: this.storage, metrics: this.metrics });
    }
    return this.findings;
  }

  private get somethingWrong(): boolean {
    const findings = this.find();
    return this.inline.brokenJson !== undefined || findings.unreadableConfig || findings.failures.length > 0 || findings.unknownKeys.length > 0;
  }

  /**
   * Valid inputs (the usual case) need no wording and update at once. Wrong ones wait for the
   * error wording, and the widgets inside wait with them (`pending` in the context), so none
   * renders its defaults before its error view.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.somethingWrong || (errorWording.module && isLanguageLoaded(this.messageLang))) return super.scheduleUpdate();
    // The words are written once, in the reader's language: its text must be here first (and the
    // wording's own, which registers when the wording module is evaluated), or bokmål sticks.
    const loaded = errorWording.load().then(() => loadLanguage(this.messageLang));
    this.context.setValue({ ...this.context.value, pending: loaded.then(() => this.updateComplete) });
    return loaded.then(() => super.scheduleUpdate());
  }

  /** The findings in the reader's words; without the wording (server, offline) still naming each input. */
  private describe(findings: HostConfigFindings, lang: Lang): void {
    const wording = errorWording.module;
    const where = 'script[type="application/json"]';
    this.inlineError = undefined;
    if (this.inline.brokenJson !== undefined) {
      const parsed = wording?.parseJson(this.inline.brokenJson, { what: 'bsp-provider', lang, code: 'invalid-config' });
      const issues = parsed && !parsed.ok ? parsed.error.issues.map((issue) => ({ ...issue, path: where })) : [{ path: where, message: format(errorMessages, lang, 'invalid') }];
      this.inlineError = { code: 'invalid-config', message: format(errorMessages, lang, 'invalid-config', { what: 'bsp-provider' }), issues };
    }
    if (wording) {
      this.checked = wording.describeHostConfig(findings, lang);
      return;
    }
    const paths = [...(findings.unreadableConfig ? ['config'] : []), ...findings.failures.map((f) => (f.part ? `config.${f.part}` : f.name))];
    const error: BspErrorDetail | undefined = paths.length
      ? { code: 'invalid-config', message: format(errorMessages, lang, 'invalid-config', { what: 'bsp-provider' }), issues: paths.map((path) => ({ path, message: format(errorMessages, lang, 'invalid') })) }
      : undefined;
    this.checked = { ...(findings.config ? { config: findings.config } : {}), ...(error ? { error } : {}), partErrors: {} };
  }

  protected override willUpdate(_changed: PropertyValues): void {
    const findings = this.find();
    const readerLang = this.messageLang;
    // A new `lang` words what is wrong again (the update waited for that language's text).
    const reword = this.findingsShown && this.wordedIn !== readerLang && this.somethingWrong;
    if (!this.findingsShown || reword) {
      const announce = !this.findingsShown;
      this.findingsShown = true;
      this.wordedIn = readerLang;
      this.inlineError = undefined;
      if (this.somethingWrong) this.describe(findings, readerLang);
      else this.checked = { ...(findings.config ? { config: findings.config } : {}), partErrors: {} };
      // `bsp-error` once per change of the inputs, not again for a new language.
      if (announce) {
        if (this.inlineError) this.dispatchEvent(new BspErrorEvent(this.inlineError));
        if (this.checked.error) this.dispatchEvent(new BspErrorEvent(this.checked.error));
        for (const detail of new Set(Object.values(this.checked.partErrors))) this.dispatchEvent(new BspErrorEvent(detail));
        // Unknown keys (`directroy`): severity `warning`, the rest of the configuration applies.
        if (this.checked.warning) this.dispatchEvent(new BspErrorEvent(this.checked.warning));
      }
    }
    const { config, error, partErrors } = this.checked;
    const lang = this.getAttribute('lang');
    const invalid = (name: string) => error?.issues.some((issue) => issue.path === name || issue.path.startsWith(`${name}.`));
    // Values that failed their check are left out.
    this.context.setValue({
      lang: lang ? toLang(lang) : undefined,
      config,
      storage: invalid('storage') ? undefined : this.storage,
      metrics: invalid('metrics') ? undefined : this.metrics,
      messages: invalid('messages') ? undefined : ((this.messages ?? this.inline.messages) as MessageOverrides | undefined),
      error: this.inlineError ?? error,
      partErrors,
    });
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bsp-provider': BspProvider;
  }
}
