/**
 * What the checklist needs after its first screen, loaded on demand: part 2 (the whole
 * procedure: the mapping steps, their words and guidance), the summary step (review, note items,
 * the note as it will be written), the journal note itself and the FHIR resources. A professional
 * spends the first screen on the screening; this code is needed once an answer opens part 2 or
 * at the summary (fetched at the first answer), so it stays out of the checklist's first load
 * (issue 12). One chunk: one request.
 */
import {
  childDescription,
  journalNote,
  loadFhirTranslations,
  toFhirConsent,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
  type ChecklistRecord,
  type NoteOptions,
  type Lang,
  type Procedure,
} from '@bsp/sdk';
import type { ChecklistCompleteDetail } from '../events/bsp-complete.js';

export { applyNoteAction, defaultProcedure, fieldWarningMessage, followUpConsentIssues, guidanceLibrary, hasBlockingIssues, journalRecord, journalNote, journalNoteFrom, noteGroups, noteItems, reviewMessage, reviewRecord, setExcluded, setNoteEdit } from '@bsp/sdk';
export { renderSummary } from './summary.js';
export { checklistSummaryMessages } from '../translations/summary.js';

/** What the journal is handed: the record, the procedure it was filled in against, and for whom. */
export interface OutputInput {
  record: ChecklistRecord;
  procedure: Procedure;
  lang: Lang;
  /** The patient as a FHIR reference (`Patient/123`), or empty. */
  subject: string;
  complete: boolean;
  overrides?: NoteOptions['overrides'];
}

export function checklistNote(input: OutputInput): string {
  return journalNote(input.record, input.procedure, input.lang, { overrides: input.overrides });
}

/** FHIR R4 resources for a record: Questionnaire, QuestionnaireResponse, and Consent when the consent form was used. */
export function checklistFhir(input: OutputInput): ChecklistCompleteDetail['fhir'] {
  const { record, procedure, lang } = input;
  const subject = input.subject ? { reference: input.subject } : undefined;
  return {
    // The children by their description, as the form shows them, never by internal id (review fhir.md defect 9).
    ...(record.consent ? { consent: toFhirConsent(record.consent, lang, { patient: subject, children: record.children.map((c, i) => ({ id: c.id, label: childDescription(c, i, procedure, lang) })) }) } : {}),
    questionnaire: toFhirQuestionnaire(procedure, lang),
    questionnaireResponse: toFhirQuestionnaireResponse(record, procedure, lang, {
      subject,
      status: input.complete ? 'completed' : 'in-progress',
    }),
  };
}

/**
 * The same, once every language's text is here: the Questionnaire is then the published file
 * byte for byte, also on a page that loaded bokmål only (issue 31). What `toFhir()` gives.
 */
export async function checklistFhirPublished(input: OutputInput): Promise<ChecklistCompleteDetail['fhir']> {
  await loadFhirTranslations();
  return checklistFhir(input);
}
