import { buildIndex, fieldWords, matchTerm, termFor, words, type Term, type WordIndex } from '../search/words.js';
import { WordPostings } from '../search/word-postings.js';
import { allowedEdits, nearestWords } from '../search/fuzzy.js';
import { pick } from '../i18n/lang.js';
import { languages, textsVersion } from '../i18n/registry.js';
import { SITUATIONS, type Service, type Situation } from './service.js';
import { filterServicesWith, prepareCatalog, type FinderFilters, type FinderResult, type Prepared } from './filter.js';
import { audienceLabels, formatLabels, situationLabels, situationLabelsYouth } from './labels.js';
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
  psykiske: 'psykisk', psykiatri: 'psykisk', psykiatrien: 'psykisk', psykiatrisk: 'psykisk', psykiatriske: 'psykisk', psyken: 'psykisk', psyke: 'psykisk', depresjon: 'psykisk',
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
const STOP_WORDS = new Set(searchTokens('er i pa og en ei et som til med jeg eg meg min mi mitt mine har hos av om seg sin si det den ikke ikkje is my in on the a an and has of at to with me his her is was are too'));
const FAMILY_WORDS = new Set(
  searchTokens('mamma mammaen pappa pappaen mor far mum mom dad mother father parent forelder foreldre bror broren soster storesoster lillesoster brother sister bestemor bestefar farmor farfar mormor morfar grandma grandad grandpa'),
);

/** Weights: a hit in the name, the situation tags, elsewhere, or a service for every situation. */
const NAME = 8;
const TAG = 4;
const OTHER = 2;
const GENERAL = 1;

/** A situation word of several words, family words and leading small words left out. */
interface Phrase {
  words: readonly string[];
  situation: Situation;
}

/** Words as a query's are read: canonical, family words left out; the rest in order. */
const phraseWords = (text: string) => searchTokens(text).filter((w) => !FAMILY_WORDS.has(w));
/** Small words at the start left out ("er syk" is "syk"); at the end they count ("lei seg", "ruser seg"). */
function trimmed(ws: string[]): string[] {
  let start = 0;
  while (start < ws.length && STOP_WORDS.has(ws[start]!)) start++;
  return ws.slice(start);
}

/**
 * Each situation's labels (every registered language) and everyday words of one word, indexed
 * once per text version (shared by every service tagged with it; rebuilt when a language's text
 * arrives), and the everyday words of several words as phrases, longest first.
 */
let situationIndexes: { version: number; bySituation: Record<Situation, WordIndex>; phrases: Phrase[] } | undefined;
function situationData(): NonNullable<typeof situationIndexes> {
  if (situationIndexes?.version !== textsVersion()) {
    const langs = languages();
    const phrases: Phrase[] = [];
    const bySituation = Object.fromEntries(
      SITUATIONS.map((s) => {
        const single: string[] = [];
        const texts = [...langs.flatMap((l) => [pick(situationLabels[s], l), pick(situationLabelsYouth[s], l)]), ...Object.values(situationWords[s]).flat()];
        for (const text of texts) {
          const ws = trimmed(phraseWords(text));
          if (ws.length > 1 && Object.values(situationWords[s]).some((list) => list.includes(text))) phrases.push({ words: ws, situation: s });
          else single.push(...ws.filter((w) => !STOP_WORDS.has(w)));
        }
        return [s, buildIndex([single], (w) => w)];
      }),
    ) as Record<Situation, WordIndex>;
    phrases.sort((x, y) => y.words.length - x.words.length);
    situationIndexes = { version: textsVersion(), bySituation, phrases };
  }
  return situationIndexes;
}
const situationIndex = (situation: Situation) => situationData().bySituation[situation];

/** A typed word matches a phrase word when equal, or as its beginning (3+ letters: typing) or ending ("hode" / "hodet"). */
const sameWord = (typed: string, word: string) => typed === word || (typed.length >= 3 && word.startsWith(typed)) || (word.length >= 4 && typed.startsWith(word));

/** The phrases in `ws` (each word used once), and the words left. */
function findPhrases(ws: string[]): { tagged: Set<Situation>[]; rest: string[] } {
  const used = new Array<boolean>(ws.length).fill(false);
  const bySpan = new Map<string, Set<Situation>>();
  for (const { words: phrase, situation } of situationData().phrases) {
    for (let at = 0; at + phrase.length <= ws.length; at++) {
      const span = `${at}:${phrase.length}`;
      if (bySpan.has(span)) {
        if (phrase.every((w, k) => sameWord(ws[at + k]!, w))) bySpan.get(span)!.add(situation);
        continue;
      }
      if (phrase.some((w, k) => used[at + k] || !sameWord(ws[at + k]!, w))) continue;
      for (let k = 0; k < phrase.length; k++) used[at + k] = true;
      bySpan.set(span, new Set([situation]));
    }
  }
  return { tagged: [...bySpan.values()], rest: ws.filter((_, i) => !used[i]) };
}

/** Words of a service per field, per text version: shared by every catalog array holding it. */
const wordsCache = new WeakMap<Service, { version: number; fields: string[][] }>();

/** The words of the format and audience labels, per text version: every service repeats them. */
let labelWords: { version: number; words: Map<string, string[]> } | undefined;
function wordsOf(text: string): readonly string[] {
  if (labelWords?.version !== textsVersion()) {
    const langs = languages();
    const labels = [...Object.values(formatLabels), ...Object.values(audienceLabels)].flatMap((label) => langs.map((l) => pick(label, l)));
    labelWords = { version: textsVersion(), words: new Map(labels.map((label) => [label, searchTokens(label)])) };
  }
  return labelWords.words.get(text) ?? searchTokens(text);
}

/** A service's own words: its name (field 0) and everything else it says (field 1). */
function serviceWords(service: Service): string[][] {
  const cached = wordsCache.get(service);
  if (cached?.version === textsVersion()) return cached.fields;
  const langs = languages();
  const fields = fieldWords(
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
    wordsOf,
  );
  wordsCache.set(service, { version: textsVersion(), fields });
  return fields;
}

/** What a search can match: every word of the catalog and of the situations, and the synonyms' keys. */
interface Vocabulary {
  /** " w1 w2 … " (compound splits are kept only when both parts are in it). */
  text: string;
  index: WordIndex;
  /** The words of letters (no numbers) by length: the candidates of a typo correction. */
  byLength: (readonly string[] | undefined)[];
  /** Typo corrections already looked up (a word is typed a letter at a time). */
  nearest: Map<string, string[]>;
}

/** The index's words with the situations' words and the synonyms' keys: what a query can name. */
function makeVocabulary(postings: WordPostings): Vocabulary {
  const data = situationData();
  for (const s of SITUATIONS) for (const w of data.bySituation[s].text.split(' ')) if (w) postings.addWord(w);
  for (const p of data.phrases) for (const w of p.words) postings.addWord(w);
  for (const [from, to] of Object.entries(SYNONYMS)) if (postings.has(to)) postings.addWord(from);
  const text = postings.vocabulary;
  const byLength: string[][] = [];
  for (const w of postings.words()) if (/^[a-z]{4,}$/.test(w)) (byLength[w.length] ??= []).push(w);
  return { text, index: { text, ends: [text.length] }, byLength, nearest: new Map() };
}

/** A compiled query: its terms and, per term, the situations whose tags it matches. */
interface CompiledQuery {
  terms: Term[];
  tagged: Set<Situation>[];
}

/**
 * The query's terms: phrases first ("syk i hodet" → mental illness), then each other word,
 * without small words and (when something else is named) family words. A word that neither a
 * service nor a situation knows is read as the nearest known word within its allowed edits
 * ("psyksik" → "psykisk"), else left out: one unknown word ("bestemor") never empties the list.
 * No term left: nothing specific was asked (undefined terms with `asked`).
 */
function compile(query: string | undefined, vocab: Vocabulary): { compiled?: CompiledQuery; asked: boolean } {
  const all = searchTokens(query ?? '');
  if (!all.length) return { asked: false };
  const { tagged, rest } = findPhrases(all.filter((w) => !FAMILY_WORDS.has(w)));
  const content = rest.filter((w) => !STOP_WORDS.has(w));
  const family = all.filter((w) => FAMILY_WORDS.has(w));
  const ws = content.length || tagged.length ? content : family.length ? family : all;
  const terms: Term[] = tagged.map(() => []);
  for (const word of ws) {
    let term = termFor(word, vocab.text);
    // The word itself unknown (a compound split may still match by chance: "begravlese" is not
    // "begrav" + "lese"): the nearest known words first, the splits after them.
    if (!known(term.slice(0, 1), vocab)) {
      let near = vocab.nearest.get(word);
      if (!near) {
        if (vocab.nearest.size > 64) vocab.nearest.clear();
        const reach = allowedEdits(word.length);
        const candidates = vocab.byLength.slice(Math.max(0, word.length - reach), word.length + reach + 1).flatMap((list) => list ?? []);
        vocab.nearest.set(word, (near = nearestWords(word, candidates).map(canonicalWord)));
      }
      term = [...near.flatMap((w) => termFor(w, vocab.text)), ...term.slice(1)];
      if (!known(term, vocab)) continue;
    }
    terms.push(term);
    tagged.push(new Set(SITUATIONS.filter((s) => matchTerm(situationIndex(s), term) >= 0)));
  }
  return { compiled: terms.length ? { terms, tagged } : undefined, asked: true };
}

const known = (term: Term, vocab: Vocabulary) => matchTerm(vocab.index, term) >= 0;

/** A service's situations as bits (SITUATIONS order) with HAS_TAGS; 0: a service for every situation. */
const HAS_TAGS = 1 << 30;
function tagBits(situations: readonly Situation[] | undefined): number {
  let bits = situations?.length ? HAS_TAGS : 0;
  for (const s of situations ?? []) {
    const at = SITUATIONS.indexOf(s);
    if (at >= 0) bits |= 1 << at;
  }
  return bits;
}
const situationMask = (tagged: Set<Situation>) => tagBits([...tagged]) & ~HAS_TAGS;

/** A term's weight for one service (0: no match) from where its words were found (`field`, -1: nowhere). */
function weight(field: number, tags: number, mask: number): number {
  if (field === 0) return NAME;
  if (tags) {
    if (tags & mask) return TAG;
  } else if (mask) {
    // A service for every situation (no tags, as the facets count it) matches every situation word.
    return field === 1 ? OTHER : GENERAL;
  }
  return field === 1 ? OTHER : 0;
}

/**
 * The terms that decide whether a service is found: when the query names a situation, its
 * situation words, and the other words only rank ("mamma er lei seg hele tiden": "hele tiden"
 * never narrows the help for "lei seg"); otherwise every word ("kors på halsen").
 */
function decidingTerms(query: CompiledQuery): boolean[] {
  const bySituation = query.tagged.some((s) => s.size > 0);
  return query.tagged.map((s) => !bySituation || s.size > 0);
}

/** One term of a query as scored: where each service has its words, its situations, whether it decides. */
interface ScoredTerm {
  fields: Int8Array;
  mask: number;
  deciding: boolean;
}

/**
 * 0 when the service does not match the query; otherwise higher for a better match. Alone, a
 * service must match every word the query has that it or a situation knows.
 */
export function queryScore(service: Service, query: string): number {
  const postings = new WordPostings();
  postings.add(serviceWords(service));
  const { compiled, asked } = compile(query, makeVocabulary(postings));
  if (!asked) return 1;
  if (!compiled) return 0;
  const deciding = decidingTerms(compiled);
  const tags = tagBits(service.eligibility?.situations);
  let total = 0;
  for (let t = 0; t < compiled.terms.length; t++) {
    const w = weight(postings.termFields(compiled.terms[t]!)[0]!, tags, situationMask(compiled.tagged[t]!));
    if (!w && deciding[t]) return 0;
    total += w;
  }
  return total;
}

export function matchesQuery(service: Service, query: string): boolean {
  return queryScore(service, query) > 0;
}

/** Query terms and compiled queries remembered per catalog: enough for a few queries typed a letter at a time. */
const REMEMBERED = 32;

/** The search of one catalog array, for one text version: built in steps (`prepareSearch`). */
interface CatalogSearch {
  version: number;
  postings: WordPostings;
  /** Per service, its situations (`tagBits`). */
  tags: Int32Array;
  /** Once every service is in. */
  vocab?: Vocabulary;
  /** Per query term (by its alternatives): the field each service holds it in (-1: none). */
  terms: Map<string, Int8Array>;
  queries: Map<string, { compiled?: CompiledQuery; asked: boolean }>;
}
const searches = new WeakMap<Prepared, CatalogSearch>();

/**
 * Indexes the catalog for search for up to `budgetMs` (all of it when omitted) and says whether
 * it is done: a widget can spread the work of a big catalog over idle moments after its first
 * render, so neither the first render nor the first keystroke pays for all of it. A language's
 * text arriving starts it again.
 */
export function prepareSearch(services: readonly Service[], budgetMs = Infinity): boolean {
  return catalogSearch(services, budgetMs).vocab !== undefined;
}

function catalogSearch(services: readonly Service[], budgetMs = Infinity): CatalogSearch {
  const p = prepareCatalog(services);
  let s = searches.get(p);
  if (s?.version !== textsVersion()) {
    s = { version: textsVersion(), postings: new WordPostings(), tags: Int32Array.from(p.live, (x) => tagBits(x.eligibility?.situations)), terms: new Map(), queries: new Map() };
    searches.set(p, s);
  }
  const { postings } = s;
  const start = performance.now();
  while (postings.records < p.live.length) {
    postings.add(serviceWords(p.live[postings.records]!));
    if (postings.records % 256 === 0 && performance.now() - start > budgetMs) return s;
  }
  s.vocab ??= makeVocabulary(postings);
  return s;
}

/** `map.get(key)`, else `make()` remembered, the map emptied when full. */
function remember<T>(map: Map<string, T>, key: string, make: () => T): T {
  if (map.has(key)) return map.get(key)!;
  if (map.size >= REMEMBERED) map.clear();
  const value = make();
  map.set(key, value);
  return value;
}

/** The whole index and the query compiled against it (remembered: each keystroke asks twice). */
function searchFor(services: readonly Service[], query: string | undefined) {
  const s = catalogSearch(services);
  return { s, ...remember(s.queries, query ?? '', () => compile(query, s.vocab!)) };
}

/** Per service: the total weight of the terms, 0 as soon as a deciding term misses. */
function scoreAll(tags: Int32Array, terms: readonly ScoredTerm[], scores: Int32Array): boolean {
  let found = false;
  for (let i = 0; i < scores.length; i++) {
    let total = 0;
    for (const o of terms) {
      const w = weight(o.fields[i]!, tags[i]!, o.mask);
      if (!w && o.deciding) {
        total = 0;
        break;
      }
      total += w;
    }
    scores[i] = total;
    if (total) found = true;
  }
  return found;
}

/**
 * Per service: its score for the query (0: no match); undefined when there is no query. The
 * services that match the most terms (every term, whenever one service does) are kept, ranked
 * by where the words were found: a name, the service's situation tags, its other text, then the
 * services for every situation (the general helplines) last. Each term's services come from the
 * catalog's word index (`WordPostings`) and are remembered, so typing a word looks up only that
 * word. A query in which nothing is known scores every service 0: see `searchCatalog` for what
 * to show then.
 */
export function queryScores(services: readonly Service[], query: string | undefined): Int32Array | undefined {
  if (!searchTokens(query ?? '').length) return undefined;
  const { s, compiled } = searchFor(services, query);
  const scores = new Int32Array(s.tags.length);
  if (!compiled) return scores;
  const deciding = decidingTerms(compiled);
  // Deciding terms first: a service's first miss ends its loop.
  const terms: ScoredTerm[] = compiled.terms
    .map((term, t) => ({
      fields: remember(s.terms, JSON.stringify(term), () => s.postings.termFields(term)),
      mask: situationMask(compiled.tagged[t]!),
      deciding: deciding[t]!,
    }))
    .sort((a, b) => Number(b.deciding) - Number(a.deciding));
  if (scoreAll(s.tags, terms, scores) || terms.filter((o) => o.deciding).length < 2) return scores;
  // No service has every deciding word ("kreft fengsel" in a catalog without both): those with
  // the most of them, so the list is never empty while a word is known.
  const matched = new Uint8Array(scores.length);
  let best = 0;
  for (let i = 0; i < scores.length; i++) {
    let total = 0;
    for (const o of terms) {
      const w = weight(o.fields[i]!, s.tags[i]!, o.mask);
      if (w && o.deciding) matched[i]!++;
      total += w;
    }
    scores[i] = total;
    if (matched[i]! > best) best = matched[i]!;
  }
  for (let i = 0; i < scores.length; i++) if (matched[i] !== best) scores[i] = 0;
  return scores;
}

/** Whether the query names anything a service or a situation knows (false: nothing specific was asked for). */
export function querySaysSomething(services: readonly Service[], query: string | undefined): boolean {
  if (!searchTokens(query ?? '').length) return true;
  return searchFor(services, query).compiled !== undefined;
}

export type { FacetName, FinderFilters, FinderResult } from './filter.js';

/**
 * Filters and counts in one pass over the services (`filterServicesWith`); with a query,
 * results are ranked: a hit in the name first, then in the situation tags, then in the description.
 */
export function filterServices(services: readonly Service[], filters: FinderFilters): FinderResult {
  return filterServicesWith(services, filters, queryScores(services, filters.query));
}
