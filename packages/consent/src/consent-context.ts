import { createContext } from '@lit/context';
import type { ConsentRecord, PendingDecisions } from '@bsp/sdk';

/** Choices made in the form, per recipient, not registered yet (the SDK's drafts). */
export type PendingConsentDecisions = PendingDecisions;

/**
 * What <bsp-child-checklist> shares with a <bsp-consent-form> inside it: the consent part of its
 * record, its children, and a way to write back, so consent is entered once.
 */
export interface ChecklistConsentContextValue {
  record: ConsentRecord | undefined;
  children: { id: string; label: string }[];
  update(record: ConsentRecord): void;
  /**
   * Choices not registered yet, kept by the checklist so that leaving the step, a language change
   * or a re-render does not drop them (the form is gone from the page on another step).
   */
  pending: PendingConsentDecisions;
  setPending(pending: PendingConsentDecisions): void;
}

// A string key so two copies of the library on one page still find each other.
export const checklistConsentContext = createContext<ChecklistConsentContextValue | undefined>('bsp-checklist-consent');
