import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  countActiveFilters,
  countsAsNoResults,
  filterServicesWith,
  finderMessages,
  finderOutcome,
  pick,
  servicesFor,
  type FinderAudience,
  type FinderFilters,
  type FinderMessageKey,
  type FinderOutcome,
  type Service,
} from '@bsp/sdk';
import { BspElement, choiceStyles, renderLoadWarning } from '@bsp/ui';
import { BspSelectEvent } from '../events/bsp-select.js';
import type { FinderSyncUrl } from './public-properties.js';
import { filtersFromSearch, filtersToSearch } from './url-state.js';
import { publicProperties, reflectText } from './public-properties.js';
import { supportFinderStyles } from './support-finder.styles.js';
import { QuickExitController } from './quick-exit-controller.js';
import { SearchIndexController, finderSearch } from './search-index-controller.js';
import { LocalCatalogController, catalogValidator } from './local-catalog-controller.js';
import { serviceCard, serviceDetail, type FinderView } from './service-card.js';
import { filtersPanel } from './filters.js';

// Exported from this module (not the package) for tests.
export { catalogValidator, finderSearch };
export type { FinderAudience };
export type { FinderSyncUrl } from './public-properties.js';

const PAGE = 50;
let instances = 0;

/**
 * Public, filterable catalog of national and local support for children as next of kin and
 * their families (DOMAIN §8; 002 §5.3.4: Bergen's overview was internal only). The rules
 * (audience pools, search, what an empty result shows, the metrics) are the SDK's; the local
 * catalog, the search warm-up and the quick exit are controllers beside this file.
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

  @state() private filters: FinderFilters = {};
  @state() private selected = '';
  @state() private shown = PAGE;
  /** Narrow screens: the filters are behind a disclosure button. */
  @state() private filtersOpen = false;

  private readonly uid = `f${++instances}`;
  private outcome?: FinderOutcome;
  private wasEmpty = false;

  protected override readonly propertyChecks = publicProperties;

  private readonly catalogs = new LocalCatalogController(this, {
    lang: () => this.locale,
    what: () => this.t('catalogName'),
    timeoutMs: () => this.checked['srcTimeout'] as number | undefined,
    maxBytes: () => this.checked['srcMaxBytes'] as number | undefined,
    inline: () => this.services ?? this.config?.catalog,
    onWarnings: (found, validator) => {
      const warnings = found.flatMap((r) => r.issues.map((i) => ({ ...i, path: `${r.row}.${i.path}`, field: `${this.t('rejectedRow', { row: r.row })}${r.id ? ` (${r.id})` : ''}, ${i.field ?? i.path}` })));
      this.showDataWarning(warnings.length ? validator.findingsDetail(warnings, this.locale, this.t('catalogName')) : undefined);
    },
  });

  private readonly searchIndex = new SearchIndexController(
    this,
    () => this.pool(),
    () => !this.error,
    () => this.t('searchName'),
    () => this.hasQuery(),
  );

  private readonly quickExit = new QuickExitController(
    this,
    () => this.audience === 'youth',
    () => this.exitUrl,
  );

  private hasQuery(): boolean {
    return !!this.filters.query?.trim();
  }

  /** The services in the catalog now (national and local, before filtering). */
  get catalogServices(): Service[] {
    return [...this.catalogs.all];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) this.filters = filtersFromSearch(location.search, this.syncUrl === 'all');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('services') || changed.has('src') || changed.has('provided' as keyof BspSupportFinder)) {
      const inline = this.services ?? this.config?.catalog;
      this.catalogs.load(inline, this.services !== undefined ? 'services' : 'config.catalog', this.checked['src']);
    }
    if (changed.has('noNational')) this.catalogs.setNational(!this.checked['noNational']);
  }

  /** The pool for this audience (SDK `servicesFor`: the same array for every keystroke). */
  private pool(): Service[] {
    return servicesFor(this.audience, this.catalogs.all);
  }

  private setFilters(patch: Partial<FinderFilters>): void {
    this.filters = { ...this.filters, ...patch };
    this.shown = PAGE;
    if (this.syncUrl) history.replaceState(history.state, '', `${location.pathname}${filtersToSearch(this.filters, location.search, this.syncUrl === 'all')}${location.hash}`);
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

  private get view(): FinderView {
    return { t: (key, params) => this.t(key, params), heading: (d, c, o) => this.heading(d, c, o), lang: this.locale, audience: this.audience, uid: this.uid };
  }

  protected renderContent(): TemplateResult {
    const pool = this.pool();
    const search = this.searchIndex.search;
    const result = filterServicesWith(pool, this.filters, search?.queryScores(pool, this.filters.query));
    const outcome = (this.outcome = finderOutcome(this.audience, this.catalogs.all, result, search?.querySaysSomething(pool, this.filters.query) ?? true));
    const youth = this.audience === 'youth';
    const detail = this.selected ? this.catalogs.all.find((s) => s.id === this.selected) : undefined;
    const v = this.view;
    const id = this.uid;
    return html`
      ${youth
        ? html`<div class="quick-exit">
            <button type="button" part="quick-exit" aria-describedby="${id}-exit-help" @click=${() => this.quickExit.exit()}>${this.t('quickExit')}</button>
            <p class="help" id="${id}-exit-help">${this.t('quickExitHelp')}</p>
          </div>`
        : nothing}
      ${this.heading(0, this.t(youth ? 'headingYouth' : 'heading'), { className: 'title' })}
      <p class="intro">${this.t(youth ? 'introYouth' : 'intro')}</p>
      ${renderLoadWarning(this.catalogs.warning, { help: this.t('localLoadFailed') })}
      ${this.renderRejected()}
      ${renderLoadWarning(this.searchIndex.code.error, { help: this.t('searchUnavailable') })}
      ${detail
        ? serviceDetail(v, detail, () => this.open(undefined))
        : html`<div class="search" role="search">
              <label for="${id}-q">${this.t(youth ? 'searchLabelYouth' : 'searchLabel')}</label>
              <p class="help" id="${id}-q-help">${this.t('searchHelp')}</p>
              <input id="${id}-q" part="search" type="search" aria-describedby="${id}-q-help" .value=${this.filters.query ?? ''} @input=${(e: Event) => this.setFilters({ query: (e.target as HTMLInputElement).value })} />
            </div>
            <section class="layout" aria-labelledby="${id}-results">
              <div class="toolbar">
                ${this.heading(1, this.t(youth ? 'resultsHeadingYouth' : 'resultsHeading'), { id: `${id}-results`, className: 'results-heading' })}
                <p class="count-line" role="status">${this.t('resultCount', { count: result.services.length })}</p>
                <button type="button" class="secondary filters-toggle" part="filters-toggle" aria-expanded=${this.filtersOpen ? 'true' : 'false'} aria-controls="${id}-filters" @click=${() => (this.filtersOpen = !this.filtersOpen)}>
                  ${this.t(youth ? 'filtersToggleYouth' : 'filtersToggle', { count: countActiveFilters(this.filters) })}
                </button>
                <button type="button" class="secondary print" @click=${() => { this.emitMetric('printed'); window.print(); }}>${this.t('print')}</button>
              </div>
              ${filtersPanel(v, this.filters, result.counts, this.filtersOpen, {
                set: (patch) => this.setFilters(patch),
                toggle: (key, value, on) => {
                  const list = (this.filters[key] ?? []) as string[];
                  this.setFilters({ [key]: on ? [...list, value] : list.filter((x) => x !== value) });
                },
              })}
              <div class="list">${outcome.empty ? this.renderEmpty(outcome) : this.renderList(outcome.services)}</div>
            </section>`}
    `;
  }

  private renderRejected(): TemplateResult | typeof nothing {
    const rejected = this.catalogs.rejected;
    if (!rejected.length) return nothing;
    return html`<div class="notice warning" part="rejected" role="alert">
      <p><strong>${this.t('rejectedHeading', { count: rejected.length })}</strong></p>
      <ul>
        ${rejected.map((r) => html`<li>${this.t('rejectedRow', { row: r.row })}${r.id ? html` (${r.id})` : nothing}: ${r.issues.map((i, n) => html`${n ? '; ' : ''}<code>${i.path}</code> ${i.message}`)}</li>`)}
      </ul>
    </div>`;
  }

  private renderList(services: Service[]): TemplateResult {
    return html`<ul class="results" part="results">
        ${services.slice(0, this.shown).map((s) => serviceCard(this.view, s, (x) => this.open(x)))}
      </ul>
      ${services.length > this.shown ? html`<button type="button" class="secondary" @click=${() => this.showMore()}>${this.t('resultCount', { count: services.length - this.shown })} +</button>` : nothing}`;
  }

  /** The next page of results; focus goes into the first one added (the button may be gone). */
  private showMore(): void {
    const firstAdded = this.shown;
    this.shown += PAGE;
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll('.results > li')[firstAdded]?.querySelector<HTMLElement>('a[href], button')?.focus());
  }

  /** Nothing matched: said plainly, and the phone and chat lines with their hours (SDK `finderOutcome`). */
  private renderEmpty(outcome: FinderOutcome): TemplateResult {
    const youth = this.audience === 'youth';
    const said = outcome.nothingSpecific ? (youth ? 'nothingSpecificYouth' : 'nothingSpecific') : youth ? 'noResultsYouth' : 'noResults';
    return html`<p>${this.t(said)}</p>
      <p>${this.t(youth ? 'alwaysOpenYouth' : 'alwaysOpen')}</p>
      <ul class="results lines">${outcome.lines.map((s) => serviceCard(this.view, s, (x) => this.open(x)))}</ul>`;
  }

  /** Counts an empty result once per empty streak, from the result (anonymous: never the search text). */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const outcome = this.selected || this.error ? undefined : this.outcome;
    if (!outcome) return;
    if (countsAsNoResults(this.wasEmpty, outcome)) this.emitMetric('no-results');
    this.wasEmpty = outcome.empty;
  }
}
