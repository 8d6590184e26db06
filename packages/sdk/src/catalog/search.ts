import { buildIndex, matchTerm, termFor, vocabulary, words, type Term, type WordIndex } from '../search/words.js';
import { pick } from '../i18n/lang.js';
import { languages, textsVersion } from '../i18n/registry.js';
import { SITUATIONS, type Service, type Situation } from './service.js';
import { filterServicesWith, prepareCatalog, type FinderFilters, type FinderResult, type Prepared } from './filter.js';
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

/**
 * Indexes the catalog for search for up to `budgetMs` (all of it when omitted) and says whether
 * it is done: a widget can spread the work of a big catalog over idle moments after its first
 * render, so neither the first render nor the first keystroke pays for all of it.
 */
export function prepareSearch(services: readonly Service[], budgetMs = Infinity): boolean {
  const p = prepareCatalog(services);
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

const UNKNOWN = -2;
/** Query terms remembered per catalog: enough for the words of a few queries. */
const REMEMBERED_TERMS = 32;

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
export function queryScores(services: readonly Service[], query: string | undefined): Int32Array | undefined {
  if (!queryWords(query ?? '').length) return undefined;
  prepareSearch(services);
  const p = prepareCatalog(services);
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

export type { FacetName, FinderFilters, FinderResult } from './filter.js';

/**
 * Filters and counts in one pass over the services (`filterServicesWith`); with a query,
 * results are ranked: a hit in the name first, then in the situation tags, then in the description.
 */
export function filterServices(services: readonly Service[], filters: FinderFilters): FinderResult {
  return filterServicesWith(services, filters, queryScores(services, filters.query));
}
