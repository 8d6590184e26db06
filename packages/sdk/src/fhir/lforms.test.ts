// Interop with a real SDC renderer: LHC-Forms (lforms 40.1.3) in headless chromium.
// Invariants:
// 1. For every screening combination in the table, LHC-Forms enables part 2 exactly when the
//    engine opens it (the Questionnaire carries the engine's own Condition).
// 2. LHC-Forms renders our Questionnaire without a page error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startLForms, type LForms } from '../../../../test/fhir/lforms-harness.js';
import { defaultProcedure } from '../routine/procedure.js';
import { toResponseAnswers } from './answers.js';
import { evaluateCondition, mappingCondition, procedureQuestions } from './procedure-questions.js';
import { questionnaireFor, LINK_IDS } from './questionnaire.js';

let lforms: LForms;
before(async () => {
  lforms = await startLForms();
});
after(async () => {
  await lforms?.close();
});

type Answers = Record<string, string | string[]>;
const questions = new Map(procedureQuestions(defaultProcedure).map((q) => [q.id, q]));

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
  { hasChildren: 'unknown', triggers: ['serious-illness'] },
  { hasChildren: 'no', triggers: ['serious-illness', 'trauma'] },
  { hasChildren: 'no', neglectConcern: 'yes' },
  { hasChildren: 'no', childNeedsCareNow: 'yes' },
  { hasChildren: 'no', childNeedsCareNow: 'no', neglectConcern: 'no' },
  { hasChildren: 'unknown', childNeedsCareNow: 'no' },
  { hasChildren: 'yes', triggers: ['long-term'], neglectConcern: 'no' },
  { neglectConcern: 'yes' },
  { childNeedsCareNow: 'yes', triggers: ['complex-needs'] },
];

test(`LHC-Forms opens part 2 exactly when the engine does (${screeningTable.length} screening combinations)`, async () => {
  const questionnaire = questionnaireFor(defaultProcedure);
  let agree = 0;
  for (const answers of screeningTable) {
    for (const id of Object.keys(answers)) assert.ok(questions.has(id), `the table uses a real question: ${id}`);
    const engine = evaluateCondition(mappingCondition(defaultProcedure), answers);
    const { enabled } = await lforms.render(questionnaire, screeningResponse(answers));
    assert.equal(enabled.includes(LINK_IDS.mapping), engine, `part 2 for ${JSON.stringify(answers)}`);
    agree++;
  }
  assert.equal(agree, screeningTable.length);
  assert.ok(screeningTable.some((a) => evaluateCondition(mappingCondition(defaultProcedure), a)) && screeningTable.some((a) => !evaluateCondition(mappingCondition(defaultProcedure), a)));
});

test('the check can fail: the flat rule of the first export disagrees with the engine', async () => {
  const questionnaire = questionnaireFor(defaultProcedure);
  const mapping = questionnaire.item!.find((i) => i.linkId === LINK_IDS.mapping)!;
  delete mapping.extension;
  mapping.enableWhen = [{ question: 'hasChildren', operator: '=', answerCoding: toResponseAnswers(questions.get('hasChildren')!, 'yes', 'nb')[0]!.valueCoding! }];
  let disagree = 0;
  for (const answers of screeningTable) {
    const { enabled } = await lforms.render(questionnaire, screeningResponse(answers));
    if (enabled.includes(LINK_IDS.mapping) !== evaluateCondition(mappingCondition(defaultProcedure), answers)) disagree++;
  }
  assert.ok(disagree >= 3, `${disagree} disagreements`);
});
