import {
  array,
  enum as zEnum,
  iso,
  literal,
  maxLength,
  minLength,
  object,
  optional,
  string,
  type infer as Infer,
} from 'zod/mini';
import { localized, type LocalizedText } from '../i18n/lang.js';

const L = localized;

/** Who may receive information (seed 002, vedlegg 1 «Samtykke til oppfølging av barn»; §6.3.2). */
export const CONSENT_RECIPIENTS = [
  'child',
  'other-parent',
  'health-station',
  'gp',
  'school',
  'family-help',
  'specialist',
  'other',
] as const;
export type ConsentRecipient = (typeof CONSENT_RECIPIENTS)[number];

export const recipientLabels: Record<ConsentRecipient, LocalizedText> = {
  child: L('Barnet selv', 'Barnet sjølv', 'The child'),
  'other-parent': L('Den andre forelderen eller omsorgspersonen', 'Den andre forelderen eller omsorgspersonen', 'The other parent or carer'),
  'health-station': L('Helsestasjon og skolehelsetjeneste', 'Helsestasjon og skulehelseteneste', 'Health station and school health service'),
  gp: L('Fastlege', 'Fastlege', 'GP'),
  school: L('Barnehage eller skole', 'Barnehage eller skule', 'Kindergarten or school'),
  'family-help': L('Familiesenter / barne- og familiehjelp', 'Familiesenter / barne- og familiehjelp', 'Family centre / family help'),
  specialist: L('Spesialisthelsetjenesten', 'Spesialisthelsetenesta', 'Specialist health service'),
  other: L('Andre (navngitt)', 'Andre (namngitt)', 'Other (named)'),
};

export const CONSENT_INFORMATION = ['condition', 'treatment', 'practical'] as const;
export type ConsentInformation = (typeof CONSENT_INFORMATION)[number];

export const informationLabels: Record<ConsentInformation, LocalizedText> = {
  condition: L('Sykdommen eller tilstanden', 'Sjukdommen eller tilstanden', 'The illness or condition'),
  treatment: L('Behandling og forløp', 'Behandling og forløp', 'Treatment and course'),
  practical: L('Praktiske forhold, som innleggelse og besøk', 'Praktiske forhold, som innlegging og besøk', 'Practical matters such as admission and visits'),
};

/** One decision, as recorded. Entries are never changed or deleted: a change is a new entry. */
export const consentEntrySchema = object({
  id: string().check(minLength(1)),
  at: iso.datetime({ offset: true }),
  recipient: zEnum(CONSENT_RECIPIENTS),
  /** Required in practice for `other`: who. */
  recipientName: optional(string().check(maxLength(200))),
  decision: zEnum(['given', 'refused', 'withdrawn']),
  information: array(zEnum(CONSENT_INFORMATION)),
  informationOther: optional(string().check(maxLength(2000))),
  /** Which children it covers (checklist child ids or short labels); empty = all. */
  children: array(string().check(maxLength(60))),
  method: zEnum(['written', 'verbal']),
  recordedBy: optional(string().check(maxLength(200))),
});

export const consentRecordSchema = object({
  version: literal(1),
  entries: array(consentEntrySchema),
  /** When to ask again after a refusal (ISO date). */
  askAgainOn: optional(iso.date()),
});

export type ConsentEntry = Infer<typeof consentEntrySchema>;
export type ConsentRecord = Infer<typeof consentRecordSchema>;
export type ConsentDecision = ConsentEntry['decision'];

export function emptyConsentRecord(): ConsentRecord {
  return { version: 1, entries: [] };
}

/** Appends an entry (immutable: returns a new record, history untouched). */
export function addConsentEntry(record: ConsentRecord, entry: Omit<ConsentEntry, 'id'> & { id?: string }): ConsentRecord {
  const id = entry.id ?? `e${record.entries.length + 1}-${Date.parse(entry.at).toString(36)}`;
  return { ...record, entries: [...record.entries, { ...entry, id }] };
}

const recipientKey = (e: Pick<ConsentEntry, 'recipient' | 'recipientName'>) =>
  e.recipient === 'other' ? `other:${e.recipientName ?? ''}` : e.recipient;

/** The latest entry per recipient: what holds now. */
export function currentConsents(record: ConsentRecord): ConsentEntry[] {
  const latest = new Map<string, ConsentEntry>();
  for (const entry of record.entries) latest.set(recipientKey(entry), entry);
  return [...latest.values()];
}

/** Withdrawal adds an entry; the earlier consent stays in the history. */
export function withdrawConsent(
  record: ConsentRecord,
  recipient: ConsentRecipient,
  options: { at: string; recordedBy?: string; method?: ConsentEntry['method']; recipientName?: string },
): ConsentRecord {
  const current = currentConsents(record).find((e) => recipientKey(e) === recipientKey({ recipient, recipientName: options.recipientName }));
  return addConsentEntry(record, {
    at: options.at,
    recipient,
    recipientName: options.recipientName,
    decision: 'withdrawn',
    information: current?.information ?? [],
    children: current?.children ?? [],
    method: options.method ?? current?.method ?? 'verbal',
    recordedBy: options.recordedBy,
  });
}

export type ConsentStatus = 'none' | 'full' | 'partial' | 'refused';

/**
 * Full: every recipient decided has consent to all standard information. Partial: some consent,
 * but not to everyone or everything. Refused: decisions recorded, none given (or all withdrawn).
 */
export function consentStatus(record: ConsentRecord): ConsentStatus {
  const current = currentConsents(record);
  if (!current.length) return 'none';
  const given = current.filter((e) => e.decision === 'given');
  if (!given.length) return 'refused';
  const complete = given.length === current.length && given.every((e) => CONSENT_INFORMATION.every((i) => e.information.includes(i)));
  return complete ? 'full' : 'partial';
}

/** True when the refusal path should show: any current refusal or withdrawal. */
export function hasRefusal(record: ConsentRecord): boolean {
  return currentConsents(record).some((e) => e.decision !== 'given');
}
