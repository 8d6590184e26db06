import { createContext } from '@lit/context';
import type { ConsentRecord } from '@bsp/sdk';

/**
 * What <bsp-child-checklist> shares with a <bsp-consent-form> inside it: the consent part of its
 * record, its children, and a way to write back, so consent is entered once.
 */
export interface ChecklistConsentContextValue {
  record: ConsentRecord | undefined;
  children: { id: string; label: string }[];
  update(record: ConsentRecord): void;
}

// A string key so two copies of the library on one page still find each other.
export const checklistConsentContext = createContext<ChecklistConsentContextValue | undefined>('bsp-checklist-consent');
