import type { Bundle, BundleEntry, FhirResource, Reference } from 'fhir/r4.js';
import { BspError } from '../errors/bsp-error.js';
import type { Lang } from '../i18n/lang.js';
import { toFhirConsent } from '../consent/consent-fhir.js';
import { childDescription } from '../routine/child-description.js';
import { toFhirQuestionnaireResponse, type FhirOptions } from '../routine/fhir.js';
import type { Procedure } from '../routine/procedure.js';
import type { ChecklistRecord, ChildEntry } from '../routine/record.js';
import { toFhirServiceRequests, toFhirTasks } from './follow-up.js';
import { childIdentifier } from './child-identifier.js';
import { toFhirRelatedPersons } from './related-person.js';
import { keptRecord } from './shown-record.js';
import { ownAnswer } from '../routine/condition.js';

export interface FhirBundleOptions extends FhirOptions {
  /** Who recorded it: Task/ServiceRequest requester (the response's author by default). */
  requester?: Reference;
  /** Extract each child as a RelatedPerson (needs `subject`); default true. Without, children are referenced by identifier. */
  relatedPersons?: boolean;
  /** Fresh ids for the entries' fullUrls (urn:uuid:…); defaults to crypto.randomUUID. */
  uuid?: () => string;
  /** Told when something could not be included as asked (without a patient: what was left out). */
  onWarning?: (warning: BspError) => void;
}

// FHIR search escapes `\`, `,`, `$` and `|` inside a token's value (a host's child id may hold them).
const searchEscape = (value: string) => value.replace(/[\\,$|]/g, '\\$&');

const entry = (fullUrl: string, resource: FhirResource, ifNoneExist?: string): BundleEntry => ({
  fullUrl,
  resource,
  request: { method: 'POST', url: resource.resourceType, ...(ifNoneExist ? { ifNoneExist } : {}) },
});

/**
 * Everything the record gives a journal system, as one R4 transaction Bundle: the
 * QuestionnaireResponse, and about the patient (`subject`): the Consent (when the consent form
 * was used and part 2 applies), one RelatedPerson per child the note names, a ServiceRequest per
 * referral and the follow-up Tasks. Every child is referenced as its RelatedPerson (Consent
 * `provision.data`, ServiceRequest `supportingInfo`, Task `focus`), and the RelatedPerson is
 * created only if none with the child's identifier exists: the identifier holds the patient's
 * reference (`childIdentifier`), so a second Bundle for the same patient finds its own children,
 * never another patient's. Entries reference each other through their urn:uuid fullUrls, which
 * the server resolves on commit.
 *
 * Without a patient the Bundle holds the QuestionnaireResponse alone and `onWarning` names what
 * was left out: a Consent, RelatedPerson or ServiceRequest needs its patient, and a Task without
 * one belongs to nobody's work list.
 */
export function toFhirBundle(record: ChecklistRecord, procedure: Procedure, lang: Lang, options: FhirBundleOptions = {}): Bundle {
  const uuid = options.uuid ?? (() => globalThis.crypto.randomUUID());
  const urn = () => `urn:uuid:${uuid()}`;
  const patient = options.subject;
  const entries: BundleEntry[] = [];
  const responseUrl = urn();
  entries.push(entry(responseUrl, toFhirQuestionnaireResponse(record, procedure, lang, options)));
  const bundle = (): Bundle => ({ resourceType: 'Bundle', type: 'transaction', entry: entries });
  const kept = keptRecord(record, procedure);
  if (!patient) {
    const left = [...(kept.consent ? ['Consent'] : []), ...(kept.children.length ? ['RelatedPerson'] : [])];
    const tasks = toFhirTasks(record, procedure, lang, { ...options, authoredOn: options.authored });
    if (tasks.length) left.push('Task');
    if (kept.children.some((c) => typeof ownAnswer(c.answers, 'referralTo') === 'string')) left.push('ServiceRequest');
    if (left.length) {
      options.onWarning?.(new BspError({ code: 'invalid-input', message: `No patient (subject): the Bundle holds the QuestionnaireResponse only; left out: ${left.join(', ')}.`, issues: [{ path: 'subject', message: 'missing' }] }));
    }
    return bundle();
  }

  const childUrls = new Map<string, string>();
  if (options.relatedPersons ?? true) {
    for (const { child, person } of toFhirRelatedPersons(record, procedure, lang, { ...options, patient })) {
      const url = urn();
      childUrls.set(child.id, url);
      const identifier = person.identifier?.[0];
      entries.push(entry(url, person, identifier ? `identifier=${encodeURIComponent(`${identifier.system}|${searchEscape(identifier.value!)}`)}` : undefined));
    }
  }
  const description = (id: string) => {
    const index = kept.children.findIndex((c) => c.id === id);
    return index < 0 ? undefined : childDescription(kept.children[index]!, index, procedure, lang);
  };
  // The RelatedPerson in this Bundle, else (RelatedPersons not wanted) the child's identifier.
  const childReference = (id: string): Reference => {
    const url = childUrls.get(id);
    const identifier = url ? undefined : childIdentifier(patient, id, options);
    const display = description(id);
    return { ...(url ? { reference: url } : {}), ...(identifier ? { identifier } : {}), ...(display ? { display } : {}) };
  };
  const followUp = { ...options, patient, requester: options.requester ?? options.author, authoredOn: options.authored, childReference: (child: ChildEntry) => childReference(child.id) };

  if (kept.consent) {
    const consent = toFhirConsent(kept.consent, lang, {
      ...options,
      patient,
      children: kept.children.map((c, i) => ({ id: c.id, label: childDescription(c, i, procedure, lang) })),
      childReference,
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
  return bundle();
}
