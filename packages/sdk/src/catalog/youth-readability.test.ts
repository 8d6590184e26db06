/**
 * Readability of the youth view (issue 13: LIX ≤ 35 for youth texts, ages 12–18).
 * LIX = words / sentences + 100 × long words / words, where a long word has more than six
 * letters; a text without a full stop counts as one sentence.
 * Invariants:
 * - every youth-facing text in bokmål, nynorsk and English has LIX ≤ 35 (English since issue 29:
 *   it was never adapted, up to 61.5; shared/reviews/language.md rows 14–18): the finder's youth messages
 *   (keys ending in `Youth`) and the descriptions of the national services the youth view shows
 *   (audience youth or children); the youth situation labels are scored together as one text,
 *   a label a sentence (LIX is a measure of running text: a four-word label with "familien" in
 *   it would score 54 alone, and "Noen hjemme" instead would wrongly leave out a parent who
 *   lives elsewhere);
 * - service names are proper names ("Kirkens SOS", "BARsnakk"): they are not rewritten and not
 *   scored;
 * - the texts scored are the ones a reader gets: nynorsk is loaded and differs from bokmål.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLanguage } from '../i18n/registry.js';
import { format } from '../i18n/messages.js';
import { pick } from '../i18n/lang.js';
import { nationalCatalog } from './national.js';
import { situationLabelsYouth } from './labels.js';
import { finderMessages, type FinderMessageKey } from './translations/index.js';

const LIX_LIMIT = 35;

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];

/** LIX of a text (0 for a text without words). */
function lix(text: string): number {
  const words = wordsOf(text);
  if (!words.length) return 0;
  const sentences = Math.max(1, (text.match(/[.!?:;]+(?=\s|$)/g) ?? []).length);
  const long = words.filter((word) => word.replace(/[-'’]/g, '').length > 6).length;
  return words.length / sentences + (100 * long) / words.length;
}

/** Every youth-facing text in one language, named by where it comes from. */
function youthTexts(lang: 'nb' | 'nn' | 'en'): { where: string; text: string }[] {
  const messageKeys = Object.keys(finderMessages.nb).filter((key) => key.endsWith('Youth')) as FinderMessageKey[];
  const shownToYouth = nationalCatalog.filter((s) => s.audience.some((a) => a === 'youth' || a === 'children'));
  return [
    ...messageKeys.map((key) => ({ where: `finder.${key}`, text: format(finderMessages, lang, key, { count: 0 }) })),
    { where: 'youthSituation (all labels, one a sentence)', text: Object.values(situationLabelsYouth).map((label) => `${pick(label, lang)}.`).join(' ') },
    ...shownToYouth.map((s) => ({ where: `national.${s.id}.description`, text: pick(s.description, lang) })),
  ];
}

test('lix: known values, and hostile text never gives NaN', () => {
  // 2 words, 1 sentence, 1 long word: 2 + 50.
  assert.equal(lix('Alderen din'), 52);
  // 8 words, 2 sentences, 2 long words (samtaler, kontakt): 4 + 25.
  assert.equal(lix('Gratis samtaler for unge. Du kan ta kontakt.'), 29);
  assert.equal(lix('Hvor gammel er du?'), 4);
  for (const text of ['', '...', '   ', '\u0000', '– – –', '!!!?', 'å'.repeat(10_000), '1 2 3. 4']) assert.ok(Number.isFinite(lix(text)), text);
});

for (const lang of ['nb', 'nn', 'en'] as const) {
  test(`${lang}: every youth-facing text has LIX ≤ ${LIX_LIMIT}`, async () => {
    await loadLanguage(lang);
    const texts = youthTexts(lang);
    assert.ok(texts.length >= 20, `only ${texts.length} youth texts found`);
    const tooHard = texts.filter(({ text }) => lix(text) > LIX_LIMIT).map(({ where, text }) => `${where} (LIX ${lix(text).toFixed(1)}): ${text}`);
    assert.deepEqual(tooHard, []);
  });
}

test('nn youth texts are nynorsk, not bokmål left over', async () => {
  await loadLanguage('nn');
  const nb = new Map(youthTexts('nb').map(({ where, text }) => [where, text]));
  const nn = youthTexts('nn');
  const differ = nn.filter(({ where, text }) => nb.get(where) !== text);
  assert.ok(differ.length > nn.length / 2, `${differ.length} of ${nn.length} nn youth texts differ from bokmål`);
});
