import { buildIndex, scoreIndex, termFor, vocabulary, words, type Term, type WordIndex } from '../search/words.js';
import type { Lang } from '../i18n/lang.js';
import { AUDIENCES, FORMATS, SITUATIONS, type Audience, type Format, type Service, type Situation, type WhoseIllness } from './schema.js';
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

/** Index fields, highest weight first: name, situation tags and their everyday words, the rest. */
const FIELD_WEIGHTS = [3, 2, 1] as const;
const LANGS: Lang[] = ['nb', 'nn', 'en'];
const indexCache = new WeakMap<Service, WordIndex>();

function serviceIndex(service: Service): WordIndex {
  let index = indexCache.get(service);
  if (index === undefined) {
    const situations = service.eligibility?.situations ?? [];
    index = buildIndex(
      [
        LANGS.map((l) => service.name[l]),
        situations.flatMap((s) => [...LANGS.map((l) => situationLabels[s][l]), ...LANGS.flatMap((l) => situationWords[s][l])]),
        [
          ...LANGS.map((l) => service.description[l]),
          service.organization?.name ?? '',
          ...service.format.flatMap((f) => LANGS.map((l) => formatLabels[f][l])),
          ...service.audience.flatMap((a) => LANGS.map((l) => audienceLabels[a][l])),
          ...(service.phones ?? []).map((p) => p.number.replace(/\s/g, '')),
        ],
      ],
      canonicalWord,
    );
    indexCache.set(service, index);
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

/** 0 when the service does not match the query; otherwise higher for a better match. */
export function queryScore(service: Service, query: string): number {
  const terms = queryWords(query).map((w) => termFor(w));
  return terms.length ? scoreIndex(serviceIndex(service), terms, FIELD_WEIGHTS) : 1;
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

type Check = (s: Service) => boolean;

function checks(f: FinderFilters, scores: Map<Service, number> | undefined): [string, Check][] {
  const all: [string, Check | undefined][] = [
    ['query', scores ? (s) => scores.has(s) : undefined],
    [
      'age',
      f.age !== undefined && Number.isFinite(f.age)
        ? (s) => (s.eligibility?.age_min ?? 0) <= f.age! && f.age! <= (s.eligibility?.age_max ?? 99)
        : undefined,
    ],
    [
      'whoseIllness',
      f.whoseIllness
        ? (s) => !s.eligibility?.whose_illness || s.eligibility.whose_illness === 'either' || s.eligibility.whose_illness === f.whoseIllness
        : undefined,
    ],
    ['situations', f.situations?.length ? (s) => !s.eligibility?.situations?.length || f.situations!.some((x) => s.eligibility!.situations!.includes(x)) : undefined],
    ['formats', f.formats?.length ? (s) => f.formats!.some((x) => s.format.includes(x)) : undefined],
    ['audiences', f.audiences?.length ? (s) => f.audiences!.some((x) => s.audience.includes(x)) : undefined],
    ['languages', f.languages?.length ? (s) => !s.languages?.length || f.languages!.some((x) => s.languages!.includes(x)) : undefined],
    ['freeOnly', f.freeOnly ? (s) => s.cost === 'free' : undefined],
    ['noReferral', f.noReferral ? (s) => s.referral_required === false : undefined],
  ];
  return all.filter((e): e is [string, Check] => !!e[1]);
}

interface Prepared {
  live: Service[];
  languages: string[];
  indexes: WordIndex[];
  /** Every word of the catalog, for pruning compound splits. */
  vocab: string;
}

/** What does not depend on the filters is computed once per catalog array. */
const prepared = new WeakMap<readonly Service[], Prepared>();

function prepare(services: readonly Service[]): Prepared {
  let p = prepared.get(services);
  if (!p) {
    const live = services.filter((s) => s.status !== 'defunct');
    const indexes = live.map(serviceIndex);
    p = { live, indexes, vocab: vocabulary(indexes), languages: [...new Set(services.flatMap((s) => s.languages ?? []))].sort() };
    prepared.set(services, p);
  }
  return p;
}

/** Scores of the services that match the query (undefined: no query, everything matches). */
function queryScores(p: Prepared, query: string | undefined): Map<Service, number> | undefined {
  const terms: Term[] = queryWords(query ?? '').map((w) => termFor(w, p.vocab));
  if (!terms.length) return undefined;
  const scores = new Map<Service, number>();
  for (let i = 0; i < p.live.length; i++) {
    const score = scoreIndex(p.indexes[i]!, terms, FIELD_WEIGHTS);
    if (score) scores.set(p.live[i]!, score);
  }
  return scores;
}

/**
 * Filters and counts in one pass over the services: each active check runs once per service
 * and the failures are kept as a bit mask, so a facet's count (its own selection left out:
 * OR within a facet, AND across) needs no second pass of the checks. With a query, results
 * are ranked: a hit in the name first, then in the situation tags, then in the description.
 */
export function filterServices(services: readonly Service[], filters: FinderFilters): FinderResult {
  const p = prepare(services);
  const { live, languages } = p;
  const scores = queryScores(p, filters.query);
  const active = checks(filters, scores);
  const masks = new Uint32Array(live.length);
  for (let i = 0; i < live.length; i++) {
    let mask = 0;
    for (let c = 0; c < active.length; c++) if (!active[c]![1](live[i]!)) mask |= 1 << c;
    masks[i] = mask;
  }
  const results = live.filter((_, i) => masks[i] === 0);
  // Array.prototype.sort is stable: equal scores keep the catalog's order.
  if (scores) results.sort((a, b) => scores.get(b)! - scores.get(a)!);
  /** Counts per value; `valuesOf` says which values a service has ('all': it applies to every value). */
  const count = (facet: FacetName, values: readonly string[], valuesOf: (s: Service) => readonly string[] | 'all') => {
    const own = active.findIndex(([name]) => name === facet);
    const allowed = own < 0 ? 0 : 1 << own;
    const counts: Record<string, number> = Object.fromEntries(values.map((v) => [v, 0]));
    for (let i = 0; i < live.length; i++) {
      if ((masks[i]! & ~allowed) !== 0) continue;
      const has = valuesOf(live[i]!);
      for (const v of has === 'all' ? values : has) if (v in counts) counts[v]!++;
    }
    return counts;
  };
  return {
    services: results,
    counts: {
      situations: count('situations', SITUATIONS, (s) => (s.eligibility?.situations?.length ? s.eligibility.situations : 'all')),
      formats: count('formats', FORMATS, (s) => s.format),
      audiences: count('audiences', AUDIENCES, (s) => s.audience),
      languages: count('languages', languages, (s) => (s.languages?.length ? s.languages : 'all')),
      whoseIllness: count('whoseIllness', ['parent', 'sibling'], (s) => {
        const w = s.eligibility?.whose_illness;
        return !w || w === 'either' ? 'all' : [w];
      }),
    },
  };
}
