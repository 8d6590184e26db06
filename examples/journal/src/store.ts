import type { FhirConsent, FhirQuestionnaireResponse } from '@bsp/sdk';

/**
 * The vendor's own journal store (stand-in for the EPJ back end). It is the host's storage,
 * under the host's key: the widgets themselves write nothing here.
 */
export interface JournalDocument {
  patientId: string;
  savedAt: string;
  note: string;
  questionnaireResponse: FhirQuestionnaireResponse;
  consent?: FhirConsent;
}

const KEY = 'epj-demo-journal';

export function loadJournal(): JournalDocument[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]') as JournalDocument[];
  } catch {
    return [];
  }
}

export function saveToJournal(doc: JournalDocument): JournalDocument[] {
  const docs = [...loadJournal(), doc];
  localStorage.setItem(KEY, JSON.stringify(docs));
  return docs;
}
