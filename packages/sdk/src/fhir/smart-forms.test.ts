// Interop with a second SDC renderer: Smart Forms (@aehrc/smart-forms-renderer 1.4.0), its form
// engine headless in Node (test/fhir/smart-forms-harness.ts). Invariants, in nb, nn and en:
// 1. On generated responses it enables part 2 exactly when the engine opens it on what is sent.
// 2. Our responses loaded into it come back answer for answer: 100 % of answers.
// 3. Every response we mark completed passes its own validation.
import { before, test } from 'node:test';
// nynorsk and English registered statically, as a Node host does: the Questionnaire carries them.
import '../languages/nn.js';
import '../languages/en.js';
import assert from 'node:assert/strict';
import { startSmartForms, type SmartForms } from '../../../../test/fhir/smart-forms-harness.js';
import { answerLines, completedResponses, generatedResponses } from '../../../../test/fhir/renderer-cases.js';
import { defaultProcedure } from '../routine/procedure.js';
import { questionnaireFor, LINK_IDS } from './questionnaire.js';

let smartForms: SmartForms;
before(async () => {
  smartForms = await startSmartForms();
});

test('Smart Forms opens part 2 where our response has it, and keeps every answer (generated records in nb, nn and en)', async () => {
  const questionnaire = questionnaireFor(defaultProcedure);
  let answers = 0;
  let open = 0;
  const lost: string[] = [];
  for (const { name, response } of generatedResponses(10)) {
    const result = await smartForms.render(questionnaire, response);
    const sent = !!response.item?.some((i) => i.linkId === LINK_IDS.mapping);
    // A response without part 2 may still open it (a child present, nothing recorded): only "sent ⇒ open" is the rule.
    if (sent) assert.ok(result.enabled.includes(LINK_IDS.mapping), `${name}: part 2 sent and enabled`);
    if (sent) open++;
    const expected = answerLines(response.item);
    const back = new Set(answerLines(result.response.item));
    lost.push(...expected.filter((line) => !back.has(line)).map((line) => `${name}: ${line}`));
    answers += expected.length;
  }
  assert.deepEqual(lost, [], `${lost.length} of ${answers} answers lost`);
  assert.ok(answers > 300 && open > 5, `${answers} answers, ${open} responses with part 2`);
});

test('every response we mark completed passes Smart Forms validation, part 2 open or closed, in nb, nn and en', async () => {
  const questionnaire = questionnaireFor(defaultProcedure);
  const cases = completedResponses();
  for (const { name, response } of cases) assert.equal((await smartForms.render(questionnaire, response)).errors, null, name);
  assert.ok(cases.length >= 12, `${cases.length} completed responses`);
});

test('the check can fail: Smart Forms reports a required item left open', async () => {
  const questionnaire = questionnaireFor(defaultProcedure);
  const { errors } = await smartForms.render(questionnaire, { resourceType: 'QuestionnaireResponse', status: 'completed', questionnaire: `${questionnaire.url}|${questionnaire.version}` });
  assert.ok(errors?.some((e) => e.startsWith('hasChildren')), String(errors));
});
