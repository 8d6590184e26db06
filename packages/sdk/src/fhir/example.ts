import type { Bundle } from 'fhir/r4.js';
import { addConsentEntry, emptyConsentRecord } from '../consent/consent.js';
import { defaultProcedure } from '../routine/procedure.js';
import { emptyRecord, type ChecklistRecord } from '../routine/record.js';
import { toFhirBundle } from './bundle.js';

const AT = '2026-11-23T10:00:00+01:00';

/** The README's example: one child, consent for the health station, an information plan, a referral and a check date. */
export function exampleRecord(): ChecklistRecord {
  return {
    ...emptyRecord(),
    answers: { hasChildren: 'yes', childPresentNow: 'no', childWithoutCareNow: 'no', triggers: ['somatic-illness'], othersFollowedUp: 'no', neglectConcern: 'no', interpreter: 'no', conversationWithPatient: 'yes', consentBy: 'patient', consentStatus: 'given' },
    children: [
      {
        id: 'c1',
        answers: {
          relation: 'child', age: '6-9', responsibility: ['parental', 'daily-care'], informed: 'partly', needsConversation: 'with-family',
          parentsAssessment: 'information', professionalAssessment: 'both', infoWho: 'Mor, med sykepleier', infoForm: 'with-parent', followUpWhere: ['health-station'], referralTo: 'Helsestasjon Sentrum', referralDate: '2026-11-23', verifyDate: '2026-12-15',
        },
      },
    ],
    excluded: [],
    consent: addConsentEntry(emptyConsentRecord(), { id: 'e1', at: AT, recipient: 'health-station', decision: 'given', information: ['condition', 'practical'], children: ['c1'], method: 'verbal', recordedBy: 'Sykepleier A' }),
  };
}

/** The example Bundle exactly as shipped in `packages/sdk/fhir/examples/` and the README. */
export function exampleBundle(): Bundle {
  let n = 0;
  return toFhirBundle(exampleRecord(), defaultProcedure, 'nb', {
    subject: { reference: 'Patient/123' },
    author: { reference: 'Practitioner/456' },
    authored: AT,
    uuid: () => `6f1c2a3e-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  });
}
