// Every FHIR resource the routine exports validates against the official R4 JSON schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateFhirR4 } from '../../../../test/fhir/validate-fhir.js';
import { randomRecord, twoChildrenRecord } from '../../../../test/fixtures/checklist-records.js';
import { defaultProcedure } from './procedure.js';
import { toFhirQuestionnaire, toFhirQuestionnaireResponse } from './fhir.js';

test('the Questionnaire and QuestionnaireResponses are valid FHIR R4, for generated records too', () => {
  for (const lang of ['nb', 'nn', 'en'] as const) {
    const q = validateFhirR4(toFhirQuestionnaire(defaultProcedure, lang));
    assert.ok(q.valid, q.errors.join('\n'));
  }
  for (const record of [twoChildrenRecord(), ...Array.from({ length: 40 }, (_, i) => randomRecord(i + 1))]) {
    const response = toFhirQuestionnaireResponse(record, defaultProcedure, 'nb', { subject: { reference: 'Patient/example' }, authored: '2026-11-23T10:00:00Z' });
    const r = validateFhirR4(response);
    assert.ok(r.valid, r.errors.join('\n'));
  }
  // The check can fail.
  assert.equal(validateFhirR4({ resourceType: 'QuestionnaireResponse', status: 'nonsense' }).valid, false);
});
