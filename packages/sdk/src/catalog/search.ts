import { normalizeText } from '../shared/safe-href.js';
import type { Lang } from '../i18n/lang.js';
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

const indexCache = new WeakMap<Service, string[]>();

/** Every word a service can be found by, in all three languages (computed once per service). */
function serviceWords(service: Service): string[] {
  let words = indexCache.get(service);
  if (!words) {
    const langs: Lang[] = ['nb', 'nn', 'en'];
    const parts = [
      ...langs.flatMap((l) => [service.name[l], service.description[l]]),
      service.organization?.name ?? '',
      ...(service.eligibility?.situations ?? []).flatMap((s) => langs.map((l) => situationLabels[s][l])),
      ...service.format.flatMap((f) => langs.map((l) => formatLabels[f][l])),
      ...service.audience.flatMap((a) => langs.map((l) => audienceLabels[a][l])),
      ...(service.phones ?? []).map((p) => p.number.replace(/\s/g, '')),
    ];
    words = [...new Set(searchTokens(parts.join(' ')))];
    indexCache.set(service, words);
  }
  return words;
}

/** Every typed word must start some word of the service (so partial typing finds it). */
export function matchesQuery(service: Service, query: string): boolean {
  const tokens = searchTokens(query);
  if (!tokens.length) return true;
  const words = serviceWords(service);
  return tokens.every((t) => words.some((w) => w.startsWith(t) || canonicalWord(w) === t));
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

function checks(f: FinderFilters): Record<string, Check | undefined> {
  return {
    query: f.query?.trim() ? (s) => matchesQuery(s, f.query!) : undefined,
    age:
      f.age !== undefined && Number.isFinite(f.age)
        ? (s) => (s.eligibility?.age_min ?? 0) <= f.age! && f.age! <= (s.eligibility?.age_max ?? 99)
        : undefined,
    whoseIllness: f.whoseIllness
      ? (s) => !s.eligibility?.whose_illness || s.eligibility.whose_illness === 'either' || s.eligibility.whose_illness === f.whoseIllness
      : undefined,
    situations: f.situations?.length ? (s) => !s.eligibility?.situations?.length || f.situations!.some((x) => s.eligibility!.situations!.includes(x)) : undefined,
    formats: f.formats?.length ? (s) => f.formats!.some((x) => s.format.includes(x)) : undefined,
    audiences: f.audiences?.length ? (s) => f.audiences!.some((x) => s.audience.includes(x)) : undefined,
    languages: f.languages?.length ? (s) => !s.languages?.length || f.languages!.some((x) => s.languages!.includes(x)) : undefined,
    freeOnly: f.freeOnly ? (s) => s.cost === 'free' : undefined,
    noReferral: f.noReferral ? (s) => s.referral_required === false : undefined,
  };
}

/** Filters and counts. A facet's own selection is left out of its counts (OR within, AND across). */
export function filterServices(services: readonly Service[], filters: FinderFilters): FinderResult {
  const all = checks(filters);
  const active = Object.entries(all).filter((e): e is [string, Check] => !!e[1]);
  const passAllBut = (s: Service, skip?: string) => active.every(([name, check]) => name === skip || check(s));
  const results = services.filter((s) => s.status !== 'defunct' && passAllBut(s));
  const count = <T extends string>(facet: FacetName, values: readonly T[], has: (s: Service, v: T) => boolean) => {
    const base = services.filter((s) => s.status !== 'defunct' && passAllBut(s, facet));
    return Object.fromEntries(values.map((v) => [v, base.filter((s) => has(s, v)).length]));
  };
  const languages = [...new Set(services.flatMap((s) => s.languages ?? []))].sort();
  return {
    services: results,
    counts: {
      situations: count('situations', SITUATIONS, (s, v) => !s.eligibility?.situations?.length || s.eligibility.situations.includes(v)),
      formats: count('formats', FORMATS, (s, v) => s.format.includes(v)),
      audiences: count('audiences', AUDIENCES, (s, v) => s.audience.includes(v)),
      languages: count('languages', languages, (s, v) => !s.languages?.length || s.languages.includes(v)),
      whoseIllness: count('whoseIllness', ['parent', 'sibling'] as const, (s, v) => !s.eligibility?.whose_illness || s.eligibility.whose_illness === 'either' || s.eligibility.whose_illness === v),
    },
  };
}
