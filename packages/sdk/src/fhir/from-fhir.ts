import type { Consent, ConsentProvision, Extension, FhirResource, QuestionnaireResponse, QuestionnaireResponseItem, Reference, RelatedPerson, ServiceRequest, Task } from 'fhir/r4.js';
import { CONSENT_EXTENSIONS } from '../consent/consent-fhir.js';
import { CONSENT_INFORMATION, CONSENT_RECIPIENTS, CONSENT_RECORD_VERSION, CONSENT_TEXT_LIMITS, recipientKey, type ConsentEntry, type ConsentInformation, type ConsentRecipient, type ConsentRecord } from '../consent/consent.js';
import { allChildQuestions, allQuestions, defaultProcedure, type Procedure, type Question } from '../routine/procedure.js';
import { emptyRecord, RECORD_TEXT_LIMITS, type Answer, type ChecklistRecord, type ChildEntry } from '../routine/record.js';
import { fromResponseAnswers } from './answers.js';
import { canonicalUrl, fhirBase, type FhirBaseOptions } from './canonical.js';
import { INFORMATION_CODE_SYSTEM_ID, RECIPIENT_CODE_SYSTEM_ID, TASK_CODE_SYSTEM_ID } from './code-system-ids.js';
import { TASK_CODES, type FollowUpTaskCode } from './labels.js';
import { LINK_IDS, questionnaireIdentity } from './questionnaire.js';
import { answerListId, answerValue } from './terminology.js';

/*
 * Prefill from the journal (DOMAIN routine step 2, "check what others have done"; seed 002 §4.3.1
 * point 2): what an earlier professional recorded comes back as a starting record, so the next one
 * continues rather than restarts. The inverse of toFhirBundle for what a Bundle may carry: items
 * kept out of the entry never left it, and UI state (note edits, addendum) is not in FHIR.
 */

export interface FhirPrefillOptions extends FhirBaseOptions {
  /** The procedure the record is for; the national default when left out. */
  procedure?: Procedure;
  /** Only resources about this patient are read (`Patient/123`); others are reported, not used. */
  patient?: Reference | string;
}

/** Why a resource (or a part of one) was not used. Never holds an answer: findings may be logged. */
export type FhirPrefillReason =
  | 'not-a-resource'
  /** A resource of ours whose shape we could not read (a null where an element belongs): left out whole. */
  | 'invalid'
  | 'unknown-resource'
  | 'other-patient'
  | 'other-questionnaire'
  | 'older-response'
  | 'older-consent'
  | 'unknown-item'
  | 'unknown-code'
  | 'unknown-child'
  | 'too-long'
  | 'closed-task';

export interface FhirPrefillFinding {
  /** Position of the resource in what was given. */
  index: number;
  resourceType?: string;
  id?: string;
  reason: FhirPrefillReason;
  /** Where in the resource, e.g. a linkId or `provision[2].actor`. */
  path?: string;
}

/** A follow-up task someone else left open, for "check what others have done". */
export interface FhirOpenTask {
  code: FollowUpTaskCode;
  status: Task['status'];
  /** restriction.period.end: by when. */
  due?: string;
  /** The child it is about (verify-help), when the task names one we know. */
  childId?: string;
}

export interface FhirPrefill {
  record: ChecklistRecord;
  openTasks: FhirOpenTask[];
  findings: FhirPrefillFinding[];
}

const KNOWN = new Set(['QuestionnaireResponse', 'Consent', 'RelatedPerson', 'Task', 'ServiceRequest', 'Patient']);
const CLOSED_TASK = new Set<string>(['completed', 'cancelled', 'rejected', 'failed', 'entered-in-error']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `Patient/1`, `https://host/fhir/Patient/1` and `Patient/1/_history/2` name the same patient. */
function refKey(ref: Reference | string | undefined): string | undefined {
  const value = typeof ref === 'string' ? ref : ref?.reference;
  if (!value) return undefined;
  const match = /([A-Za-z]+\/[A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(value);
  return match ? match[1] : value;
}

/**
 * The record's child id in a child identifier's value: `<patient reference>/<child id>` (see
 * child-identifier.ts, scoped to the patient since issue 31), the scope matched by the patient's
 * reference as given or as `Type/id`. A value of another patient's scope is not this patient's child.
 */
function childIdIn(value: string, patientRef: string | undefined): string | undefined {
  for (const scope of new Set([patientRef, refKey(patientRef)])) {
    if (scope && value.startsWith(`${scope}/`)) return value.slice(scope.length + 1) || undefined;
  }
  const slash = value.lastIndexOf('/');
  // Without a patient to match: the last segment (a child id never holds a slash the SDK made).
  return patientRef === undefined && slash >= 0 ? value.slice(slash + 1) || undefined : slash < 0 ? value : undefined;
}

function patientOf(resource: FhirResource): Reference | undefined {
  switch (resource.resourceType) {
    case 'QuestionnaireResponse':
      return resource.subject;
    case 'Consent':
      return resource.patient;
    case 'RelatedPerson':
      return resource.patient;
    case 'Task':
      return resource.for;
    case 'ServiceRequest':
      return resource.subject;
    default:
      return undefined;
  }
}

interface Entry<T> {
  index: number;
  resource: T;
  /** fullUrl in a Bundle, or `Type/id`: how other resources reference it. */
  keys: string[];
}

/** The resources given: an array of resources, a Bundle (any type), or Bundle entries. */
function flatten(input: unknown): { index: number; value: unknown; fullUrl?: string }[] {
  const list = isObject(input) && input['resourceType'] === 'Bundle' ? (Array.isArray(input['entry']) ? input['entry'] : []) : Array.isArray(input) ? input : [input];
  return list.map((item: unknown, index) => {
    if (isObject(item) && !('resourceType' in item) && isObject(item['resource'])) {
      return { index, value: item['resource'], ...(typeof item['fullUrl'] === 'string' ? { fullUrl: item['fullUrl'] } : {}) };
    }
    return { index, value: item };
  });
}

/**
 * A starting record from what the journal already holds about the patient: its RelatedPersons
 * (the children), the latest QuestionnaireResponse of this procedure (answers, per child), the
 * latest Consent (the decisions, one entry each) and the open follow-up Tasks and referrals. What
 * is not ours (other resource types, other questionnaires, codes we do not know) is left out and
 * reported as a finding; nothing here throws, whatever the input.
 */
export function recordFromFhir(resources: unknown, options: FhirPrefillOptions = {}): FhirPrefill {
  const findings: FhirPrefillFinding[] = [];
  try {
    return read(resources, options, findings);
  } catch {
    // Input shaped in a way no check above foresaw (a getter that throws): an empty start.
    findings.push({ index: -1, reason: 'not-a-resource' });
    return { record: emptyRecord((options.procedure ?? defaultProcedure).id), openTasks: [], findings };
  }
}

function read(input: unknown, options: FhirPrefillOptions, findings: FhirPrefillFinding[]): FhirPrefill {
  const procedure = options.procedure ?? defaultProcedure;
  const base = fhirBase(options);
  const patient = refKey(options.patient);
  const found = (index: number, resource: FhirResource | undefined, reason: FhirPrefillReason, path?: string) =>
    findings.push({ index, ...(resource ? { resourceType: resource.resourceType, ...(resource.id ? { id: resource.id } : {}) } : {}), reason, ...(path ? { path } : {}) });

  /** One resource that cannot be read loses only itself. */
  const guard = <T>(e: Entry<FhirResource>, read: () => T, otherwise: T): T => {
    try {
      return read();
    } catch {
      found(e.index, e.resource, 'invalid');
      return otherwise;
    }
  };

  const byType = { QuestionnaireResponse: [] as Entry<QuestionnaireResponse>[], Consent: [] as Entry<Consent>[], RelatedPerson: [] as Entry<RelatedPerson>[], Task: [] as Entry<Task>[], ServiceRequest: [] as Entry<ServiceRequest>[] };
  for (const { index, value, fullUrl } of flatten(structuredCloneSafe(input))) {
    if (!isObject(value) || typeof value['resourceType'] !== 'string') {
      found(index, undefined, 'not-a-resource');
      continue;
    }
    const resource = value as unknown as FhirResource;
    if (!KNOWN.has(resource.resourceType)) {
      found(index, resource, 'unknown-resource');
      continue;
    }
    if (resource.resourceType === 'Patient') continue;
    const about = refKey(patientOf(resource));
    if (patient && about && about !== patient) {
      found(index, resource, 'other-patient');
      continue;
    }
    const keys = [...(fullUrl ? [fullUrl] : []), ...(typeof resource.id === 'string' ? [`${resource.resourceType}/${resource.id}`] : [])];
    (byType[resource.resourceType as keyof typeof byType] as Entry<FhirResource>[]).push({ index, resource, keys });
  }

  const record = emptyRecord(procedure.id);
  const children = readRelatedPersons(byType.RelatedPerson.filter((e) => guard(e, () => (validPerson(e.resource), true), false)), procedure, base, found);
  linkEvidence(children, byType.Task, byType.ServiceRequest, procedure, base);
  const response = latest(byType.QuestionnaireResponse.filter((e) => ownQuestionnaire(e, procedure, options, found)), (r) => r.authored, (e) => found(e.index, e.resource, 'older-response'));
  if (response) guard(response, () => readResponse(response, procedure, record, children, found), undefined);
  for (const child of children) if (!record.children.some((c) => c.id === child.id)) record.children.push({ id: child.id, answers: child.answers });

  const childIdOf = (ref: Reference | undefined): string | undefined => {
    if (!ref) return undefined;
    const key = ref.reference;
    const child = key ? children.find((c) => c.keys.includes(key) || c.keys.includes(refKey(key) ?? '')) : undefined;
    if (child) return child.id;
    const value = ref.identifier?.system?.startsWith(canonicalUrl.identifier(base, 'child')) ? ref.identifier.value : undefined;
    return value ? childIdIn(value, options.patient === undefined ? undefined : typeof options.patient === 'string' ? options.patient : options.patient.reference) : undefined;
  };

  const consent = latest(byType.Consent, (c) => c.dateTime, (e) => found(e.index, e.resource, 'older-consent'));
  if (consent) {
    const consentRecord = guard(consent, () => readConsent(consent, base, childIdOf, record, found), undefined);
    if (consentRecord && (consentRecord.entries.length || consentRecord.askAgainOn)) record.consent = consentRecord;
  }
  for (const e of byType.ServiceRequest) guard(e, () => readReferral(e, procedure, record, childIdOf, found), undefined);
  const openTasks = byType.Task.flatMap((e) => guard(e, () => readTask(e, base, record, childIdOf, found), []));
  return { record, openTasks, findings };
}

/** Plain data only (a Proxy or class instance read once); on failure, what was given. */
function structuredCloneSafe(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

function latest<T>(entries: Entry<T>[], when: (r: T) => string | undefined, older: (e: Entry<T>) => void): Entry<T> | undefined {
  const sorted = [...entries].sort((a, b) => (when(b.resource) ?? '').localeCompare(when(a.resource) ?? ''));
  sorted.slice(1).forEach(older);
  return sorted[0];
}

function ownQuestionnaire(e: Entry<QuestionnaireResponse>, procedure: Procedure, options: FhirBaseOptions, found: (i: number, r: FhirResource, reason: FhirPrefillReason) => void): boolean {
  const url = String(e.resource.questionnaire ?? '').split('|')[0];
  const identity = questionnaireIdentity(procedure, options);
  // Another version of our Questionnaire still shares its linkIds; answers are read by question id.
  if (url === identity.url || (identity.derivedFrom && url === identity.derivedFrom.split('|')[0])) return true;
  found(e.index, e.resource, 'other-questionnaire');
  return false;
}

interface KnownChild {
  id: string;
  keys: string[];
  answers: Record<string, Answer>;
  /** What the Tasks and ServiceRequests that point at it say (check date, referral): to match response groups. */
  evidence: Record<string, Answer>;
}

const TASK_SYSTEM = (base: string) => canonicalUrl.codeSystem(base, TASK_CODE_SYSTEM_ID);

/** The answers a child's verify-help Task and referral were made from, by the child they point at. */
function linkEvidence(children: KnownChild[], tasks: Entry<Task>[], requests: Entry<ServiceRequest>[], procedure: Procedure, base: string): void {
  const child = (ref: Reference | undefined) => (ref?.reference ? children.find((c) => c.keys.includes(ref.reference!) || c.keys.includes(refKey(ref.reference) ?? '')) : undefined);
  // A malformed Task or ServiceRequest gives no evidence here; readTask/readReferral report it.
  const each = <T>(entries: Entry<T>[], read: (r: T) => void) => entries.forEach((e) => { try { read(e.resource); } catch { /* reported where it is read */ } });
  each(tasks, (task) => {
    const due = task.restriction?.period?.end;
    const c = child(task.focus);
    if (c && typeof due === 'string' && task.code?.coding?.some((x) => x.system === TASK_SYSTEM(base) && x.code === 'verify-help')) c.evidence['verifyDate'] = due.slice(0, 10);
  });
  const where = allQuestions(procedure).find((q) => q.id === 'followUpWhere');
  each(requests, (request) => {
    const c = child(request.supportingInfo?.[0]);
    if (!c || typeof request.code?.text !== 'string') return;
    c.evidence['referralTo'] = request.code.text;
    const places = where ? (request.category ?? []).flatMap((x) => x.coding ?? []).map((x) => answerValue(where, String(x.code))).filter((v): v is string => !!v) : [];
    if (places.length) c.evidence['followUpWhere'] = places;
  });
}

/** Reads what readRelatedPersons reads, so a malformed person throws here (and is left out) rather than there. */
function validPerson(person: RelatedPerson): void {
  void [person.identifier?.map((i) => i.system), person.relationship?.flatMap((r) => r.coding?.map((c) => c.code)), person.name?.[0]?.text];
}

/** The children as the journal knows them: id from our identifier, relation, name and birth date. */
function readRelatedPersons(entries: Entry<RelatedPerson>[], procedure: Procedure, base: string, found: (i: number, r: FhirResource, reason: FhirPrefillReason, path?: string) => void): KnownChild[] {
  const system = canonicalUrl.identifier(base, 'child');
  const relation = allChildQuestions(procedure).find((q) => q.id === 'relation');
  const children: KnownChild[] = [];
  for (const e of entries) {
    const person = e.resource;
    const idValue = (Array.isArray(person.identifier) ? person.identifier : []).find((i) => typeof i?.system === 'string' && i.system.startsWith(system) && typeof i.value === 'string')?.value;
    const id = idValue === undefined ? undefined : childIdIn(idValue, typeof person.patient?.reference === 'string' ? person.patient.reference : undefined);
    if (!id || id.length > RECORD_TEXT_LIMITS.childId) {
      found(e.index, person, 'unknown-child', 'identifier');
      continue;
    }
    const existing = children.find((c) => c.id === id);
    if (existing) {
      existing.keys.push(...e.keys);
      continue;
    }
    const answers: Record<string, Answer> = {};
    const code = relation && (person.relationship ?? []).flatMap((r) => r.coding ?? []).find((c) => c.system === canonicalUrl.codeSystem(base, answerListId(relation)))?.code;
    const value = relation && code ? answerValue(relation, code) : undefined;
    if (value) answers['relation'] = value;
    const name = person.name?.[0]?.text;
    if (typeof name === 'string' && name.trim() && name.length <= RECORD_TEXT_LIMITS.answer) answers['childName'] = name;
    if (typeof person.birthDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(person.birthDate)) answers['birthDate'] = person.birthDate;
    children.push({ id, keys: [...e.keys], answers, evidence: {} });
  }
  return children;
}

/** An answer the record schema accepts (lengths), or undefined. */
function fits(answer: Answer): boolean {
  return Array.isArray(answer) ? answer.every((v) => v.length <= RECORD_TEXT_LIMITS.answerItem) : answer.length <= RECORD_TEXT_LIMITS.answer;
}

function readItems(items: QuestionnaireResponseItem[] | undefined, questions: Map<string, Question>, into: Record<string, Answer>, where: string, skip: (item: QuestionnaireResponseItem) => boolean, found: (reason: FhirPrefillReason, path: string) => void): void {
  for (const item of Array.isArray(items) ? items : []) {
    if (!isObject(item) || skip(item)) continue;
    const question = questions.get(item.linkId);
    if (question && Array.isArray(item.answer)) {
      const known = item.answer.filter((a) => !a?.valueCoding || answerValue(question, String(a.valueCoding.code)) !== undefined || !question.options?.length);
      if (known.length < item.answer.length) found('unknown-code', `${where}${item.linkId}`);
      const answer = fromResponseAnswers(question, known);
      if (answer === undefined) continue;
      if (fits(answer)) into[question.id] = answer;
      else found('too-long', `${where}${item.linkId}`);
    } else if (!question && !item.item?.length && item.answer) {
      found('unknown-item', `${where}${item.linkId}`);
    }
    readItems(item.item, questions, into, where, skip, found);
  }
}

/**
 * The response's answers: the patient's at any depth (step groups, part 2's group), each `child`
 * group's for one child. A child group carries no id, so it is matched to the RelatedPerson that
 * agrees with its relation, name and birth date, in order (the Bundle writes both in the record's
 * order); a group no RelatedPerson matches becomes a new child.
 */
function readResponse(e: Entry<QuestionnaireResponse>, procedure: Procedure, record: ChecklistRecord, known: KnownChild[], found: (i: number, r: FhirResource, reason: FhirPrefillReason, path?: string) => void): void {
  const top = new Map(allQuestions(procedure).filter((q) => !allChildQuestions(procedure).includes(q)).map((q) => [q.id, q]));
  const own = new Map(allChildQuestions(procedure).map((q) => [q.id, q]));
  const report = (reason: FhirPrefillReason, path: string) => found(e.index, e.resource, reason, path);
  const childGroups: QuestionnaireResponseItem[] = [];
  const collect = (items: QuestionnaireResponseItem[] | undefined) => {
    for (const item of Array.isArray(items) ? items : []) {
      if (!isObject(item)) continue;
      if (item.linkId === LINK_IDS.child) childGroups.push(item);
      else collect(item.item);
    }
  };
  collect(e.resource.item);
  readItems(e.resource.item, top, record.answers, '', (item) => item.linkId === LINK_IDS.child, report);
  const used = new Set<string>();
  childGroups.forEach((group, n) => {
    const answers: Record<string, Answer> = {};
    readItems(group.item, own, answers, `${LINK_IDS.child}[${n}].`, () => false, report);
    const same = (a: Answer | undefined, b: Answer | undefined) => JSON.stringify(a) === JSON.stringify(b);
    // Best: every linked fact agrees both ways (relation, name, birth date, check date, referral);
    // else one whose facts the group does not contradict.
    const exact = (c: KnownChild) => [...new Set([...Object.keys(c.answers), ...Object.keys(c.evidence), 'relation', 'childName', 'birthDate', 'verifyDate', 'referralTo'])].every((q) => same(answers[q], c.answers[q] ?? c.evidence[q]));
    const agrees = (c: KnownChild) => Object.entries({ ...c.evidence, ...c.answers }).every(([q, v]) => answers[q] === undefined || same(answers[q], v));
    const free = known.filter((c) => !used.has(c.id));
    const match = free.find(exact) ?? free.find(agrees);
    let id = match?.id;
    if (!id) for (let i = n + 1; !id || used.has(id) || known.some((c) => c.id === id); i += 1) id = `fhir-child-${i}`;
    used.add(id);
    record.children.push({ id, answers: { ...match?.answers, ...answers } });
  });
}

function extensionValue(extensions: Extension[] | undefined, base: string, name: string): Extension | undefined {
  return (Array.isArray(extensions) ? extensions : []).find((x) => x?.url === `${base}/StructureDefinition/${name}`);
}

/**
 * The Consent's provisions back as entries (consent-fhir.ts writes one provision per current
 * decision; a withdrawal as the permit that held, closed, and a deny from then). Entry ids are
 * new: FHIR does not carry them.
 */
function readConsent(e: Entry<Consent>, base: string, childIdOf: (ref: Reference | undefined) => string | undefined, record: ChecklistRecord, found: (i: number, r: FhirResource, reason: FhirPrefillReason, path?: string) => void): ConsentRecord {
  const consent = e.resource;
  const recipientSystem = canonicalUrl.codeSystem(base, RECIPIENT_CODE_SYSTEM_ID);
  const informationSystem = canonicalUrl.codeSystem(base, INFORMATION_CODE_SYSTEM_ID);
  const provisions = Array.isArray(consent.provision?.provision) ? consent.provision.provision : [];
  const entries: (ConsentEntry & { end?: string })[] = [];
  const allChildren = record.children.map((c) => c.id);
  provisions.forEach((p: ConsentProvision, n) => {
    const path = `provision.provision[${n}]`;
    if (!isObject(p as unknown)) {
      found(e.index, consent, 'invalid', path);
      return;
    }
    const actor = p.actor?.[0];
    const code = actor?.role?.coding?.find((c) => c.system === recipientSystem)?.code;
    const start = p.period?.start;
    if (!code || !(CONSENT_RECIPIENTS as readonly string[]).includes(code) || !start || (p.type !== 'permit' && p.type !== 'deny')) {
      found(e.index, consent, 'unknown-code', path);
      return;
    }
    const recipient = code as ConsentRecipient;
    const information = (p.code ?? []).flatMap((c) => c.coding ?? []).filter((c) => c.system === informationSystem).map((c) => c.code).filter((c): c is ConsentInformation => (CONSENT_INFORMATION as readonly string[]).includes(c ?? ''));
    const other = (p.code ?? []).find((c) => !c.coding?.length && typeof c.text === 'string')?.text;
    const data = Array.isArray(p.data) ? p.data : [];
    const children = data.map((d) => childIdOf(d.reference)).filter((id): id is string => !!id);
    // A child named only by a display cannot be told apart: a consent for it is not widened to
    // every child (the professional asks again); a refusal is kept, for all (the safe side).
    if (children.length < data.length) {
      found(e.index, consent, 'unknown-child', `${path}.data`);
      if (p.type === 'permit') return;
    }
    const method = extensionValue(p.extension, base, CONSENT_EXTENSIONS.method)?.valueCoding?.code;
    const recordedBy = extensionValue(p.extension, base, CONSENT_EXTENSIONS.recordedBy)?.valueString;
    const name = actor?.reference?.display;
    const entry: ConsentEntry & { end?: string } = {
      id: `fhir-consent-${n + 1}`,
      at: start,
      recipient,
      decision: p.type === 'permit' ? 'given' : 'refused',
      information,
      // The export lists every child for an entry that covers all: all again means "all".
      children: allChildren.length && children.length === allChildren.length && allChildren.every((c) => children.includes(c)) ? [] : children,
    };
    if (recipient === 'other' && name && name.length <= CONSENT_TEXT_LIMITS.recipientName) entry.recipientName = name;
    if (other && other.length <= CONSENT_TEXT_LIMITS.informationOther) entry.informationOther = other;
    if (method === 'WRITTEN' || method === 'VERBAL') entry.method = method === 'WRITTEN' ? 'written' : 'verbal';
    if (recordedBy && recordedBy.length <= CONSENT_TEXT_LIMITS.recordedBy) entry.recordedBy = recordedBy;
    if (p.type === 'permit' && p.period?.end) entry.end = p.period.end;
    entries.push(entry);
  });
  // A deny that starts where a closed permit for the same recipient ends is a withdrawal.
  for (const entry of entries) {
    if (entry.decision === 'refused' && entries.some((g) => g.decision === 'given' && g.end === entry.at && recipientKey(g) === recipientKey(entry))) entry.decision = 'withdrawn';
  }
  const askAgainOn = extensionValue(consent.extension, base, CONSENT_EXTENSIONS.askAgainOn)?.valueDate;
  const ordered = entries.map(({ end: _end, ...entry }) => entry).sort((a, b) => a.at.localeCompare(b.at) || (a.decision === 'given' ? -1 : 0) - (b.decision === 'given' ? -1 : 0));
  return { version: CONSENT_RECORD_VERSION, entries: ordered, ...(askAgainOn && /^\d{4}-\d{2}-\d{2}$/.test(askAgainOn) ? { askAgainOn } : {}) };
}

/** A referral fills the child's referral answers the response did not carry. */
function readReferral(e: Entry<ServiceRequest>, procedure: Procedure, record: ChecklistRecord, childIdOf: (ref: Reference | undefined) => string | undefined, found: (i: number, r: FhirResource, reason: FhirPrefillReason, path?: string) => void): void {
  const request = e.resource;
  const childId = childIdOf(request.supportingInfo?.[0]);
  const child = record.children.find((c) => c.id === childId);
  if (!child) {
    found(e.index, request, 'unknown-child', 'supportingInfo');
    return;
  }
  const to = request.code?.text;
  if (typeof to === 'string' && to.trim() && to.length <= RECORD_TEXT_LIMITS.answer) child.answers['referralTo'] ??= to;
  const where = allQuestions(procedure).find((q) => q.id === 'followUpWhere');
  const places = where ? (request.category ?? []).flatMap((c) => c.coding ?? []).map((c) => answerValue(where, String(c.code))).filter((v): v is string => !!v) : [];
  if (places.length) child.answers['followUpWhere'] ??= places;
}

/** An open follow-up Task: listed, and its date fills the answer it came from when that is missing. */
function readTask(e: Entry<Task>, base: string, record: ChecklistRecord, childIdOf: (ref: Reference | undefined) => string | undefined, found: (i: number, r: FhirResource, reason: FhirPrefillReason, path?: string) => void): FhirOpenTask[] {
  const task = e.resource;
  const code = task.code?.coding?.find((c) => c.system === canonicalUrl.codeSystem(base, TASK_CODE_SYSTEM_ID))?.code;
  if (!code || !(TASK_CODES as readonly string[]).includes(code)) {
    found(e.index, task, 'unknown-code', 'code');
    return [];
  }
  if (CLOSED_TASK.has(task.status)) {
    found(e.index, task, 'closed-task');
    return [];
  }
  const due = task.restriction?.period?.end;
  const open: FhirOpenTask = { code: code as FollowUpTaskCode, status: task.status, ...(due ? { due } : {}) };
  const day = due && /^\d{4}-\d{2}-\d{2}/.test(due) ? due.slice(0, 10) : undefined;
  if (code === 'verify-help') {
    const childId = childIdOf(task.focus);
    const child: ChildEntry | undefined = record.children.find((c) => c.id === childId);
    if (child) {
      open.childId = child.id;
      if (day) child.answers['verifyDate'] ??= day;
    }
  } else if (code === 'ask-children-again' && day) {
    record.answers['askAgainOn'] ??= day;
  } else if (code === 'ask-consent-again' && day && !record.consent?.askAgainOn) {
    record.answers['consentAskAgainOn'] ??= day;
  }
  return [open];
}
