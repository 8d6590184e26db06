/**
 * The finder's filters and facet counts over a catalog, without the text search: everything a
 * finder's first render needs. The query's scores come from `search.ts` (`queryScores`), which
 * a widget loads when someone types (issue 12).
 */
import { AUDIENCES, FORMATS, SITUATIONS, type Audience, type Format, type Service, type Situation, type WhoseIllness } from './service.js';

export interface FinderFilters {
  query?: string;
  /** The child's age: services whose age range includes it. */
  age?: number;
  whoseIllness?: Exclude<WhoseIllness, 'either'>;
  situations?: Situation[];
  formats?: Format[];
  audiences?: Audience[];
  languages?: string[];
  freeOnly?: boolean;
  noReferral?: boolean;
}

export type FacetName = 'situations' | 'formats' | 'audiences' | 'languages' | 'whoseIllness';

export interface FinderResult {
  services: Service[];
  /** Per facet value: how many services match with that value and every other active filter. */
  counts: Record<FacetName, Record<string, number>>;
}

/** Facet values per service as bit masks (bit i = value i; every bit: applies to every value). */
export interface FacetBits {
  values: readonly string[];
  bits: Uint32Array;
}

/** What `filterServicesWith` keeps per catalog array (the search keeps its index beside it: `search.ts`). */
export interface Prepared {
  live: Service[];
  situations: FacetBits;
  formats: FacetBits;
  audiences: FacetBits;
  /** At most 32 languages get a facet value (a bit each); a catalog with more is not expected. */
  languages: FacetBits;
  whoseIllness: FacetBits;
  ageMin: Float64Array;
  ageMax: Float64Array;
  free: Uint8Array;
  noReferral: Uint8Array;
  /** The failure bits of the filters other than the query, for the last filters (typing reuses them). */
  filterMasks?: { key: string; masks: Uint32Array };
}


const allBits = (n: number) => (n >= 32 ? 0xffffffff : 2 ** n - 1);

function facetBits(live: readonly Service[], values: readonly string[], valuesOf: (s: Service) => readonly string[] | 'all'): FacetBits {
  const position = new Map(values.map((v, i) => [v, i] as const));
  const all = allBits(values.length);
  const bits = new Uint32Array(live.length);
  live.forEach((s, i) => {
    const has = valuesOf(s);
    if (has === 'all') bits[i] = all;
    else for (const v of has) if (position.has(v)) bits[i]! |= 1 << position.get(v)!;
  });
  return { values, bits };
}

/** What does not depend on the filters is computed once per catalog array. */
const prepared = new WeakMap<readonly Service[], Prepared>();

export function prepareCatalog(services: readonly Service[]): Prepared {
  let p = prepared.get(services);
  if (!p) {
    const live = services.filter((s) => s.status !== 'defunct');
    const spoken = [...new Set(services.flatMap((s) => s.languages ?? []))].sort().slice(0, 32);
    p = {
      live,
      situations: facetBits(live, SITUATIONS, (s) => (s.eligibility?.situations?.length ? s.eligibility.situations : 'all')),
      formats: facetBits(live, FORMATS, (s) => s.format),
      audiences: facetBits(live, AUDIENCES, (s) => s.audience),
      languages: facetBits(live, spoken, (s) => (s.languages?.length ? s.languages : 'all')),
      whoseIllness: facetBits(live, ['parent', 'sibling'], (s) => {
        const w = s.eligibility?.whose_illness;
        return !w || w === 'either' ? 'all' : [w];
      }),
      ageMin: Float64Array.from(live, (s) => s.eligibility?.age_min ?? 0),
      ageMax: Float64Array.from(live, (s) => s.eligibility?.age_max ?? 99),
      free: Uint8Array.from(live, (s) => (s.cost === 'free' ? 1 : 0)),
      noReferral: Uint8Array.from(live, (s) => (s.referral_required === false ? 1 : 0)),
    };
    prepared.set(services, p);
  }
  return p;
}

/** The selected values of a facet as a bit mask (0: no selection). */
function selected(facet: FacetBits, chosen: readonly string[] | undefined): number {
  let mask = 0;
  for (const v of chosen ?? []) {
    const i = facet.values.indexOf(v);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

/**
 * The failure bits of every filter but the query, per service; kept for the last filters, so a
 * keystroke (only the query changes) does not check them again.
 */
function filterMasks(
  p: Prepared,
  age: number | undefined,
  who: number,
  wanted: { situations: number; formats: number; audiences: number; languages: number },
  freeOnly: boolean,
  noReferral: boolean,
): Uint32Array {
  const key = JSON.stringify([age, who, wanted, freeOnly, noReferral]);
  if (p.filterMasks?.key === key) return p.filterMasks.masks;
  const masks = new Uint32Array(p.live.length);
  for (let i = 0; i < p.live.length; i++) {
    let mask = 0;
    if (age !== undefined && !(p.ageMin[i]! <= age && age <= p.ageMax[i]!)) mask |= 64;
    if (freeOnly && !p.free[i]) mask |= 128;
    if (noReferral && !p.noReferral[i]) mask |= 256;
    if (who && !(p.whoseIllness.bits[i]! & who)) mask |= 16;
    if (wanted.situations && !(p.situations.bits[i]! & wanted.situations)) mask |= 1;
    if (wanted.formats && !(p.formats.bits[i]! & wanted.formats)) mask |= 2;
    if (wanted.audiences && !(p.audiences.bits[i]! & wanted.audiences)) mask |= 4;
    if (wanted.languages && !(p.languages.bits[i]! & wanted.languages)) mask |= 8;
    masks[i] = mask;
  }
  p.filterMasks = { key, masks };
  return masks;
}

/**
 * Filters and counts in one pass over the services: each active filter is checked once per
 * service and the failures are kept as a bit mask, so a facet's count (its own selection left
 * out: OR within a facet, AND across) needs no second pass of the checks. Facet values are bit
 * masks computed once per catalog. With `scores` (the query's, per service: `queryScores`),
 * results are ranked, best first; without, the query is not applied (the search code loads on
 * demand, so a widget's first render needs none of it).
 */
export function filterServicesWith(services: readonly Service[], filters: FinderFilters, scores?: Int32Array): FinderResult {
  const p = prepareCatalog(services);
  const { live } = p;
  const age = filters.age !== undefined && Number.isFinite(filters.age) ? filters.age : undefined;
  const who = filters.whoseIllness ? selected(p.whoseIllness, [filters.whoseIllness]) : 0;
  const wanted = {
    situations: selected(p.situations, filters.situations),
    formats: selected(p.formats, filters.formats),
    audiences: selected(p.audiences, filters.audiences),
    // A selected language unknown to the catalog still filters (nothing carries it but "all").
    languages: filters.languages?.length ? selected(p.languages, filters.languages) || 0x80000000 : 0,
  };
  // One failure bit per filter; the facets' bits are the ones their own counts ignore.
  const OWN = { situations: 1, formats: 2, audiences: 4, languages: 8, whoseIllness: 16 } as const;
  const others = filterMasks(p, age, who, wanted, !!filters.freeOnly, !!filters.noReferral);
  // The remembered masks are only read; the query's bit goes into a copy.
  const masks = scores ? new Uint32Array(others) : others;
  if (scores) for (let i = 0; i < live.length; i++) if (!scores[i]) masks[i]! |= 32;
  // The services shown, ranked by score, best first, in catalog order within a score: a counting
  // sort into one typed array (two passes, nothing grows; a keystroke can match 50,000).
  let shown = 0;
  let top = 0;
  for (let i = 0; i < live.length; i++) {
    if (masks[i] !== 0) continue;
    shown++;
    if (scores && scores[i]! > top) top = scores[i]!;
  }
  const next = new Uint32Array(top + 1);
  if (scores) {
    for (let i = 0; i < live.length; i++) if (masks[i] === 0) next[top - scores[i]!]!++;
    for (let rank = 0, at = 0; rank <= top; rank++) {
      const n = next[rank]!;
      next[rank] = at;
      at += n;
    }
  }
  const order = new Uint32Array(shown);
  for (let i = 0; i < live.length; i++) if (masks[i] === 0) order[next[scores ? top - scores[i]! : 0]!++] = i;
  const found = new Array<Service>(shown);
  for (let k = 0; k < shown; k++) found[k] = live[order[k]!]!;
  // Every facet counted in one pass: a service counts for a facet when it fails no filter but
  // (at most) that facet's own (a keystroke over 50,000 services: one loop, not five, issue 29).
  const facets = [p.situations, p.formats, p.audiences, p.languages, p.whoseIllness];
  const tallies = facets.map((f) => new Uint32Array(f.values.length));
  const tally = (k: number, i: number) => {
    const t = tallies[k]!;
    let bits = facets[k]!.bits[i]!;
    while (bits) {
      const bit = 31 - Math.clz32(bits);
      if (bit < t.length) t[bit]!++;
      bits &= ~(1 << bit);
    }
  };
  for (let i = 0; i < live.length; i++) {
    const m = masks[i]!;
    // The facets' own bits are 1, 2, 4, 8 and 16, in the order of `facets`.
    if (m === 0) for (let k = 0; k < facets.length; k++) tally(k, i);
    else if (m <= OWN.whoseIllness && (m & (m - 1)) === 0) tally(31 - Math.clz32(m), i);
  }
  const count = (k: number) => Object.fromEntries(facets[k]!.values.map((v, i) => [v, tallies[k]![i]!]));
  return {
    services: found,
    counts: {
      situations: count(0),
      formats: count(1),
      audiences: count(2),
      languages: count(3),
      whoseIllness: count(4),
    },
  };
}
