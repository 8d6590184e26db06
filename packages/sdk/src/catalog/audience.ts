/**
 * The finder's rules that are not about one service (issue 25, shared/reviews/architecture.md
 * R6): which services each audience sees, how many filters are on, what an empty result shows
 * and when it counts as the anonymous `no-results` metric. Framework-free, so a host with its
 * own UI gets the same answers as `<bsp-support-finder>`.
 */
import { NATIONAL_LINE_IDS, nationalCatalog } from './national.js';
import type { FinderFilters, FinderResult } from './filter.js';
import type { Service } from './service.js';

export const FINDER_AUDIENCES = ['families', 'youth', 'staff'] as const;
/** Who a finder view is for: families (default), young people themselves, or staff. */
export type FinderAudience = (typeof FINDER_AUDIENCES)[number];

/** Every filter off (the free text too). */
export const NO_FILTERS: FinderFilters = Object.freeze({
  query: undefined,
  age: undefined,
  whoseIllness: undefined,
  situations: [],
  formats: [],
  audiences: [],
  languages: [],
  freeOnly: undefined,
  noReferral: undefined,
});

const pools = new WeakMap<readonly Service[], Map<FinderAudience, Service[]>>();

/**
 * The services an audience is offered: staff see everything; families never get tools for
 * professionals as help; young people get what is for children or young people. An audience
 * that is none of these (a host's typo, `__proto__`) is treated as families, the default. The
 * same array for the same catalog array and audience (a search index is kept per array).
 */
export function servicesFor(audience: FinderAudience, services: readonly Service[]): Service[] {
  const who: FinderAudience = (FINDER_AUDIENCES as readonly string[]).includes(audience) ? audience : 'families';
  let byAudience = pools.get(services);
  if (!byAudience) pools.set(services, (byAudience = new Map()));
  let pool = byAudience.get(who);
  if (!pool) {
    pool =
      who === 'staff'
        ? [...services]
        : services.filter((s) => (who === 'youth' ? s.audience.some((a) => a === 'youth' || a === 'children') : s.audience.some((a) => a !== 'professionals')));
    byAudience.set(who, pool);
  }
  return pool;
}

/** How many filters are on (not the free text): shown on the narrow screens' disclosure button. */
export function countActiveFilters(f: FinderFilters): number {
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

/**
 * The phone and chat lines offered whenever a search finds nothing (never an empty page): the
 * national lines in this audience's pool, else the national lines themselves (a host that left
 * out the national catalog still gets them).
 */
export function helplinesFor(audience: FinderAudience, services: readonly Service[]): Service[] {
  const pool = servicesFor(audience, services);
  const inPool = NATIONAL_LINE_IDS.map((id) => pool.find((s) => s.id === id)).filter((s): s is Service => !!s);
  if (inPool.length) return inPool;
  return servicesFor(audience, NATIONAL_LINE_IDS.map((id) => nationalCatalog.find((s) => s.id === id)!));
}

/** What a finder shows for a result: the services, or (none found) the helplines instead. */
export interface FinderOutcome {
  services: Service[];
  /** Nothing was found: `lines` are shown in its place, under a plain "nothing found" line. */
  empty: boolean;
  /** The query named nothing the catalog or a situation knows (e.g. only a name). */
  nothingSpecific: boolean;
  lines: Service[];
}

/**
 * What to show for a result: never an empty page. `specific` is the search's verdict on the
 * query (`querySaysSomething`; true without a search).
 */
export function finderOutcome(audience: FinderAudience, services: readonly Service[], result: FinderResult, specific = true): FinderOutcome {
  const empty = result.services.length === 0;
  return { services: result.services, empty, nothingSpecific: !specific, lines: empty ? helplinesFor(audience, services) : [] };
}

/**
 * The anonymous `no-results` metric: counted once when a result becomes empty (one per empty
 * streak, never the search text), from the result itself, not from what is on screen.
 */
export function countsAsNoResults(wasEmpty: boolean, outcome: Pick<FinderOutcome, 'empty'>): boolean {
  return outcome.empty && !wasEmpty;
}
