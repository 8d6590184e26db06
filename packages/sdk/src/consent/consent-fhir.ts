import type { Consent, ConsentProvision, Extension, Reference } from 'fhir/r4.js';
import { BspError } from '../errors/bsp-error.js';
import { localized, pick, type Lang, type LocalizedText } from '../i18n/lang.js';
import { CONSENT_SCOPE_SYSTEM, fhirBase, V3_PARTICIPATION_TYPE, type FhirBaseOptions } from '../fhir/canonical.js';
import { childIdentifier } from '../fhir/child-identifier.js';
import { narrative } from '../fhir/narrative.js';
import { bspCoding, INFORMATION_CODE_SYSTEM_ID, RECIPIENT_CODE_SYSTEM_ID } from '../fhir/code-system-ids.js';
import { currentConsents, informationLabels, recipientKey, recipientLabels, type ConsentEntry, type ConsentRecord } from './consent.js';
import { consentNoteLines, recipientName } from './consent-note.js';
import { consentStatus } from './consent.js';
import { requireLanguage } from '../i18n/require-language.js';

/** Our extensions on Consent (the R4 resource has no element for them). */
export const CONSENT_EXTENSIONS = {
  method: 'consent-method',
  recordedBy: 'consent-recorded-by',
  askAgainOn: 'consent-ask-again-on',
} as const;

/**
 * The consent policy: hpl § 10 a (the duty to look after children as next of kin), percent-
 * encoded so it is a valid URI.
 */
export const CONSENT_POLICY_URI = 'https://lovdata.no/lov/1999-07-02-64/%C2%A710a';

export interface FhirConsentOptions extends FhirBaseOptions {
  /** The patient who consents. Without it the Consent is a draft and `onWarning` is called. */
  patient?: Reference;
  organization?: Reference;
  /** ISO dateTime; defaults to the newest entry's time. */
  dateTime?: string;
  /** The checklist's children: listed in provision.data when an entry covers all children. */
  children?: readonly { id: string; label?: string }[];
  /** How to reference a child (e.g. the RelatedPerson's fullUrl in a Bundle); default: identifier + label. */
  childReference?: (childId: string) => Reference;
  /** Told when the resource is not what a journal can store as it is (no patient: draft). */
  onWarning?: (warning: BspError) => void;
}

const CONSENT_TITLE: LocalizedText = localized('Samtykke til oppfølging av barn som pårørende', 'Samtykke til oppfølging av barn som pårørande', 'Consent to follow-up of children as next of kin');

const extension = (base: string, name: string, value: Omit<Extension, 'url'>): Extension => ({ url: `${base}/StructureDefinition/${name}`, ...value });

const METHOD_CODES = { written: { code: 'WRITTEN', display: 'written' }, verbal: { code: 'VERBAL', display: 'verbal' } } as const;

function provision(entry: ConsentEntry, type: 'permit' | 'deny', period: { start: string; end?: string }, lang: Lang, options: FhirConsentOptions, base: string): ConsentProvision {
  const p: ConsentProvision = {
    type,
    period,
    actor: [
      {
        role: {
          coding: [
            bspCoding(RECIPIENT_CODE_SYSTEM_ID, entry.recipient, recipientLabels[entry.recipient], lang, options),
            { system: V3_PARTICIPATION_TYPE, code: 'IRCP', display: 'information recipient' },
          ],
        },
        reference: { display: recipientName(entry, lang) },
      },
    ],
  };
  const extensions: Extension[] = [];
  if (entry.method && type === 'permit') extensions.push(extension(base, CONSENT_EXTENSIONS.method, { valueCoding: { system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode', ...METHOD_CODES[entry.method] } }));
  if (entry.recordedBy) extensions.push(extension(base, CONSENT_EXTENSIONS.recordedBy, { valueString: entry.recordedBy }));
  if (extensions.length) p.extension = extensions;
  const codes = [
    ...entry.information.map((i) => ({ coding: [bspCoding(INFORMATION_CODE_SYSTEM_ID, i, informationLabels[i], lang, options)] })),
    ...(entry.informationOther ? [{ text: entry.informationOther }] : []),
  ];
  if (codes.length) p.code = codes;
  const childIds = entry.children.length ? entry.children : (options.children ?? []).map((c) => c.id);
  // Default: the child's RelatedPerson by its identifier (scoped to the patient, `childIdentifier`).
  const childRef = (id: string): Reference => {
    if (options.childReference) return options.childReference(id);
    const identifier = childIdentifier(options.patient, id, options);
    return { ...(identifier ? { identifier } : {}), display: options.children?.find((c) => c.id === id)?.label ?? id };
  };
  if (childIds.length) p.data = childIds.map((id) => ({ meaning: 'related', reference: childRef(id) }));
  return p;
}

/**
 * HL7 FHIR R4 Consent: a base `deny` with nested provisions per recipient (actor.role from our
 * recipient CodeSystem plus IRCP), the information classes as `code`, the children as
 * `provision.data`. A withdrawal keeps the consent that held as a closed `permit` period and adds
 * a `deny` from the withdrawal on. Method and who recorded it travel as extensions on the
 * provision, the ask-again date on the Consent. Without a patient it is a draft (and a warning).
 */
export function toFhirConsent(record: ConsentRecord, lang: Lang, options: FhirConsentOptions = {}): Consent {
  requireLanguage(lang, 'toFhirConsent');
  const base = fhirBase(options);
  const status = consentStatus(record);
  const provisions = currentConsents(record).flatMap((entry): ConsentProvision[] => {
    if (entry.decision === 'given') return [provision(entry, 'permit', { start: entry.at }, lang, options, base)];
    if (entry.decision === 'refused') return [provision(entry, 'deny', { start: entry.at }, lang, options, base)];
    // Withdrawn: the consent that held until then, then the denial.
    const held = [...record.entries].reverse().find((e) => e.decision === 'given' && recipientKey(e) === recipientKey(entry) && e.at <= entry.at);
    return [...(held ? [provision(held, 'permit', { start: held.at, end: entry.at }, lang, options, base)] : []), provision(entry, 'deny', { start: entry.at }, lang, options, base)];
  });
  const childLabel = (id: string) => options.children?.find((c) => c.id === id)?.label;
  const consent: Consent = {
    resourceType: 'Consent',
    text: narrative(pick(CONSENT_TITLE, lang), [{ lines: consentNoteLines(record, lang, { childLabel }) }]),
    // A refusal is a decision in force: `active` with its `deny` provisions (systems that enforce
    // Consents read only active ones). `rejected` would mean the Consent itself was not accepted.
    status: !options.patient || status === 'none' ? 'draft' : 'active',
    scope: { coding: [{ system: CONSENT_SCOPE_SYSTEM, code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    policy: [{ uri: CONSENT_POLICY_URI }],
    provision: provisions.length ? { type: 'deny', provision: provisions } : { type: 'deny' },
  };
  if (record.askAgainOn) consent.extension = [extension(base, CONSENT_EXTENSIONS.askAgainOn, { valueDate: record.askAgainOn })];
  if (options.patient) {
    consent.patient = options.patient;
    consent.performer = [options.patient];
  } else {
    options.onWarning?.(
      new BspError({ code: 'invalid-input', message: 'FHIR Consent without a patient: exported as a draft.', issues: [{ path: 'patient', message: 'missing' }] }),
    );
  }
  const dateTime = options.dateTime ?? record.entries.at(-1)?.at;
  if (dateTime) consent.dateTime = dateTime;
  if (options.organization) consent.organization = [options.organization];
  return consent;
}
