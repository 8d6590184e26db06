// Records built the way the checklist and the consent form build them are valid by construction,
// which is why those widgets load their validators only for host data (a record, an overlay, a
// stored draft). Generated over many seeds with every answer option, hostile text at the
// widgets' input limits (maxlength), widget-style child ids, exclusions, note edits longer than
// the schema allows (setNoteEdit keeps its limit), consent decisions and withdrawals. And the
// limits the widgets hold their inputs to are exactly the schema's: one character more fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addConsentEntry, CONSENT_INFORMATION, CONSENT_RECIPIENTS, CONSENT_TEXT_LIMITS, emptyConsentRecord, withdrawConsent, type ConsentRecord } from '../consent/consent.js';
import { consentRecordSchema, readConsentRecord } from '../consent/consent-schema.js';
import { allQuestions, defaultProcedure as P, type Question } from './procedure.js';
import { CHECKLIST_RECORD_VERSION, RECORD_TEXT_LIMITS, emptyRecord, type Answer, type ChecklistRecord } from './record.js';
import { checklistRecordSchema, readChecklistRecord } from './record-schema.js';
import { noteItems, setExcluded, setNoteEdit } from './note.js';

function rng(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const HOSTILE = `<img src=x onerror=alert(1)> «æøå» \u0000\u202e ${'ø'.repeat(25_000)}`;
/** The limits the widgets' inputs use (answer-controls.ts, summary.ts, the child label, consent-form.ts) and the schemas check. */
const LIMITS = { ...RECORD_TEXT_LIMITS, ...CONSENT_TEXT_LIMITS };

function answerFor(q: Question, random: () => number): Answer | undefined {
  if (random() < 0.3) return undefined;
  if (q.type === 'text') return HOSTILE.slice(0, Math.floor(random() * LIMITS.answer) + 1);
  if (q.type === 'date') return '2026-11-30';
  if (q.type === 'yesno') return random() < 0.5 ? 'yes' : 'no';
  const values = (q.options ?? []).map((o) => o.value);
  return q.type === 'multi' ? values.filter(() => random() < 0.5) : values[Math.floor(random() * values.length)];
}

/** A record as the checklist builds it from a user's input. */
function builtRecord(seed: number): ChecklistRecord {
  const random = rng(seed);
  const childQuestionIds = new Set(P.steps.flatMap((s) => (s.childQuestions ?? []).map((q) => q.id)));
  let record = emptyRecord();
  for (const q of allQuestions(P)) {
    const value = childQuestionIds.has(q.id) ? undefined : answerFor(q, random);
    if (value !== undefined) record.answers[q.id] = value;
  }
  // child-checklist.ts addChildEntry: `child-<time in base 36>-<index>`.
  record.children = Array.from({ length: Math.floor(random() * 6) }, (_, i) => {
    const answers: Record<string, Answer> = {};
    for (const q of allQuestions(P)) {
      const value = childQuestionIds.has(q.id) ? answerFor(q, random) : undefined;
      if (value !== undefined) answers[q.id] = value;
    }
    return { id: `child-${(Date.now() + seed).toString(36)}-${i}`, ...(random() < 0.5 ? { label: HOSTILE.slice(0, LIMITS.childLabel) } : {}), answers };
  });
  for (const item of noteItems(record, P, 'nb')) {
    if (random() < 0.2) record = setExcluded(record, item.key, true, P);
    // A rewording as long as the item text it starts from (which may exceed the edit's limit).
    if (random() < 0.1) record = setNoteEdit(record, item.key, `${item.text} ${HOSTILE}`, P);
  }
  if (random() < 0.5) record.addendum = HOSTILE.slice(0, LIMITS.addendum);
  if (random() < 0.7) record.consent = builtConsent(random, record.children.map((c) => c.id));
  record.updatedAt = new Date().toISOString();
  return record;
}

/** A consent record as the consent form builds it (save, withdraw). */
function builtConsent(random: () => number, childIds: string[]): ConsentRecord {
  let consent = emptyConsentRecord();
  for (let i = 0; i < 12; i++) {
    const recipient = CONSENT_RECIPIENTS[Math.floor(random() * CONSENT_RECIPIENTS.length)]!;
    const at = new Date(Date.UTC(2026, 10, 23, 10, i)).toISOString();
    const recordedBy = random() < 0.5 ? HOSTILE.slice(0, LIMITS.recordedBy) : undefined;
    const recipientName = recipient === 'other' ? HOSTILE.slice(0, LIMITS.recipientName) : undefined;
    if (random() < 0.2) {
      consent = withdrawConsent(consent, recipient, { at, recordedBy, recipientName });
      continue;
    }
    const decision = random() < 0.7 ? 'given' : 'refused';
    consent = addConsentEntry(consent, {
      at,
      recipient,
      recipientName,
      decision,
      information: decision === 'given' ? CONSENT_INFORMATION.filter(() => random() < 0.6) : [],
      informationOther: decision === 'given' && random() < 0.3 ? HOSTILE.slice(0, LIMITS.informationOther) : undefined,
      children: childIds.filter(() => random() < 0.5),
      method: decision === 'given' ? (random() < 0.5 ? 'written' : 'verbal') : undefined,
      recordedBy,
    });
  }
  return consent;
}

test('records built as the widgets build them pass the schemas and read back unchanged', () => {
  for (let seed = 1; seed <= 60; seed++) {
    const record = builtRecord(seed);
    const checked = checklistRecordSchema.safeParse(record);
    assert.ok(checked.success, `seed ${seed}: ${JSON.stringify(checked.error?.issues.slice(0, 3))}`);
    // A draft goes through JSON: what is read back is what was stored.
    const stored = JSON.parse(JSON.stringify({ record, step: 3 })) as { record: unknown };
    const read = readChecklistRecord(stored.record, 'nb');
    assert.ok(read.ok);
    assert.deepEqual(read.value, JSON.parse(JSON.stringify(record)));
    if (record.consent) assert.ok(readConsentRecord(JSON.parse(JSON.stringify(record.consent)), { lang: 'nb' }).ok, `seed ${seed}: consent`);
  }
});

test('the widgets’ input limits are exactly the schemas’: one character more is refused', () => {
  const over = (n: number) => 'x'.repeat(n + 1);
  const entry = { id: 'e1', at: '2026-11-23T10:00:00Z', recipient: 'other', decision: 'given', information: ['condition'], children: [], method: 'verbal' } as const;
  const consent = (patch: object) => ({ version: 2, entries: [{ ...entry, ...patch }] });
  for (const [field, limit] of [['recordedBy', LIMITS.recordedBy], ['recipientName', LIMITS.recipientName], ['informationOther', LIMITS.informationOther]] as const) {
    assert.equal(consentRecordSchema.safeParse(consent({ [field]: 'x'.repeat(limit) })).success, true, `${field} at ${limit}`);
    assert.equal(consentRecordSchema.safeParse(consent({ [field]: over(limit) })).success, false, `${field} over ${limit}`);
  }
  const record = (patch: Partial<ChecklistRecord>) => ({ ...emptyRecord(), ...patch });
  const cases: [string, (text: string) => Partial<ChecklistRecord>, number][] = [
    ['answer', (text) => ({ answers: { infoWho: text } }), LIMITS.answer],
    ['child label', (text) => ({ children: [{ id: 'c', label: text, answers: {} }] }), LIMITS.childLabel],
    ['addendum', (text) => ({ addendum: text }), LIMITS.addendum],
  ];
  for (const [what, patch, limit] of cases) {
    assert.equal(checklistRecordSchema.safeParse(record(patch('x'.repeat(limit)))).success, true, `${what} at ${limit}`);
    assert.equal(checklistRecordSchema.safeParse(record(patch(over(limit)))).success, false, `${what} over ${limit}`);
  }
  assert.equal(CHECKLIST_RECORD_VERSION, 2);
});
