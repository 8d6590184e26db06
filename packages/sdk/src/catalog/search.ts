import { buildIndex, matchTerm, termFor, vocabulary, words, type Term, type WordIndex } from '../search/words.js';
import { allowedEdits, nearestWords } from '../search/fuzzy.js';
import { pick } from '../i18n/lang.js';
import { languages, textsVersion } from '../i18n/registry.js';
import { SITUATIONS, type Service, type Situation } from './service.js';
import { filterServicesWith, prepareCatalog, type FinderFilters, type FinderResult, type Prepared, type Vocabulary } from './filter.js';
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


function makeVocabulary(seen: Set<string>): Vocabulary {
  const data = situationData();
  for (const s of SITUATIONS) for (const w of data.bySituation[s].text.split(' ')) if (w) seen.add(w);
  for (const p of data.phrases) for (const w of p.words) seen.add(w);
  for (const [from, to] of Object.entries(SYNONYMS)) if (seen.has(to)) seen.add(from);
  const text = vocabulary(seen);
  const byLength: string[][] = [];
  for (const w of seen) if (/^[a-z]{4,}$/.test(w)) (byLength[w.length] ??= []).push(w);
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

/** A term's weight for one service (0: no match) from where its words were found. */
function weight(field: number, situations: readonly Situation[] | undefined, tagged: Set<Situation>): number {
  if (field === 0) return NAME;
  if (situations?.length) {
    if (situations.some((s) => tagged.has(s))) return TAG;
  } else if (tagged.size) {
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

/**
 * 0 when the service does not match the query; otherwise higher for a better match. Alone, a
 * service must match every word the query has that it or a situation knows.
 */
export function queryScore(service: Service, query: string): number {
  const seen = new Set<string>();
  const index = serviceIndex(service, seen);
  const { compiled, asked } = compile(query, makeVocabulary(seen));
  if (!asked) return 1;
  if (!compiled) return 0;
  const deciding = decidingTerms(compiled);
  let total = 0;
  for (let t = 0; t < compiled.terms.length; t++) {
    const w = weight(matchTerm(index, compiled.terms[t]!), service.eligibility?.situations, compiled.tagged[t]!);
    if (!w && deciding[t]) return 0;
    total += w;
  }
  return total;
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
    p.vocab = makeVocabulary(p.seen);
    p.seen = new Set();
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
 * Per service: its score for the query (0: no match); undefined when there is no query. The
 * services that match the most terms (every term, whenever one service does) are kept, ranked
 * by where the words were found: a name, the service's situation tags, its other text, then the
 * services for every situation (the general helplines) last. Each term's matches are
 * remembered, so typing a word re-reads only that word. A query in which nothing is known
 * scores every service 0: see `searchCatalog` for what to show then.
 */
export function queryScores(services: readonly Service[], query: string | undefined): Int32Array | undefined {
  if (!searchTokens(query ?? '').length) return undefined;
  prepareSearch(services);
  const p = prepareCatalog(services);
  const scores = new Int32Array(p.live.length);
  const { compiled } = compile(query, p.vocab!);
  if (!compiled) return scores;
  const deciding = decidingTerms(compiled);
  // Deciding terms first, remembered ones first among them: a new word (the one being typed)
  // is looked for only where the others matched.
  const order = compiled.terms
    .map((term, t) => ({ t, term, deciding: deciding[t]!, tagged: compiled.tagged[t]!, ...termFields(p, term) }))
    .sort((a, b) => Number(b.deciding) - Number(a.deciding) || Number(b.known) - Number(a.known));
  const field = (o: (typeof order)[number], i: number) => {
    let f = o.fields[i]!;
    if (f === UNKNOWN) f = o.fields[i] = o.term.length ? matchTerm(p.indexes[i]!, o.term) : -1;
    return f;
  };
  // Every deciding term: the usual case, stopping at a service's first miss.
  let found = false;
  for (let i = 0; i < p.live.length; i++) {
    const situations = p.live[i]!.eligibility?.situations;
    let total = 0;
    for (const o of order) {
      const w = weight(field(o, i), situations, o.tagged);
      if (!w && o.deciding) {
        total = 0;
        break;
      }
      total += w;
    }
    scores[i] = total;
    if (total) found = true;
  }
  if (found || order.filter((o) => o.deciding).length < 2) return scores;
  // No service has every deciding word ("kreft fengsel" in a catalog without both): those with
  // the most of them, so the list is never empty while a word is known.
  const matched = new Uint8Array(p.live.length);
  let best = 0;
  for (let i = 0; i < p.live.length; i++) {
    const situations = p.live[i]!.eligibility?.situations;
    let total = 0;
    for (const o of order) {
      const w = weight(field(o, i), situations, o.tagged);
      if (w && o.deciding) matched[i]!++;
      total += w;
    }
    scores[i] = total;
    if (matched[i]! > best) best = matched[i]!;
  }
  for (let i = 0; i < p.live.length; i++) if (matched[i] !== best) scores[i] = 0;
  return scores;
}

/** Whether the query names anything a service or a situation knows (false: nothing specific was asked for). */
export function querySaysSomething(services: readonly Service[], query: string | undefined): boolean {
  if (!searchTokens(query ?? '').length) return true;
  prepareSearch(services);
  return compile(query, prepareCatalog(services).vocab!).compiled !== undefined;
}

export type { FacetName, FinderFilters, FinderResult } from './filter.js';

/**
 * Filters and counts in one pass over the services (`filterServicesWith`); with a query,
 * results are ranked: a hit in the name first, then in the situation tags, then in the description.
 */
export function filterServices(services: readonly Service[], filters: FinderFilters): FinderResult {
  return filterServicesWith(services, filters, queryScores(services, filters.query));
}
