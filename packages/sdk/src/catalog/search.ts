import { buildIndex, matchTerm, termFor, vocabulary, words, type Term, type WordIndex } from '../search/words.js';
import { pick } from '../i18n/lang.js';
import { languages, textsVersion } from '../i18n/registry.js';
import { AUDIENCES, FORMATS, SITUATIONS, type Audience, type Format, type Service, type Situation, type WhoseIllness } from './service.js';
import { audienceLabels, formatLabels, situationLabels } from './labels.js';
import { situationWords } from './situation-words.js';

/**
 * Word forms that should find each other: bokmål and nynorsk, everyday and professional words.
 * Keys and values are already normalised (lower case, æ→ae, ø→o, å→a).
 */
const SYNONYMS: Record<string, string> = {
  sjukdom: 'sykdom', sjuk: 'syk', sjuke: 'syke', sykdommer: 'sykdom', sjukdommar: 'sykdom',
  sysken: 'sosken', systre: 'sosken', brodre: 'sosken', bror: 'sosken', soster: 'sosken',
  born: 'barn', borna: 'barna', barna: 'barn',
  ungdom: 'unge', ungdommar: 'unge', ungdommer: 'unge', ung: 'unge',
  foreldra: 'foreldre', forelder: 'foreldre', mamma: 'foreldre', pappa: 'foreldre', mor: 'foreldre', far: 'foreldre',
  daud: 'dod', dodsfall: 'dod', dodd: 'dod', etterlatne: 'etterlatte', sorg: 'dod', sorgen: 'dod',
  rusproblem: 'rus', rusproblemer: 'rus', rusmiddel: 'rus', rusmisbruk: 'rus', alkohol: 'rus', avhengighet: 'rus', avhengigheit: 'rus',
  psykiske: 'psykisk', psykiatri: 'psykisk', depresjon: 'psykisk',
  kreft: 'kreft', kreftsjuk: 'kreft', kreftsyk: 'kreft',
  samtale: 'samtal', samtalar: 'samtal', samtaler: 'samtal', snakke: 'samtal', prate: 'samtal',
  telefon: 'telefon', ringe: 'telefon', chatte: 'chat',
  gratis: 'gratis', kostnadsfri: 'gratis',
  fengsel: 'fengsel', fengselet: 'fengsel', fange: 'fengsel', innsatt: 'fengsel',
  demens: 'demens', funksjonsnedsettelse: 'funksjonsnedsett', funksjonsnedsetjing: 'funksjonsnedsett', funksjonshemming: 'funksjonsnedsett',
};

/** Folds one normalised word onto its canonical form. */
export function canonicalWord(word: string): string {
  return Object.hasOwn(SYNONYMS, word) ? SYNONYMS[word]! : word;
}

export function searchTokens(text: string): string[] {
  return words(text, canonicalWord);
}

/**
 * Small words dropped from a query that has other words ("mamma er syk" → "syk"), and family
 * words dropped when the query also names what happened ("pappa drikker" → "drikker"): a
 * service for children of parents who drink rarely says "pappa".
 */
const STOP_WORDS = new Set(searchTokens('er i pa og en ei et som til med jeg eg meg min mi mitt mine har hos av om seg sin si det den is my in on the a an and has of at to with me his her'));
const FAMILY_WORDS = new Set(searchTokens('mamma pappa mor far mum mom dad mother father parent forelder foreldre bror soster brother sister'));

/** Weights: a hit in the name, in the situation tags (labels and everyday words), elsewhere. */
const NAME = 3;
const TAG = 2;
const OTHER = 1;

/**
 * Each situation's labels (every registered language) and everyday words, indexed once per
 * text version (shared by every service tagged with it; rebuilt when a language's text arrives).
 */
let situationIndexes: { version: number; bySituation: Record<Situation, WordIndex> } | undefined;
function situationIndex(situation: Situation): WordIndex {
  if (situationIndexes?.version !== textsVersion()) {
    const langs = languages();
    const bySituation = Object.fromEntries(
      SITUATIONS.map((s) => [s, buildIndex([[...langs.map((l) => pick(situationLabels[s], l)), ...Object.values(situationWords[s]).flat()]], canonicalWord)]),
    ) as Record<Situation, WordIndex>;
    situationIndexes = { version: textsVersion(), bySituation };
  }
  return situationIndexes.bySituation[situation];
}

const indexCache = new WeakMap<Service, { version: number; index: WordIndex }>();

/** A service's own words: its name (field 0) and everything else it says (field 1). */
function serviceIndex(service: Service, seen?: Set<string>): WordIndex {
  const cached = indexCache.get(service);
  let index = cached?.version === textsVersion() ? cached.index : undefined;
  if (index === undefined) {
    const langs = languages();
    index = buildIndex(
      [
        langs.map((l) => pick(service.name, l)),
        [
          ...langs.map((l) => pick(service.description, l)),
          service.organization?.name ?? '',
          ...service.format.flatMap((f) => langs.map((l) => pick(formatLabels[f], l))),
          ...service.audience.flatMap((a) => langs.map((l) => pick(audienceLabels[a], l))),
          ...(service.phones ?? []).map((p) => p.number.replace(/\s/g, '')),
        ],
      ],
      canonicalWord,
      seen,
    );
    indexCache.set(service, { version: textsVersion(), index });
  } else if (seen) {
    for (const w of index.text.split(' ')) if (w) seen.add(w);
  }
  return index;
}

/** The query's words after dropping small and family words (never all of them). */
function queryWords(query: string): string[] {
  const all = searchTokens(query);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  const specific = content.filter((w) => !FAMILY_WORDS.has(w));
  return specific.length ? specific : content.length ? content : all;
}

/** A compiled query: its terms and, per term, the situations whose tags it matches. */
interface CompiledQuery {
  terms: Term[];
  tagged: Set<Situation>[];
}

function compile(query: string | undefined, vocab?: string): CompiledQuery | undefined {
  const terms = queryWords(query ?? '').map((w) => termFor(w, vocab));
  if (!terms.length) return undefined;
  return { terms, tagged: terms.map((term) => new Set(SITUATIONS.filter((s) => matchTerm(situationIndex(s), term) >= 0))) };
}

function score(index: WordIndex, service: Service, query: CompiledQuery): number {
  let total = 0;
  const situations = service.eligibility?.situations;
  for (let t = 0; t < query.terms.length; t++) {
    const field = matchTerm(index, query.terms[t]!);
    if (field === 0) total += NAME;
    else if (situations?.some((s) => query.tagged[t]!.has(s))) total += TAG;
    else if (field === 1) total += OTHER;
    else return 0;
  }
  return total;
}

/** 0 when the service does not match the query; otherwise higher for a better match. */
export function queryScore(service: Service, query: string): number {
  const compiled = compile(query);
  return compiled ? score(serviceIndex(service), service, compiled) : 1;
}

export function matchesQuery(service: Service, query: string): boolean {
  return queryScore(service, query) > 0;
}

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
interface FacetBits {
  values: readonly string[];
  bits: Uint32Array;
}

interface Prepared {
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
  /** The search index, built in steps (`prepareSearch`) or at the first query. */
  indexes: WordIndex[];
  seen: Set<string>;
  /** Every word of the catalog once it is fully indexed, for pruning compound splits. */
  vocab?: string;
  /** The text version the index was built from; a language's text arriving starts it again. */
  textsVersion: number;
  /**
   * Per query term (by its alternatives): the field each service matched it in (-1: none,
   * UNKNOWN: not looked at yet). While a word is typed, the other words' results are reused
   * and the new word is looked for only in the services that matched them.
   */
  termFields: Map<string, Int8Array>;
  /** The failure bits of the filters other than the query, for the last filters (typing reuses them). */
  filterMasks?: { key: string; masks: Uint32Array };
}

const UNKNOWN = -2;
/** Query terms remembered per catalog: enough for the words of a few queries. */
const REMEMBERED_TERMS = 32;

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

function prepare(services: readonly Service[]): Prepared {
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
      indexes: [],
      seen: new Set(),
      textsVersion: textsVersion(),
      termFields: new Map(),
    };
    prepared.set(services, p);
  }
  return p;
}

/**
 * Indexes the catalog for search for up to `budgetMs` (all of it when omitted) and says whether
 * it is done: a widget can spread the work of a big catalog over idle moments after its first
 * render, so neither the first render nor the first keystroke pays for all of it.
 */
export function prepareSearch(services: readonly Service[], budgetMs = Infinity): boolean {
  const p = prepare(services);
  if (p.textsVersion !== textsVersion()) {
    p.indexes = [];
    p.seen.clear();
    p.vocab = undefined;
    p.termFields.clear();
    p.textsVersion = textsVersion();
  }
  const start = performance.now();
  while (p.indexes.length < p.live.length) {
    p.indexes.push(serviceIndex(p.live[p.indexes.length]!, p.seen));
    if (p.indexes.length % 256 === 0 && performance.now() - start > budgetMs) return false;
  }
  if (p.vocab === undefined) {
    for (const s of SITUATIONS) for (const w of situationIndex(s).text.split(' ')) if (w) p.seen.add(w);
    p.vocab = vocabulary(p.seen);
    p.seen.clear();
  }
  return true;
}

/** The remembered fields of one term (all UNKNOWN when new), and whether it was remembered. */
function termFields(p: Prepared, term: Term): { fields: Int8Array; known: boolean } {
  const key = JSON.stringify(term);
  const remembered = p.termFields.get(key);
  if (remembered) return { fields: remembered, known: true };
  if (p.termFields.size >= REMEMBERED_TERMS) p.termFields.clear();
  const fields = new Int8Array(p.live.length).fill(UNKNOWN);
  p.termFields.set(key, fields);
  return { fields, known: false };
}

/**
 * Per service: its score for the query (0: no match); undefined when there is no query. Same
 * scoring as `score`, with each term's matches remembered: terms seen before are checked first,
 * so a new term (the word being typed) is looked for only where the others matched.
 */
function queryScores(services: readonly Service[], query: string | undefined): Int32Array | undefined {
  if (!queryWords(query ?? '').length) return undefined;
  prepareSearch(services);
  const p = prepare(services);
  const compiled = compile(query, p.vocab)!;
  const order = compiled.terms.map((term, t) => ({ t, ...termFields(p, term) })).sort((a, b) => Number(b.known) - Number(a.known));
  const scores = new Int32Array(p.live.length);
  for (let i = 0; i < p.live.length; i++) {
    const situations = p.live[i]!.eligibility?.situations;
    let total = 0;
    for (const { t, fields } of order) {
      let field = fields[i]!;
      if (field === UNKNOWN) field = fields[i] = matchTerm(p.indexes[i]!, compiled.terms[t]!);
      if (field === 0) total += NAME;
      else if (situations?.some((s) => compiled.tagged[t]!.has(s))) total += TAG;
      else if (field === 1) total += OTHER;
      else {
        total = 0;
        break;
      }
    }
    scores[i] = total;
  }
  return scores;
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
 * masks computed once per catalog. With a query, results are ranked: a hit in the name first,
 * then in the situation tags, then in the description.
 */
export function filterServices(services: readonly Service[], filters: FinderFilters): FinderResult {
  const p = prepare(services);
  const { live } = p;
  const scores = queryScores(services, filters.query);
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
  let order: number[] = [];
  if (scores) {
    // Ranked by score, best first, in catalog order within a score (a stable bucket sort).
    const buckets: number[][] = [];
    for (let i = 0; i < live.length; i++) if (masks[i] === 0) (buckets[scores[i]!] ??= []).push(i);
    for (let score = buckets.length - 1; score > 0; score--) {
      const bucket = buckets[score];
      if (bucket) order = order.concat(bucket);
    }
  } else {
    for (let i = 0; i < live.length; i++) if (masks[i] === 0) order.push(i);
  }
  const count = (facet: FacetBits, own: number) => {
    const tally = new Uint32Array(facet.values.length);
    for (let i = 0; i < live.length; i++) {
      if ((masks[i]! & ~own) !== 0) continue;
      let bits = facet.bits[i]!;
      while (bits) {
        const bit = 31 - Math.clz32(bits);
        if (bit < tally.length) tally[bit]!++;
        bits &= ~(1 << bit);
      }
    }
    return Object.fromEntries(facet.values.map((v, i) => [v, tally[i]!]));
  };
  return {
    services: order.map((i) => live[i]!),
    counts: {
      situations: count(p.situations, OWN.situations),
      formats: count(p.formats, OWN.formats),
      audiences: count(p.audiences, OWN.audiences),
      languages: count(p.languages, OWN.languages),
      whoseIllness: count(p.whoseIllness, OWN.whoseIllness),
    },
  };
}
