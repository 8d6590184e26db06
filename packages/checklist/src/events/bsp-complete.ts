import type { ChecklistRecord, FhirConsent, FhirQuestionnaire, FhirQuestionnaireResponse, ReviewIssue } from '@bsp/sdk';

export interface ChecklistCompleteDetail {
  /** The working record, everything in it (items kept out of the note too): to continue later, not to archive. */
  record: ChecklistRecord;
  /**
   * What a journal may store: the record without the items the professional kept out, their
   * rewordings, or answers of parts that do not apply (`journalRecord` in the SDK).
   */
  journalRecord: ChecklistRecord;
  /** The journal note as the professional approved it. */
  note: string;
  fhir: {
    questionnaireResponse: FhirQuestionnaireResponse;
    questionnaire: FhirQuestionnaire;
    /** FHIR R4 Consent, when the consent form was used. */
    consent?: FhirConsent;
  };
  /** What `reviewRecord` found when finishing (contradictions, gaps), also written into the note. */
  review: ReviewIssue[];
}

/** The professional finished the checklist: everything a journal needs to store. */
export class BspCompleteEvent extends CustomEvent<ChecklistCompleteDetail> {
  constructor(detail: ChecklistCompleteDetail) {
    super('bsp-complete', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bsp-complete': BspCompleteEvent;
  }
}
