// Interop with a real SDC renderer: LHC-Forms (lforms 40.1.3) in headless chromium.
// Invariants:
// 1. For every screening combination in the table, LHC-Forms enables part 2 exactly when the
//    engine opens it (the Questionnaire carries the engine's own Condition), and shows exactly the
//    screening questions the engine shows (conditional questions such as "why not clarified").
// 2. LHC-Forms renders our Questionnaire without a page error.
// 3. Our QuestionnaireResponse merged into LHC-Forms comes back answer for answer (same item
//    paths, same values), for named and generated records.
// 4. A response we mark completed passes LHC-Forms' own validation (no "requires a value").
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startLForms, type LForms } from '../../../../test/fhir/lforms-harness.js';
import { allQuestions, defaultProcedure } from '../routine/procedure.js';
import { evaluateCondition } from '../routine/condition.js';
import { visibleQuestions } from '../routine/engine.js';
import { toResponseAnswers } from './answers.js';
import { randomRecord, twoChildrenRecord } from '../../../../test/fixtures/checklist-records.js';
import { toFhirQuestionnaireResponse } from '../routine/fhir.js';
import { exampleRecord } from './example.js';
import { questionnaireFor, LINK_IDS } from './questionnaire.js';

let lforms: LForms;
before(async () => {
  lforms = await startLForms();
});
after(async () => {
  await lforms?.close();
});

type Answers = Record<string, string | string[]>;
const questions = new Map(allQuestions(defaultProcedure).map((q) => [q.id, q]));

function screeningResponse(answers: Answers) {
  const step = defaultProcedure.steps.find((s) => s.part === 'screening')!;
  const item = step.questions
    .map((q) => ({ linkId: q.id, answer: toResponseAnswers(q, answers[q.id], 'nb') }))
    .filter((i) => i.answer.length);
  return { resourceType: 'QuestionnaireResponse', status: 'in-progress', item: item.length ? [{ linkId: step.id, item }] : [] };
}

// Every value of each question that the opening rule reads, crossed where it matters.
const screeningTable: Answers[] = [
  {},
  { hasChildren: 'yes' },
  { hasChildren: 'no' },
  { hasChildren: 'unknown' },
  { triggers: ['death'] },
  { triggers: ['none'] },
  { hasChildren: 'unknown', triggers: ['mental-illness'] },
  { hasChildren: 'unknown', triggers: ['none'] },
  { hasChildren: 'no', triggers: ['addiction', 'trauma'] },
  { hasChildren: 'yes', triggers: ['none'] },
  { hasChildren: 'no', neglectConcern: 'yes' },
  { hasChildren: 'no', childWithoutCareNow: 'yes' },
  { hasChildren: 'no', childWithoutCareNow: 'no', neglectConcern: 'no', childPresentNow: 'yes' },
  { hasChildren: 'unknown', childWithoutCareNow: 'no', triggers: ['none', 'long-term'] },
  { neglectConcern: 'yes', triggers: ['none'] },
  { childPresentNow: 'yes' },
  { interpreter: 'yes', triggers: ['disability'] },
  { hasChildren: 'yes', interpreter: 'no', neglectConcern: 'yes' },
];

test(`LHC-Forms opens part 2 exactly when the engine does (${screeningTable.length} screening combinations)`, async () => {
  const questionnaire = questionnaireFor(defaultProcedure);
  let agree = 0;
  for (const answers of screeningTable) {
    for (const id of Object.keys(answers)) assert.ok(questions.has(id), `the table uses a real question: ${id}`);
    const engine = evaluateCondition(defaultProcedure.mappingOpensWhen, answers);
    const { enabled } = await lforms.render(questionnaire, screeningResponse(answers));
    assert.equal(enabled.includes(LINK_IDS.mapping), engine, `part 2 for ${JSON.stringify(answers)}`);
    const screening = defaultProcedure.steps.find((s) => s.part === 'screening')!;
    const shownByEngine = visibleQuestions(screening.questions, answers).map((q) => q.id);
    assert.deepEqual(screening.questions.map((q) => q.id).filter((id) => enabled.includes(id)), shownByEngine, `screening questions for ${JSON.stringify(answers)}`);
    agree++;
  }
  assert.equal(agree, screeningTable.length);
  assert.ok(screeningTable.some((a) => evaluateCondition(defaultProcedure.mappingOpensWhen, a)) && screeningTable.some((a) => !evaluateCondition(defaultProcedure.mappingOpensWhen, a)));
});

test('the check can fail: the flat rule of the first export disagrees with the engine', async () => {
  const questionnaire = questionnaireFor(defaultProcedure);
  const mapping = questionnaire.item!.find((i) => i.linkId === LINK_IDS.mapping)!;
  delete mapping.extension;
  mapping.enableWhen = [{ question: 'hasChildren', operator: '=', answerCoding: toResponseAnswers(questions.get('hasChildren')!, 'yes', 'nb')[0]!.valueCoding! }];
  let disagree = 0;
  for (const answers of screeningTable) {
    const { enabled } = await lforms.render(questionnaire, screeningResponse(answers));
    if (enabled.includes(LINK_IDS.mapping) !== evaluateCondition(defaultProcedure.mappingOpensWhen, answers)) disagree++;
  }
  assert.ok(disagree >= 3, `${disagree} disagreements`);
});

type AnyItem = { linkId: string; answer?: Record<string, unknown>[]; item?: AnyItem[] };

/** "path = value" per answer, the child groups numbered: what must survive the round trip. */
function answerLines(items: AnyItem[] = [], path = ''): string[] {
  const seen = new Map<string, number>();
  return items.flatMap((item) => {
    const n = (seen.get(item.linkId) ?? 0) + 1;
    seen.set(item.linkId, n);
    const here = `${path}/${item.linkId}[${n}]`;
    const own = (item.answer ?? []).map((a) => {
      const [key, value] = Object.entries(a).find(([k]) => k.startsWith('value'))!;
      return `${here} = ${key}:${JSON.stringify(key === 'valueCoding' ? { system: (value as { system: string }).system, code: (value as { code: string }).code } : value)}`;
    });
    return [...own, ...answerLines(item.item, here), ...(item.answer ?? []).flatMap((a) => answerLines((a as { item?: AnyItem[] }).item, here))];
  });
}

test('our QuestionnaireResponse round-trips through LHC-Forms answer for answer', async () => {
  const questionnaire = questionnaireFor(defaultProcedure);
  const records = [twoChildrenRecord(), ...Array.from({ length: 8 }, (_, i) => randomRecord(500 + i))];
  let answers = 0;
  for (const record of records) {
    const ours = toFhirQuestionnaireResponse(record, defaultProcedure, 'nb', { authored: '2026-11-23T10:00:00Z' });
    const { response } = await lforms.render(questionnaire, ours);
    const expected = answerLines(ours.item as AnyItem[]);
    assert.deepEqual(answerLines(response.item as AnyItem[]), expected, `record ${record.children.length} children`);
    answers += expected.length;
  }
  assert.ok(answers > 100, `${answers} answers compared`);
});

test('a response we mark completed passes LHC-Forms validation; one with an open required item stays in progress', async () => {
  const questionnaire = questionnaireFor(defaultProcedure);
  const complete = toFhirQuestionnaireResponse(exampleRecord(), defaultProcedure, 'nb');
  assert.equal(complete.status, 'completed');
  assert.equal((await lforms.render(questionnaire, complete)).errors, null);
  const open = exampleRecord();
  delete open.children[0]!.answers['informed'];
  const openResponse = toFhirQuestionnaireResponse(open, defaultProcedure, 'nb');
  assert.equal(openResponse.status, 'in-progress');
  assert.ok((await lforms.render(questionnaire, openResponse)).errors?.length, 'LHC-Forms sees the open required item');
});
