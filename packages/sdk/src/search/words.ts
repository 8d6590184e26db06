import { normalizeText } from '../shared/safe-href.js';

/**
 * Word search shared by the finder's catalog search and the role panel's unit search:
 * case, diacritics and æ/ø/å spellings ignored (normalizeText), prefixes match while typing,
 * a light Norwegian stem ("tjenesten" finds "tjenester") and compounds split both ways
 * ("hjemmetjenesten" finds "hjemmebaserte tjenester"; "sykepleien" finds "hjemmesykepleien").
 *
 * An index is one string " w1 w2 … " per record, its fields in falling weight (name first),
 * so one `indexOf` both tests a word and tells which field it was found in.
 */

/** Folds a word onto a canonical form (bokmål/nynorsk variants); identity by default. */
export type Canonical = (word: string) => string;
const same: Canonical = (word) => word;

export function words(text: string, canonical: Canonical = same): string[] {
  return normalizeText(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map(canonical);
}

/** Definite and plural endings of bokmål and nynorsk nouns and adjectives, longest first. */
const ENDINGS = ['ene', 'ane', 'ers', 'ets', 'en', 'et', 'er', 'ar', 'a', 'e', 's'];
const MIN_STEM = 4;

/** "tjenesten" → "tjenest": what is left when a common ending is taken off (never under 4 letters). */
export function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

export interface WordIndex {
  /** " w1 w2 … " over all fields. */
  text: string;
  /** Where each field ends in `text`, in the order the fields were given. */
  ends: number[];
}

/** Each field's distinct words (a list of texts per field), in the order first written. */
export function fieldWords(fields: readonly (readonly string[])[], wordsOf: (text: string) => readonly string[] = words): string[][] {
  return fields.map((field) => {
    const unique = new Set<string>();
    for (const part of new Set(field)) if (part) for (const w of wordsOf(part)) unique.add(w);
    return [...unique];
  });
}

/**
 * Builds a record's index from its fields (each a list of texts), highest weight first.
 * `seen`, when given, collects every word (the vocabulary of many records).
 */
export function buildIndex(fields: readonly (readonly string[])[], canonical: Canonical = same, seen?: Set<string>): WordIndex {
  let text = ' ';
  const ends: number[] = [];
  for (const unique of fieldWords(fields, (text) => words(text, canonical))) {
    if (unique.length) text += `${unique.join(' ')} `;
    ends.push(text.length);
    if (seen) for (const w of unique) seen.add(w);
  }
  return { text, ends };
}

/** Every distinct word as one string, to rule out compound splits no record can match. */
export function vocabulary(seen: Iterable<string>): string {
  return ` ${[...seen].join(' ')} `;
}

/** One way a typed word can match: every needle must occur in the index. */
type Alternative = readonly string[];
/** One typed word: matches when any of its alternatives does. */
export type Term = readonly Alternative[];

/**
 * The alternatives for one typed (normalised, canonical) word, most exact first:
 * a word containing its stem (5+ letters: also a compound's tail), or else a word starting
 * with it or its stem;
 * a compound split "head+tail" where a word starts with the head and one contains the tail's
 * stem. Splits are kept only when `vocab` (if given) holds both parts.
 */
export function termFor(word: string, vocab?: string): Term {
  const root = stem(word);
  // A stem of 5+ letters anywhere in a word covers the word and stem at a word's start too.
  const alternatives: Alternative[] = root.length >= 5 ? [[root]] : root !== word ? [[` ${word}`], [` ${root}`]] : [[` ${word}`]];
  for (let cut = 4; cut <= word.length - MIN_STEM; cut++) {
    const head = ` ${word.slice(0, cut)}`;
    const tail = stem(word.slice(cut));
    if (tail.length < MIN_STEM) continue;
    if (vocab && !(vocab.includes(head) && vocab.includes(tail))) continue;
    alternatives.push([head, tail]);
  }
  return alternatives;
}

/** The field (0 = first) of the first hit of the term's first matching alternative, or -1. */
export function matchTerm(index: WordIndex, term: Term): number {
  for (const alternative of term) {
    let at = -1;
    for (const needle of alternative) {
      const found = index.text.indexOf(needle);
      if (found < 0) {
        at = -1;
        break;
      }
      // A needle " x" is found at the space before the word: the word's field counts, not the
      // field ending in that space (the first word of a description is no name hit).
      if (at < 0) at = needle.startsWith(' ') ? found + 1 : found;
    }
    if (at < 0) continue;
    let field = 0;
    while (field < index.ends.length - 1 && at >= index.ends[field]!) field++;
    return field;
  }
  return -1;
}

/** 0 when some term does not match; otherwise the sum of `weights[field]` of each term's hit. */
export function scoreIndex(index: WordIndex, terms: readonly Term[], weights: readonly number[]): number {
  let score = 0;
  for (const term of terms) {
    const field = matchTerm(index, term);
    if (field < 0) return 0;
    score += weights[field] ?? 1;
  }
  return score;
}
