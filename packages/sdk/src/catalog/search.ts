import { normalizeText } from '../shared/safe-href.js';
import { pick } from '../i18n/lang.js';
import { languages, textsVersion } from '../i18n/registry.js';
import { AUDIENCES, FORMATS, SITUATIONS, type Audience, type Format, type Service, type Situation, type WhoseIllness } from './schema.js';
import { audienceLabels, formatLabels, situationLabels } from './labels.js';

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

/** Normalises one word and folds its known variants onto one form. */
export function canonicalWord(word: string): string {
  return SYNONYMS[word] ?? word;
}

export function searchTokens(text: string): string[] {
  return normalizeText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(canonicalWord);
}

const indexCache = new WeakMap<Service, { version: number; index: string }>();

/**
 * Every word a service can be found by, in every registered language, as one string " w1 w2 … "
 * (computed once per service and again when a language's text arrives), so a prefix test is one `includes(' ' + token)`.
 */
function serviceIndex(service: Service): string {
  const cached = indexCache.get(service);
  let index = cached?.version === textsVersion() ? cached.index : undefined;
  if (index === undefined) {
    const langs = languages();
    const parts = [
      ...langs.flatMap((l) => [pick(service.name, l), pick(service.description, l)]),
      service.organization?.name ?? '',
      ...(service.eligibility?.situations ?? []).flatMap((s) => langs.map((l) => pick(situationLabels[s], l))),
      ...service.format.flatMap((f) => langs.map((l) => pick(formatLabels[f], l))),
      ...service.audience.flatMap((a) => langs.map((l) => pick(audienceLabels[a], l))),
      ...(service.phones ?? []).map((p) => p.number.replace(/\s/g, '')),
    ];
    index = ` ${[...new Set(searchTokens(parts.join(' ')))].join(' ')} `;
    indexCache.set(service, { version: textsVersion(), index });
  }
  return index;
}

/** Every typed word must start some word of the service (so partial typing finds it). */
/** `prefixed` tokens carry their leading space: allocated once per search, not per service. */
function matchesTokens(service: Service, prefixed: string[]): boolean {
  const index = serviceIndex(service);
  return prefixed.every((t) => index.includes(t));
}

export function matchesQuery(service: Service, query: string): boolean {
  return matchesTokens(service, searchTokens(query).map((t) => ` ${t}`));
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

function checks(f: FinderFilters): [string, Check][] {
  const tokens = searchTokens(f.query ?? '').map((t) => ` ${t}`);
  const all: [string, Check | undefined][] = [
    ['query', tokens.length ? (s) => matchesTokens(s, tokens) : undefined],
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

/**
 * Filters and counts in one pass over the services: each active check runs once per service
 * and the failures are kept as a bit mask, so a facet's count (its own selection left out:
 * OR within a facet, AND across) needs no second pass of the checks.
 */
const prepared = new WeakMap<readonly Service[], { live: Service[]; languages: string[] }>();

/** What does not depend on the filters is computed once per catalog array. */
function prepare(services: readonly Service[]) {
  let p = prepared.get(services);
  if (!p) {
    p = {
      live: services.filter((s) => s.status !== 'defunct'),
      languages: [...new Set(services.flatMap((s) => s.languages ?? []))].sort(),
    };
    prepared.set(services, p);
  }
  return p;
}

export function filterServices(services: readonly Service[], filters: FinderFilters): FinderResult {
  const active = checks(filters);
  const { live, languages } = prepare(services);
  const masks = new Uint32Array(live.length);
  for (let i = 0; i < live.length; i++) {
    let mask = 0;
    for (let c = 0; c < active.length; c++) if (!active[c]![1](live[i]!)) mask |= 1 << c;
    masks[i] = mask;
  }
  const results = live.filter((_, i) => masks[i] === 0);
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
