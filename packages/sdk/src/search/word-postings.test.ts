/**
 * The inverted index (`WordPostings`) finds exactly what the plain rule finds: `matchTerm` over
 * each record's own index (issue 29: the index replaced a scan of every record per keystroke).
 * Generated records use few letters, so prefixes, substrings, compound splits and words held in
 * both fields occur often; terms come from typed words as a search builds them (`termFor` with
 * the vocabulary) and from raw needles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildIndex, matchTerm, termFor, type Term } from './words.js';
import { WordPostings } from './word-postings.js';

// Letters normalisation leaves alone ("aa" would become "a"), with the endings the stemmer knows.
const word = fc.stringMatching(/^[enrst]{1,9}$/);
const field = fc.array(word, { maxLength: 6 });
const record = fc.tuple(field, field);
const needle = fc.tuple(fc.boolean(), fc.stringMatching(/^[enrst]{1,5}$/)).map(([start, w]) => (start ? ` ${w}` : w));
const rawTerm: fc.Arbitrary<Term> = fc.array(fc.array(needle, { minLength: 1, maxLength: 3 }), { maxLength: 4 });

function indexed(records: readonly (readonly string[][])[]): WordPostings {
  const postings = new WordPostings();
  for (const fields of records) postings.add(fields);
  return postings;
}

test('property: per record, the field a term is found in is the one matchTerm finds in its own index', () => {
  fc.assert(
    fc.property(fc.array(record, { minLength: 1, maxLength: 25 }), fc.array(word, { maxLength: 6 }), fc.array(rawTerm, { maxLength: 4 }), (records, typed, raw) => {
      const postings = indexed(records);
      const own = records.map((fields) => buildIndex(fields.map((ws) => [ws.join(' ')])));
      for (const term of [...typed.map((w) => termFor(w, postings.vocabulary)), ...raw]) {
        const fields = postings.termFields(term);
        assert.equal(fields.length, records.length);
        own.forEach((index, i) => assert.equal(fields[i], matchTerm(index, term), `${JSON.stringify(term)} in record ${i}: ${JSON.stringify(records[i])}`));
      }
    }),
    { numRuns: 300, seed: 29 },
  );
});

test('property: hits remembered while records are added are not reused for the bigger index', () => {
  fc.assert(
    fc.property(fc.array(record, { minLength: 2, maxLength: 12 }), rawTerm, (records, term) => {
      const postings = new WordPostings();
      for (const fields of records) {
        postings.add(fields);
        postings.termFields(term);
      }
      assert.deepEqual([...postings.termFields(term)], [...indexed(records).termFields(term)]);
    }),
    { numRuns: 200, seed: 7 },
  );
});

test('a word held in the name and the description counts as a name hit; extra words match no record', () => {
  const postings = indexed([[['sorg'], ['sorg', 'samtale']], [['gruppe'], ['sorggruppe']]]);
  postings.addWord('sorgen');
  assert.deepEqual([...postings.termFields([[' sorg']])], [0, 1]);
  assert.deepEqual([...postings.termFields([[' samt']])], [1, -1]);
  assert.deepEqual([...postings.termFields([['gruppe']])], [-1, 0]);
  assert.deepEqual([...postings.termFields([[' sorgen']])], [-1, -1]);
  assert.ok(postings.vocabulary.includes(' sorgen '));
  assert.equal(postings.records, 2);
});
