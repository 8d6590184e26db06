import type { Coding } from 'fhir/r4.js';
import { pick, type Lang, type Text } from '../i18n/lang.js';
import { canonicalUrl, fhirBase, type FhirBaseOptions } from './canonical.js';

// Ids of our code systems that do not come from a procedure. A module of their own, so the
// consent widget's bundle does not pull in the procedure to code a recipient.
export const QUESTION_CODE_SYSTEM_ID = 'bsp-checklist-question';
export const RECIPIENT_CODE_SYSTEM_ID = 'bsp-consent-recipient';
export const INFORMATION_CODE_SYSTEM_ID = 'bsp-consent-information';
export const TASK_CODE_SYSTEM_ID = 'bsp-followup-task';

/** A Coding from one of those systems (recipient, information, task). */
export function bspCoding(systemId: string, code: string, label: Text, lang: Lang, options: FhirBaseOptions = {}): Coding {
  return { system: canonicalUrl.codeSystem(fhirBase(options), systemId), code, display: pick(label, lang) };
}
