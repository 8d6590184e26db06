/*
 * Invariants of the shipped text (roles, catalogue labels, national catalogue, the routine's
 * procedure and guidance, consent labels, and the role panel's, finder's, checklist's and
 * consent form's messages):
 * 1. Every shipped language has exactly bokmål's keys in every area: nothing missing (a reader
 *    never gets bokmål by accident), nothing orphaned.
 * 2. No text names an internal source ("002 §3.3.1"), and none holds markup.
 * 3. No text uses a term the glossary marks as wrong for its language.
 * 4. Legal references are localized: each language names the law in its own words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { glossary, SEED_REFERENCE } from './glossary.js';
import { rolesNb } from '../roles/content/nb.js';
import { rolesNn } from '../roles/content/nn.js';
import { rolesEn } from '../roles/content/en.js';
import { labelsNb } from '../catalog/content/labels-nb.js';
import { labelsNn } from '../catalog/content/labels-nn.js';
import { labelsEn } from '../catalog/content/labels-en.js';
import { nationalNb } from '../catalog/content/national-nb.js';
import { nationalNn } from '../catalog/content/national-nn.js';
import { nationalEn } from '../catalog/content/national-en.js';
import { rolePanelNb } from '../roles/translations/nb.js';
import { rolePanelNn } from '../roles/translations/nn.js';
import { rolePanelEn } from '../roles/translations/en.js';
import { finderNb } from '../catalog/translations/nb.js';
import { finderNn } from '../catalog/translations/nn.js';
import { finderEn } from '../catalog/translations/en.js';
import { checklistMessages } from '../routine/translations/index.js';
import { checklistNn } from '../routine/translations/nn.js';
import { checklistEn } from '../routine/translations/en.js';
import { consentMessages } from '../consent/translations/index.js';
import { consentNn } from '../consent/translations/nn.js';
import { consentEn } from '../consent/translations/en.js';
import { routineNb } from '../routine/content/nb.js';
import { routineNn } from '../routine/content/nn.js';
import { routineEn } from '../routine/content/en.js';
import { consentLabelsNb } from '../consent/content/nb.js';
import { consentLabelsNn } from '../consent/content/nn.js';
import { consentLabelsEn } from '../consent/content/en.js';
import { errorMessages } from '../errors/bsp-error.js';
import { errorIssueMessages } from '../errors/issue-messages.js';
import { errorsNn } from '../errors/translations/nn.js';
import { errorsEn } from '../errors/translations/en.js';

type Table = Readonly<Record<string, unknown>>;
const areas: Record<string, Record<'nb' | 'nn' | 'en', Table>> = {
  roles: { nb: rolesNb, nn: rolesNn, en: rolesEn },
  labels: { nb: labelsNb, nn: labelsNn, en: labelsEn },
  national: { nb: nationalNb, nn: nationalNn, en: nationalEn },
  'role-panel': { nb: rolePanelNb, nn: rolePanelNn, en: rolePanelEn },
  finder: { nb: finderNb, nn: finderNn, en: finderEn },
  checklist: { nb: checklistMessages.nb, nn: checklistNn, en: checklistEn },
  consent: { nb: consentMessages.nb, nn: consentNn, en: consentEn },
  routine: { nb: routineNb, nn: routineNn, en: routineEn },
  'consent-labels': { nb: consentLabelsNb, nn: consentLabelsNn, en: consentLabelsEn },
  errors: { nb: { ...errorMessages.nb, ...errorIssueMessages.nb }, nn: errorsNn, en: errorsEn },
};

/** Every text of a table; message functions are called with sample values. */
function texts(table: Table): [string, string][] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'function' ? [1, 2].map((n) => [key, String((value as (p: object) => string)({ count: n, min: 1, max: 2 }))] as [string, string]) : [[key, String(value)]],
  );
}

test('every shipped language has exactly the bokmål keys (1)', () => {
  for (const [area, langs] of Object.entries(areas)) {
    const keys = Object.keys(langs.nb).sort();
    for (const lang of ['nn', 'en'] as const) assert.deepEqual(Object.keys(langs[lang]).sort(), keys, `${area} ${lang}`);
  }
});

test('no internal source numbers and no markup in any text (2)', () => {
  for (const [area, langs] of Object.entries(areas)) {
    for (const [lang, table] of Object.entries(langs)) {
      for (const [key, text] of texts(table)) {
        assert.doesNotMatch(text, SEED_REFERENCE, `${area} ${lang} ${key}`);
        assert.doesNotMatch(text, /<[a-z/!]/i, `${area} ${lang} ${key}`);
      }
    }
  }
});

test('no text uses a term the glossary marks as wrong (3)', () => {
  const found: string[] = [];
  for (const [area, langs] of Object.entries(areas)) {
    for (const rule of glossary) {
      const table = langs[rule.lang as 'nb' | 'nn' | 'en'];
      for (const [key, text] of table ? texts(table) : []) if (rule.wrong.test(text)) found.push(`${area} ${rule.lang} ${key}: "${text}" → ${rule.use}`);
    }
  }
  assert.deepEqual(found, []);
});

test('the glossary catches what it is meant to catch (3)', () => {
  const hits = (lang: string, text: string) => glossary.some((r) => r.lang === lang && r.wrong.test(text));
  assert.ok(hits('en', "Documents in the patient's journal."));
  assert.ok(hits('en', 'Health station'));
  assert.ok(hits('nn', 'Born som pårørande'));
  assert.ok(hits('nn', 'fra 1. august'));
  assert.ok(!hits('nn', 'frå 1. august'));
  assert.ok(SEED_REFERENCE.test('(002 §3.3.1)'));
  assert.ok(!SEED_REFERENCE.test('Helsepersonelloven § 10 a'));
});

test('legal references name the law in each language (4)', () => {
  const legal = Object.keys(rolesNb).filter((k) => k.endsWith('.legalBasis'));
  assert.ok(legal.length >= 8);
  for (const key of legal) {
    const text = (table: Table) => String(table[key]);
    const [nb, nn, en] = [text(rolesNb), text(rolesNn), text(rolesEn)] as const;
    assert.notEqual(nn, nb, key.concat(' nn'));
    if (/§/.test(nb)) assert.match(en, /\bAct\b/, key);
    if (/loven\b/.test(nb)) assert.match(nn, /lova\b/, key);
  }
});
