import { pick, type Lang } from '../i18n/lang.js';
import { currentConsents, informationLabels, type ConsentRecord } from './consent.js';
import { consentStatus } from './consent.js';
import { recipientName } from './consent-note.js';

/** Where our own codes live (recipients and information classes). */
export const CONSENT_CODE_SYSTEM = 'urn:bsp:consent';

export interface FhirConsentOptions {
  patient?: { reference: string; display?: string };
  organization?: { reference?: string; display: string };
  /** ISO dateTime; defaults to the newest entry's time. */
  dateTime?: string;
}

/**
 * HL7 FHIR R4 Consent: a base `deny` with one nested `permit` or `deny` provision per recipient
 * (actor, role IRCP = information recipient) and per information class (`code`).
 */
export function toFhirConsent(record: ConsentRecord, lang: Lang, options: FhirConsentOptions = {}): Record<string, unknown> {
  const current = currentConsents(record);
  const status = consentStatus(record);
  const newest = record.entries.at(-1)?.at;
  const consent: Record<string, unknown> = {
    resourceType: 'Consent',
    status: status === 'none' ? 'draft' : status === 'refused' ? 'rejected' : 'active',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    policy: [{ uri: 'https://lovdata.no/lov/1999-07-02-64/§10a' }],
    provision: {
      type: 'deny',
      provision: current.map((entry) => ({
        type: entry.decision === 'given' ? 'permit' : 'deny',
        period: { start: entry.at },
        actor: [
          {
            role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP', display: 'information recipient' }] },
            reference: { display: recipientName(entry, lang), identifier: { system: CONSENT_CODE_SYSTEM, value: entry.recipient } },
          },
        ],
        code: [
          ...entry.information.map((i) => ({ coding: [{ system: CONSENT_CODE_SYSTEM, code: i, display: pick(informationLabels[i], lang) }] })),
          ...(entry.informationOther ? [{ text: entry.informationOther }] : []),
        ],
      })),
    },
  };
  const dateTime = options.dateTime ?? newest;
  if (dateTime) consent['dateTime'] = dateTime;
  if (options.patient) consent['patient'] = options.patient;
  if (options.organization) consent['organization'] = [options.organization];
  return consent;
}
