import type { ReactiveController } from 'lit';
import type { Service } from '@bsp/sdk';
import { LazyModule, OnDemand, type OnDemandHost } from '@bsp/ui';

/**
 * The text search (word index, synonyms, typo tolerance, scoring): loaded after the first render,
 * or before it when there is a query already (a shared link with `sync-url`).
 */
export const finderSearch = new LazyModule(() => import('./finder-search.js'));

/** Index work per idle step: a keystroke never waits behind more than this. */
const STEP_MS = 8;

/**
 * Search warm-up: after each render the search loads and a new pool is indexed in small steps,
 * so typing is quick from the first key. A query waits for the search (`OnDemand`); a search
 * that cannot load is reported once while a query needs it (`code.error`) and tried again at the
 * next update with a query.
 */
export class SearchIndexController implements ReactiveController {
  readonly code: OnDemand<NonNullable<typeof finderSearch.module>>;
  private warmedPool?: Service[];
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: OnDemandHost & { readonly isConnected: boolean },
    /** The services searched now (the audience's pool). */
    private readonly pool: () => Service[],
    /** Whether to warm up now (not while the widget shows its error view). */
    private readonly active: () => boolean,
    what: () => string,
    hasQuery: () => boolean,
  ) {
    host.addController(this);
    this.code = new OnDemand(host, { module: finderSearch, needed: hasQuery, blocksRender: true, what });
  }

  /** The loaded search, or undefined (the first render filters by facets only). */
  get search(): typeof finderSearch.module {
    return this.code.value;
  }

  hostUpdated(): void {
    if (this.active()) this.warm();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.warmedPool = undefined;
  }

  private warm(): void {
    const pool = this.pool();
    if (pool === this.warmedPool) return;
    this.warmedPool = pool;
    clearTimeout(this.timer);
    const step = () => {
      const search = this.code.value;
      if (search && this.warmedPool === pool && this.host.isConnected && !search.prepareSearch(pool, STEP_MS)) this.timer = setTimeout(step, 0);
    };
    void this.code.prefetch().then(() => (this.timer = setTimeout(step, 0)));
  }
}
