import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  AUDIENCES,
  FORMATS,
  NATIONAL_LINE_IDS,
  SITUATIONS,
  audienceLabels,
  catalogTextFormat,
  errorMessages,
  filterServicesWith,
  finderMessages,
  format,
  formatLabels,
  hostValue,
  languageName,
  mergeCatalogs,
  nationalCatalog,
  pick,
  safeHref,
  situationLabels,
  situationLabelsYouth,
  telHref,
  type Audience,
  type CatalogImport,
  type FacetName,
  type FinderFilters,
  type FinderMessageKey,
  type HostValueCheck,
  type Format,
  type Service,
  type Situation,
} from '@bsp/sdk';
import { BspElement, BspErrorEvent, LazyModule, LoadFailureReporter, SrcLoader, choiceStyles, renderLoadWarning, sniffFormat, type BspErrorDetail, type SrcFormat } from '@bsp/ui';
import { BspSelectEvent } from '../events/bsp-select.js';
import { BspQuickExitEvent } from '../events/bsp-quick-exit.js';
import { filtersFromSearch, filtersToSearch } from './url-state.js';
import { supportFinderStyles } from './support-finder.styles.js';

export const FINDER_AUDIENCES = ['families', 'youth', 'staff'] as const;
export type FinderAudience = (typeof FINDER_AUDIENCES)[number];
/** `false`: no URL sync; `true`/`'facets'`: the facets only; `'all'`: the free text too. */
export type FinderSyncUrl = boolean | 'facets' | 'all';

/**
 * The local catalog's validator (zod, the service schema, the CSV reader): loaded only when a host
 * hands the finder a catalog (`services`, provider `config.catalog` or `src`). The national
 * catalog is built in and checked by the SDK's tests, so it shows without it. Exported from this
 * module (not the package) for tests.
 */
export const catalogValidator = new LazyModule(() => import('./catalog-validator.js'));

/**
 * The text search (word index, synonyms, scoring): loaded after the first render, or before it
 * when there is a query already (a shared link with `sync-url`). Exported for tests.
 */
export const finderSearch = new LazyModule(() => import('./finder-search.js'));
type CatalogValidator = NonNullable<typeof catalogValidator.module>;

const PAGE = 50;
/** A big inline or JSON catalog: rows validated before the first render; the rest follow in 8 ms steps. */
const FIRST_IMPORT_MS = 40;
const IMPORT_STEP_MS = 8;
/** Two Escape presses this close together leave the youth view (as Norwegian helpline sites do). */
const ESCAPE_TWICE_MS = 1500;
let instances = 0;

type Issue = ReturnType<HostValueCheck>[number];
const SYNC_URL_VALUES = [true, false, 'facets', 'all'] as const;

/** Reflects text only: a wrong value (an object whose toString throws) must not throw in Lit's reflection. */
const reflectText = { toAttribute: (value: unknown) => (typeof value === 'string' ? value : null) };

/**
 * The public properties a host can set wrongly from JS or HTML (`propertyChecks`): the base
 * element checks each when it changes and keeps the result in `checked` (null and undefined mean
 * "unset": the default applies).
 */
const publicProperties: Record<string, HostValueCheck> = {
  audience: hostValue.oneOf(FINDER_AUDIENCES),
  src: hostValue.text(),
  noNational: hostValue.boolean(),
  syncUrl: (value) => (SYNC_URL_VALUES.some((v) => v === value) ? [] : [{ code: 'invalid_value', values: [...SYNC_URL_VALUES], path: [], message: '' } as Issue]),
  srcTimeout: hostValue.number(),
  srcMaxBytes: hostValue.number(),
  // Only http(s): the quick exit navigates there.
  exitUrl: (value) =>
    typeof value !== 'string'
      ? [{ code: 'invalid_type', expected: 'string', path: [], message: '' } as Issue]
      : safeHref(value)?.startsWith('http')
        ? []
        : [{ code: 'custom', path: [], message: 'unsafe-link' } as Issue],
};

/**
 * Public, filterable catalog of national and local support for children as next of kin and
 * their families (DOMAIN §8; 002 §5.3.4: Bergen's overview was internal only).
 *
 * @tagname bsp-support-finder
 * @summary Support-measure finder: search, facets with live counts, detail, print.
 * @event bsp-select - A service was opened (detail: { id, name, url }).
 * @event bsp-error - Invalid or unreachable catalog (detail: code, message, issues); broken rows are listed too.
 * @event bsp-metric - Anonymous: `service-opened`, `no-results`, `printed`. Never the search text.
 * @event bsp-quick-exit - Youth view: the quick exit was used (cancelable; detail: { url }).
 * @csspart base - The wrapper.
 * @csspart search - The search field.
 * @csspart filters - The facet panel.
 * @csspart results - The result list.
 * @csspart service - One result.
 * @csspart detail - One service in detail.
 * @csspart error - The error view.
 * @csspart data-warning - Above the results: what the local catalog holds that is not used as written (an unknown key, a minimum age above the maximum).
 * @csspart quick-exit - The youth view's "leave this page quickly" button.
 * @csspart filters-toggle - The button that shows the filters on narrow screens.
 * @csspart load-warning - A local catalog that could not be loaded (the national one still shows), or the search.
 * @csspart rejected - The list of local catalog rows that were not loaded, and why.
 */
export class BspSupportFinder extends BspElement<FinderMessageKey> {
  static override styles = [...BspElement.styles, choiceStyles, supportFinderStyles];

  protected readonly widget = 'finder' as const;
  protected readonly catalog = finderMessages;

  /** Who the view is for: `families` (default), `youth` (plain language, young people) or `staff` (includes tools for professionals). */
  @property({ reflect: true, converter: reflectText }) audience: FinderAudience = 'families';

  /** The municipality's own services (array or `{ services }`), merged with the national catalog. Also provider config `catalog`. */
  @property({ attribute: false }) services?: unknown;

  /** URL of the local catalog (JSON or CSV). Fetched only when set. */
  @property() src = '';

  /** Leave out the national catalog. */
  @property({ type: Boolean, attribute: 'no-national' }) noNational = false;

  /**
   * Mirror filters in the page URL (opt-in) so a search can be shared or bookmarked: `sync-url`
   * mirrors the facets only; `sync-url="all"` also the free text (never on public pages: what a
   * person types would reach the address bar, history and server logs).
   */
  @property({
    attribute: 'sync-url',
    converter: { fromAttribute: (value: string | null) => (value === null ? false : value === '' ? true : value) },
  })
  syncUrl: FinderSyncUrl = false;

  /** Milliseconds to wait for `src` before showing a warning (default 10,000). */
  @property({ type: Number, attribute: 'src-timeout' }) srcTimeout?: number;

  /** Largest `src` response accepted, in bytes (default 5 MB). */
  @property({ type: Number, attribute: 'src-max-bytes' }) srcMaxBytes?: number;

  /** Youth view: where "leave this page quickly" goes (replacing this page in the history). */
  @property({ attribute: 'exit-url' }) exitUrl = 'https://www.google.com/';

  /** The local catalog's validator could not load: shown as a warning above the national services. */
  @state() private validatorError?: BspErrorDetail;
  @state() private filters: FinderFilters = {};
  @state() private local: Service[] = [];
  @state() private rejected: CatalogImport['rejected'] = [];
  @state() private selected = '';
  @state() private shown = PAGE;
  /** Narrow screens: the filters are behind a disclosure button. */
  @state() private filtersOpen = false;

  private readonly uid = `f${++instances}`;
  private all: Service[] = nationalCatalog;
  private lastEscape = -Infinity;

  private readonly loader = new SrcLoader(this, {
    lang: () => this.locale,
    what: () => this.t('catalogName'),
    timeoutMs: () => this.checked['srcTimeout'] as number | undefined,
    maxBytes: () => this.checked['srcMaxBytes'] as number | undefined,
    format: sniffFormat,
    prepare: () => catalogValidator.load(),
    onLoad: (text, found) => this.importLocal('src', text, found),
  });

  protected override readonly propertyChecks = publicProperties;

  protected override modulesNeeded() {
    return [
      ...super.modulesNeeded(),
      ...((this.services ?? this.config?.catalog) !== undefined ? [catalogValidator] : []),
      ...(this.hasQuery() ? [finderSearch] : []),
    ];
  }

  private hasQuery(): boolean {
    return !!this.filters.query?.trim();
  }

  /**
   * The search could not load while there is a query: results ignore it, under a warning, and one
   * `bsp-error` however much is typed; again only after it worked.
   */
  private readonly searchFailure = new LoadFailureReporter(
    this,
    finderSearch,
    () => this.t('searchName'),
    () => this.hasQuery(),
  );

  /** The services in the catalog now (national and local, before filtering). */
  get catalogServices(): Service[] {
    return [...this.all];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.filters = filtersFromSearch(location.search, this.syncUrl === 'all');
    document.addEventListener('keydown', this.onDocumentKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onDocumentKeydown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('services') || changed.has('src') || changed.has('provided' as keyof BspSupportFinder)) this.loadLocal();
    if (changed.has('local' as keyof BspSupportFinder) || changed.has('noNational')) this.all = mergeCatalogs(this.checked['noNational'] ? [] : nationalCatalog, this.local);
  }

  /** Inline services (property or provider) win; else `src`, fetched only when set. */
  private loadLocal(): void {
    this.importToken++;
    // A new source: a validator that could not load for the old one is no longer the error.
    this.validatorError = undefined;
    const inline = this.services ?? this.config?.catalog;
    if (inline !== undefined) {
      this.loader.cancel();
      const found = typeof inline === 'string' ? catalogTextFormat(inline) : 'json';
      this.importLocal(this.services !== undefined ? 'services' : 'config.catalog', inline, found);
      return;
    }
    // A new source: the old local services go; the national ones stay whatever happens.
    this.local = [];
    this.rejected = [];
    const src = this.checked['src'];
    if (typeof src === 'string' && src) void this.loader.load(src);
    else this.loader.cancel();
  }

  /**
   * Validates a local catalog once its validator is there (`modulesNeeded` and the loader's
   * `prepare` load it first, so this is at once in practice). A validator that cannot load
   * shows the error view naming `property`.
   */
  private importLocal(property: string, input: unknown, found: SrcFormat): void {
    const token = this.importToken;
    const retry = () => {
      if (token === this.importToken) this.importLocal(property, input, found);
    };
    // Without its validator the local catalog is left out, not the national one: a warning above
    // the national services, as for a `src` that failed, rather than the error view.
    const validator = this.use(catalogValidator, property, this.t('catalogName'), retry, (detail) => (this.validatorError = detail));
    if (!validator) {
      this.local = [];
      this.rejected = [];
      return;
    }
    if (found === 'csv') this.acceptImport(validator.importCatalogCsv(input as string, this.locale));
    else this.importInSteps(validator, input);
  }

  /** Escape twice in the youth view leaves the page, like the quick-exit button. */
  private readonly onDocumentKeydown = (event: KeyboardEvent): void => {
    if (this.audience !== 'youth' || event.key !== 'Escape') return;
    const now = performance.now();
    if (now - this.lastEscape <= ESCAPE_TWICE_MS) {
      this.lastEscape = -Infinity;
      this.quickExit();
    } else {
      this.lastEscape = now;
    }
  };

  /** Replaces this page in the history (Back does not return here) unless the host handles it. */
  private quickExit(): void {
    const url = safeHref(this.exitUrl) ?? 'https://www.google.com/';
    if (this.dispatchEvent(new BspQuickExitEvent({ url }))) location.replace(url);
  }

  /** Superseded imports stop at their next step (a newer source was set). */
  private importToken = 0;

  /**
   * A big catalog shows its first rows at once (what fits in FIRST_IMPORT_MS) and the rest once
   * validated in small steps after rendering, so the page never freezes on 50,000 rows.
   */
  private importInSteps(validator: CatalogValidator, input: unknown): void {
    const token = this.importToken;
    const steps = validator.importCatalogInSteps(input, this.locale);
    if (steps.step(FIRST_IMPORT_MS)) return this.acceptImport(steps.result);
    this.local = [...steps.result.services];
    const next = () => {
      if (token !== this.importToken) return;
      if (steps.step(IMPORT_STEP_MS)) this.acceptImport(steps.result);
      else setTimeout(next, 0);
    };
    setTimeout(next, 0);
  }

  /** Good rows load; bad rows are listed by row and field and reported with `bsp-error`. */
  private acceptImport(result: CatalogImport): void {
    this.local = result.services;
    this.rejected = result.rejected;
    // Rows that load but hold something not used as written (an unknown key, age_min > age_max).
    const warnings = result.warnings.flatMap((r) => r.issues.map((i) => ({ ...i, path: `${r.row}.${i.path}`, field: `${this.t('rejectedRow', { row: r.row })}${r.id ? ` (${r.id})` : ''}, ${i.field ?? i.path}` })));
    this.showDataWarning(warnings.length ? catalogValidator.module?.findingsDetail(warnings, this.locale, this.t('catalogName')) : undefined);
    if (!result.rejected.length) return;
    const issues = result.rejected.flatMap((r) => r.issues.map((i) => ({ path: `${r.row}.${i.path}`, message: i.message })));
    // Reported, but not shown in place of the content: the good rows still load.
    this.dispatchEvent(
      new BspErrorEvent({ code: 'invalid-data', message: format(errorMessages, this.locale, 'invalid-data', { what: this.t('catalogName') }), issues }),
    );
  }

  private setFilters(patch: Partial<FinderFilters>): void {
    this.filters = { ...this.filters, ...patch };
    this.shown = PAGE;
    if (this.syncUrl) history.replaceState(history.state, '', `${location.pathname}${filtersToSearch(this.filters, location.search, this.syncUrl === 'all')}${location.hash}`);
  }

  private toggle<T extends string>(key: 'situations' | 'formats' | 'audiences' | 'languages', value: T, on: boolean): void {
    const list = (this.filters[key] ?? []) as string[];
    this.setFilters({ [key]: on ? [...list, value] : list.filter((v) => v !== value) });
  }

  private open(service: Service | undefined): void {
    const closing = this.selected;
    this.selected = service?.id ?? '';
    if (service) {
      this.emitMetric('service-opened');
      this.dispatchEvent(new BspSelectEvent({ id: service.id, name: pick(service.name, this.locale), url: service.url }));
    }
    // Into the detail: its heading. Back to the list: the button that opened it.
    const target = service ? '[data-focus-target]' : `[data-id="${CSS.escape(closing)}"] button`;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(target)?.focus());
  }

  private poolCache?: { all: Service[]; audience: FinderAudience; pool: Service[] };

  /** The pool for this audience: families never get tools for professionals as help. Cached: it is the same array for every keystroke. */
  private pool(): Service[] {
    const cached = this.poolCache;
    if (cached && cached.all === this.all && cached.audience === this.audience) return cached.pool;
    const forYouth = this.audience === 'youth';
    const pool =
      this.audience === 'staff'
        ? this.all
        : this.all.filter((s) => (forYouth ? s.audience.some((a) => a === 'youth' || a === 'children') : s.audience.some((a) => a !== 'professionals')));
    this.poolCache = { all: this.all, audience: this.audience, pool };
    return pool;
  }

  /** How many filters are on (not the free text): shown on the narrow screens' disclosure button. */
  private activeFilterCount(): number {
    const f = this.filters;
    return (
      (f.situations?.length ?? 0) +
      (f.formats?.length ?? 0) +
      (f.audiences?.length ?? 0) +
      (f.languages?.length ?? 0) +
      (f.age !== undefined ? 1 : 0) +
      (f.whoseIllness ? 1 : 0) +
      (f.freeOnly ? 1 : 0) +
      (f.noReferral ? 1 : 0)
    );
  }

  protected renderContent(): TemplateResult {
    const pool = this.pool();
    const search = finderSearch.module;
    const result = filterServicesWith(pool, this.filters, search?.queryScores(pool, this.filters.query));
    const youth = this.audience === 'youth';
    const detail = this.selected ? this.all.find((s) => s.id === this.selected) : undefined;
    const id = this.uid;
    const active = this.activeFilterCount();
    return html`
      ${youth
        ? html`<div class="quick-exit">
            <button type="button" part="quick-exit" aria-describedby="${id}-exit-help" @click=${() => this.quickExit()}>${this.t('quickExit')}</button>
            <p class="help" id="${id}-exit-help">${this.t('quickExitHelp')}</p>
          </div>`
        : nothing}
      ${this.heading(0, this.t(youth ? 'headingYouth' : 'heading'))}
      <p>${this.t(youth ? 'introYouth' : 'intro')}</p>
      ${renderLoadWarning(this.loader.error ?? this.validatorError, { help: this.t('localLoadFailed') })}
      ${this.renderRejected()}
      ${renderLoadWarning(this.searchFailure.error, { help: this.t('searchUnavailable') })}
      ${detail
        ? this.renderDetail(detail)
        : html`<div class="search" role="search">
              <label for="${id}-q">${this.t(youth ? 'searchLabelYouth' : 'searchLabel')}</label>
              <p class="help" id="${id}-q-help">${this.t('searchHelp')}</p>
              <input id="${id}-q" part="search" type="search" aria-describedby="${id}-q-help" .value=${this.filters.query ?? ''} @input=${(e: Event) => this.setFilters({ query: (e.target as HTMLInputElement).value })} />
            </div>
            <section class="layout" aria-labelledby="${id}-results">
              <div class="toolbar">
                ${this.heading(1, this.t(youth ? 'resultsHeadingYouth' : 'resultsHeading'), { id: `${id}-results` })}
                <p class="count-line" role="status">${this.t('resultCount', { count: result.services.length })}</p>
                <button
                  type="button"
                  class="secondary filters-toggle"
                  part="filters-toggle"
                  aria-expanded=${this.filtersOpen ? 'true' : 'false'}
                  aria-controls="${id}-filters"
                  @click=${() => (this.filtersOpen = !this.filtersOpen)}
                >${this.t(youth ? 'filtersToggleYouth' : 'filtersToggle', { count: active })}</button>
                <button type="button" class="secondary print" @click=${() => { this.emitMetric('printed'); window.print(); }}>${this.t('print')}</button>
              </div>
              ${this.renderFilters(result.counts, youth)}
              <div class="list">${result.services.length ? this.renderList(result.services) : this.renderEmpty(youth)}</div>
            </section>
          </div>`}
    `;
  }

  private renderRejected(): TemplateResult | typeof nothing {
    if (!this.rejected.length) return nothing;
    return html`<div class="notice warning" part="rejected" role="alert">
      <p><strong>${this.t('rejectedHeading', { count: this.rejected.length })}</strong></p>
      <ul>
        ${this.rejected.map(
          (r) => html`<li>${this.t('rejectedRow', { row: r.row })}${r.id ? html` (${r.id})` : nothing}: ${r.issues.map((i, n) => html`${n ? '; ' : ''}<code>${i.path}</code> ${i.message}`)}</li>`,
        )}
      </ul>
    </div>`;
  }

  private renderFilters(counts: Record<FacetName, Record<string, number>>, youth: boolean): TemplateResult {
    const lang = this.locale;
    const f = this.filters;
    const id = this.uid;
    const checkbox = (key: 'situations' | 'formats' | 'audiences' | 'languages', value: string, label: string, count: number | undefined) => html`<div class="choice">
      <input type="checkbox" id="${id}-${key}-${value}" .checked=${(f[key] as string[] | undefined)?.includes(value) ?? false} @change=${(e: Event) => this.toggle(key, value, (e.target as HTMLInputElement).checked)} />
      <label for="${id}-${key}-${value}">${label} <span class="count">(${count ?? 0})</span></label>
    </div>`;
    const languages = Object.keys(counts.languages);
    return html`<div class="filters ${this.filtersOpen ? 'open' : ''}" part="filters" id="${id}-filters" role="group" aria-labelledby="${id}-filters-heading">
      ${this.heading(1, this.t(youth ? 'filtersHeadingYouth' : 'filtersHeading'), { id: `${id}-filters-heading` })}
      <div class="question">
        <label for="${id}-age">${this.t(youth ? 'ageLabelYouth' : 'ageLabel')}</label>
        <input id="${id}-age" type="number" min="0" max="25" inputmode="numeric" .value=${f.age?.toString() ?? ''} @input=${(e: Event) => {
          const v = (e.target as HTMLInputElement).value;
          this.setFilters({ age: v === '' ? undefined : Number(v) });
        }} />
      </div>
      <fieldset>
        <legend>${this.t(youth ? 'situationLegendYouth' : 'situationLegend')}</legend>
        ${SITUATIONS.map((s: Situation) => checkbox('situations', s, pick((youth ? situationLabelsYouth : situationLabels)[s], lang), counts.situations[s]))}
      </fieldset>
      ${youth
        ? nothing
        : html`<fieldset>
              <legend>${this.t('whoseIllnessLegend')}</legend>
              ${(['parent', 'sibling'] as const).map(
                (w) => html`<div class="choice">
                  <input type="checkbox" id="${id}-who-${w}" .checked=${f.whoseIllness === w} @change=${(e: Event) => this.setFilters({ whoseIllness: (e.target as HTMLInputElement).checked ? w : undefined })} />
                  <label for="${id}-who-${w}">${this.t(w === 'parent' ? 'whoseParent' : 'whoseSibling')} <span class="count">(${counts.whoseIllness[w] ?? 0})</span></label>
                </div>`,
              )}
            </fieldset>
            <fieldset>
              <legend>${this.t('formatLegend')}</legend>
              ${FORMATS.map((x: Format) => checkbox('formats', x, pick(formatLabels[x], lang), counts.formats[x]))}
            </fieldset>
            <fieldset>
              <legend>${this.t('audienceLegend')}</legend>
              ${AUDIENCES.filter((a) => this.audience === 'staff' || a !== 'professionals').map((a: Audience) => checkbox('audiences', a, pick(audienceLabels[a], lang), counts.audiences[a]))}
            </fieldset>
            ${languages.length
              ? html`<fieldset>
                  <legend>${this.t('languageLegend')}</legend>
                  ${languages.map((l) => checkbox('languages', l, languageName(l, lang), counts.languages[l]))}
                </fieldset>`
              : nothing}
            <fieldset>
              <legend>${this.t('costLegend')}</legend>
              <div class="choice">
                <input type="checkbox" id="${id}-free" .checked=${!!f.freeOnly} @change=${(e: Event) => this.setFilters({ freeOnly: (e.target as HTMLInputElement).checked || undefined })} />
                <label for="${id}-free">${this.t('freeOnly')}</label>
              </div>
              <div class="choice">
                <input type="checkbox" id="${id}-noref" .checked=${!!f.noReferral} @change=${(e: Event) => this.setFilters({ noReferral: (e.target as HTMLInputElement).checked || undefined })} />
                <label for="${id}-noref">${this.t(youth ? 'noReferralYouth' : 'noReferral')}</label>
              </div>
            </fieldset>`}
      <button type="button" class="secondary" id="${id}-clear" @click=${() => this.setFilters({ query: undefined, age: undefined, whoseIllness: undefined, situations: [], formats: [], audiences: [], languages: [], freeOnly: undefined, noReferral: undefined })}>${this.t(youth ? 'clearFiltersYouth' : 'clearFilters')}</button>
    </div>`;
  }

  private renderList(services: Service[]): TemplateResult {
    return html`<ul class="results" part="results">
        ${services.slice(0, this.shown).map((s) => this.renderCard(s))}
      </ul>
      ${services.length > this.shown
        ? html`<button type="button" class="secondary" @click=${() => this.showMore()}>${this.t('resultCount', { count: services.length - this.shown })} +</button>`
        : nothing}`;
  }

  /** The next page of results; focus goes into the first one added (the button may be gone). */
  private showMore(): void {
    const firstAdded = this.shown;
    this.shown += PAGE;
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll('.results > li')[firstAdded]?.querySelector<HTMLElement>('a[href], button')?.focus());
  }

  private badges(s: Service): TemplateResult {
    const lang = this.locale;
    const youth = this.audience === 'youth';
    const e = s.eligibility;
    const ages =
      e?.age_min != null && e?.age_max != null
        ? this.t('agesRange', { min: e.age_min, max: e.age_max })
        : e?.age_max != null
          ? this.t('agesUpTo', { max: e.age_max })
          : e?.age_min != null
            ? this.t('agesFrom', { min: e.age_min })
            : '';
    return html`<ul class="badges">
      ${s.format.map((f) => html`<li>${pick(formatLabels[f], lang)}</li>`)}
      ${ages ? html`<li>${ages}</li>` : nothing}
      ${s.cost === 'free' ? html`<li>${this.t('free')}</li>` : nothing}
      ${s.referral_required === false
        ? html`<li>${this.t(youth ? 'noReferralYouth' : 'noReferralNeeded')}</li>`
        : s.referral_required
          ? html`<li>${this.t(youth ? 'referralNeededYouth' : 'referralNeeded')}</li>`
          : nothing}
      <li>${this.t(s.origin === 'local' ? 'local' : youth ? 'nationalYouth' : 'national')}</li>
    </ul>`;
  }

  private renderCard(s: Service): TemplateResult {
    const lang = this.locale;
    const name = pick(s.name, lang);
    return html`<li class="service" part="service" data-id=${s.id}>
      ${this.heading(2, name)}
      ${this.badges(s)}
      <p>${pick(s.description, lang)}</p>
      ${this.renderContact(s)}
      <button type="button" class="link" @click=${() => this.open(s)}>${this.t('readMore', { name })}</button>
    </li>`;
  }

  private renderContact(s: Service): TemplateResult {
    const url = safeHref(s.url);
    return html`${s.phones?.map((p) => {
        const tel = telHref(p.number);
        return html`<p>${this.t('phone')}: ${tel ? html`<a href=${tel}>${p.number}</a>` : p.number}</p>`;
      }) ?? nothing}
      ${url ? html`<p>${this.t('web')}: <a href=${url}>${url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</a></p>` : nothing}`;
  }

  /** Nothing matched: the national helplines are always offered. */
  private renderEmpty(youth: boolean): TemplateResult {
    const lines = NATIONAL_LINE_IDS.map((id) => nationalCatalog.find((s) => s.id === id)!).filter(Boolean);
    return html`<p>${this.t(youth ? 'noResultsYouth' : 'noResults')}</p>
      <p>${this.t(youth ? 'alwaysOpenYouth' : 'alwaysOpen')}</p>
      <ul class="results lines">${lines.map((s) => this.renderCard(s))}</ul>`;
  }

  private wasEmpty = false;
  private warmedPool?: Service[];
  private warmTimer?: ReturnType<typeof setTimeout>;

  /**
   * Loads the search and indexes a new pool in small steps after rendering, so typing is quick
   * from the first key. A search that cannot load is tried again at the first query.
   */
  private warmSearch(): void {
    const pool = this.pool();
    if (pool === this.warmedPool) return;
    this.warmedPool = pool;
    clearTimeout(this.warmTimer);
    const step = () => {
      const search = finderSearch.module;
      if (search && this.warmedPool === pool && this.isConnected && !search.prepareSearch(pool, 8)) this.warmTimer = setTimeout(step, 0);
    };
    void finderSearch.load().then(() => (this.warmTimer = setTimeout(step, 0)));
  }

  /** Counts an empty result once per empty streak (anonymous: never the search text). */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.error) this.warmSearch();
    const empty = !!this.renderRoot.querySelector('.lines');
    if (empty && !this.wasEmpty) this.emitMetric('no-results');
    this.wasEmpty = empty;
  }

  private renderDetail(s: Service): TemplateResult {
    const lang = this.locale;
    const mail = s.email ? safeHref(`mailto:${s.email}`) : undefined;
    return html`<section part="detail" aria-labelledby="${this.uid}-detail">
      <button type="button" class="link" @click=${() => this.open(undefined)}>${this.t('back')}</button>
      ${this.heading(1, pick(s.name, lang), { id: `${this.uid}-detail`, focusable: true })}
      ${this.badges(s)}
      <p>${pick(s.description, lang)}</p>
      <dl class="facts">
        ${s.organization ? html`<dt>${this.t('organization')}</dt><dd>${s.organization.name}</dd>` : nothing}
        ${s.schedule ? html`<dt>${this.t('schedule')}</dt><dd>${pick(s.schedule, lang)}</dd>` : nothing}
        ${mail ? html`<dt>${this.t('email')}</dt><dd><a href=${mail}>${s.email}</a></dd>` : nothing}
      </dl>
      ${this.renderContact(s)}
      <p class="help">${s.last_checked ? this.t('lastChecked', { date: s.last_checked }) : this.t(this.audience === 'youth' ? 'notCheckedYouth' : 'notChecked')}</p>
    </section>`;
  }
}
