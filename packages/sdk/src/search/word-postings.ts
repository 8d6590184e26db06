import type { Term } from './words.js';

/** Fields a record may have (name first, then everything else); a posting is `record * FIELDS + field`. */
const FIELDS = 2;
/** Needles whose hits are remembered: the words of a few queries typed a letter at a time. */
const REMEMBERED = 48;

/** The records a needle occurs in: the lowest field per record (-1: none) and the records hit. */
interface Hits {
  fields: Int8Array;
  records: number[];
}

/**
 * An inverted index over records of words (the finder's services, the role panel's units): each
 * distinct word once, in the order first seen, with the records holding it. A typed word's
 * needles are looked for in the vocabulary (one `indexOf` walk over the distinct words), then
 * its records are read from the postings, so a keystroke does not read every record's text
 * (issue 29: 50,000 services, 25,000 units). It finds exactly what `matchTerm` finds in each
 * record's own index (`word-postings.test.ts`, generated records and queries). Records are
 * added one at a time, so a widget can build it in idle steps.
 */
export class WordPostings {
  /** " w0 w1 … ": every word once, each followed by a space. */
  private text = ' ';
  /** Where word k starts in `text`. */
  private readonly starts: number[] = [];
  private readonly ids = new Map<string, number>();
  /** Per word, its records (ascending) with the lowest field each holds it in. */
  private readonly postings: number[][] = [];
  private count = 0;
  private readonly remembered = new Map<string, Hits>();

  /** How many records were added. */
  get records(): number {
    return this.count;
  }

  /** " w0 w1 … ": every word known, records' and extra (`addWord`), to test needles against. */
  get vocabulary(): string {
    return this.text;
  }

  /** The words known, in the order first seen. */
  words(): IterableIterator<string> {
    return this.ids.keys();
  }

  has(word: string): boolean {
    return this.ids.has(word);
  }

  /** A word that matches as known without any record holding it (situation words, synonyms). */
  addWord(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.starts.length;
      this.ids.set(word, id);
      this.starts.push(this.text.length);
      this.text += `${word} `;
      this.postings.push([]);
    }
    return id;
  }

  /** Adds the next record: its words per field, highest weight first (at most two fields). */
  add(fields: readonly (readonly string[])[]): void {
    const record = this.count++;
    for (let field = 0; field < Math.min(fields.length, FIELDS); field++) {
      for (const word of fields[field]!) {
        if (!word) continue;
        const list = this.postings[this.addWord(word)]!;
        // Already held by this record (this field or a higher one): the lowest field counts.
        if (list.length && Math.floor(list[list.length - 1]! / FIELDS) === record) continue;
        list.push(record * FIELDS + field);
      }
    }
    this.remembered.clear();
  }

  /** The word whose letters (or the space before them) are at `at` in `text`. */
  private wordAt(at: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** Every record holding a word in which `needle` occurs (" x": a word starting with x). */
  private hits(needle: string): Hits {
    const known = this.remembered.get(needle);
    if (known) return known;
    const fields = new Int8Array(this.count).fill(-1);
    const records: number[] = [];
    const start = needle.startsWith(' ') ? 1 : 0;
    if (needle.length > start) {
      for (let at = this.text.indexOf(needle); at >= 0; ) {
        const id = this.wordAt(at + start);
        for (const posting of this.postings[id]!) {
          const record = Math.floor(posting / FIELDS);
          const field = posting - record * FIELDS;
          const was = fields[record]!;
          if (was < 0) records.push(record);
          if (was < 0 || field < was) fields[record] = field;
        }
        // On from the space before the next word: one word is read once.
        at = id + 1 < this.starts.length ? this.text.indexOf(needle, this.starts[id + 1]! - 1) : -1;
      }
    }
    if (this.remembered.size >= REMEMBERED) this.remembered.clear();
    const hits = { fields, records };
    this.remembered.set(needle, hits);
    return hits;
  }

  /**
   * Per record, the field `matchTerm` finds the term in (-1: none): the first alternative whose
   * needles all occur in the record decides, at its first needle's lowest field.
   */
  termFields(term: Term): Int8Array {
    const out = new Int8Array(this.count).fill(-1);
    for (const alternative of term) {
      if (!alternative.length) continue;
      const [first, ...rest] = alternative.map((needle) => this.hits(needle));
      for (const record of first!.records) {
        if (out[record]! >= 0) continue;
        if (rest.every((h) => h.fields[record]! >= 0)) out[record] = first!.fields[record]!;
      }
    }
    return out;
  }
}
