import type { Bundle, BundleEntry, FhirResource, Reference } from 'fhir/r4.js';
import { BspError } from '../errors/bsp-error.js';
import type { Lang } from '../i18n/lang.js';
import { toFhirConsent } from '../consent/consent-fhir.js';
import { childDescription } from '../routine/child-description.js';
import { toFhirQuestionnaireResponse, type FhirOptions } from '../routine/fhir.js';
import type { Procedure } from '../routine/procedure.js';
import type { ChecklistRecord, ChildEntry } from '../routine/record.js';
import { toFhirServiceRequests, toFhirTasks } from './follow-up.js';
import { childIdentifierSystem, toFhirRelatedPersons } from './related-person.js';

export interface FhirBundleOptions extends FhirOptions {
  /** Who recorded it: Task/ServiceRequest requester (the response's author by default). */
  requester?: Reference;
  /** Extract each child as a RelatedPerson (needs `subject`); default true. */
  relatedPersons?: boolean;
  /** Fresh ids for the entries' fullUrls (urn:uuid:…); defaults to crypto.randomUUID. */
  uuid?: () => string;
  /** Told when something could not be included as asked (e.g. RelatedPersons without a patient). */
  onWarning?: (warning: BspError) => void;
}

const entry = (fullUrl: string, resource: FhirResource, ifNoneExist?: string): BundleEntry => ({
  fullUrl,
  resource,
  request: { method: 'POST', url: resource.resourceType, ...(ifNoneExist ? { ifNoneExist } : {}) },
});

/**
 * Everything the record gives a journal system, as one R4 transaction Bundle: the
 * QuestionnaireResponse, the Consent (when the consent form was used), one RelatedPerson per
 * child (created only if none with the child's identifier exists), a ServiceRequest per referral
 * and the follow-up Tasks. Entries reference each other through their urn:uuid fullUrls, which
 * the server resolves on commit.
 */
export function toFhirBundle(record: ChecklistRecord, procedure: Procedure, lang: Lang, options: FhirBundleOptions = {}): Bundle {
  const uuid = options.uuid ?? (() => globalThis.crypto.randomUUID());
  const urn = () => `urn:uuid:${uuid()}`;
  const patient = options.subject;
  const entries: BundleEntry[] = [];
  const responseUrl = urn();
  entries.push(entry(responseUrl, toFhirQuestionnaireResponse(record, procedure, lang, options)));

  const childUrls = new Map<string, string>();
  const wantPersons = options.relatedPersons ?? true;
  if (wantPersons && patient) {
    for (const { child, person } of toFhirRelatedPersons(record, procedure, lang, { ...options, patient })) {
      const url = urn();
      childUrls.set(child.id, url);
      entries.push(entry(url, person, `identifier=${encodeURIComponent(`${childIdentifierSystem(options)}|${child.id}`)}`));
    }
  } else if (wantPersons && record.children.length) {
    options.onWarning?.(new BspError({ code: 'invalid-input', message: 'RelatedPerson needs a patient: children left out of the Bundle.', issues: [{ path: 'subject', message: 'missing' }] }));
  }
  const childRef = (child: ChildEntry): Reference => {
    const url = childUrls.get(child.id);
    const index = record.children.findIndex((c) => c.id === child.id);
    return { ...(url ? { reference: url } : {}), display: childDescription(child, index, procedure, lang) };
  };
  const followUp = { ...options, patient, requester: options.requester ?? options.author, authoredOn: options.authored, childReference: childRef };

  if (record.consent) {
    const consent = toFhirConsent(record.consent, lang, {
      ...options,
      patient,
      children: record.children.map((c, i) => ({ id: c.id, label: childDescription(c, i, procedure, lang) })),
      childReference: (id) => {
        const child = record.children.find((c) => c.id === id);
        return child ? childRef(child) : { display: id };
      },
      ...(options.onWarning ? { onWarning: options.onWarning } : {}),
    });
    entries.push(entry(urn(), consent));
  }
  const referrals = new Map<string, string>();
  for (const { child, request } of toFhirServiceRequests(record, procedure, lang, followUp)) {
    const url = urn();
    referrals.set(child.id, url);
    entries.push(entry(url, request));
  }
  const tasks = toFhirTasks(record, procedure, lang, {
    ...followUp,
    referralReference: (child) => (referrals.has(child.id) ? { reference: referrals.get(child.id)! } : undefined),
  });
  for (const task of tasks) entries.push(entry(urn(), { ...task, focus: task.focus ?? { reference: responseUrl } }));
  return { resourceType: 'Bundle', type: 'transaction', entry: entries };
}
