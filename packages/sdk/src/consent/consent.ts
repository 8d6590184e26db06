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
import { contentKeys, type Lang, type Text } from '../i18n/lang.js';
import { consentContent } from './content/index.js';
import type { ParseResult } from '../errors/parse.js';
import { parseWith } from '../errors/parse-with.js';
import { format } from '../i18n/messages.js';
import { consentMessages } from './translations/index.js';
import { deferred } from '../shared/deferred.js';

const consentRecordName = (lang: Lang) => format(consentMessages, lang, 'recordName');

/** The labels' text is in ./content/<lang>.ts. */
const t = contentKeys(consentContent);

/** Who may receive information (seed 002, vedlegg 1 «Samtykke til oppfølging av barn»; §6.3.2). */
export const CONSENT_RECIPIENTS = [
  'child',
  'other-parent',
  'health-station',
  'gp',
  'school',
  'family-help',
  'child-welfare',
  'ppt',
  'specialist',
  'other',
] as const;
export type ConsentRecipient = (typeof CONSENT_RECIPIENTS)[number];

export const recipientLabels: Record<ConsentRecipient, Text> = {
  child: t('recipient.child'),
  'other-parent': t('recipient.other-parent'),
  'health-station': t('recipient.health-station'),
  gp: t('recipient.gp'),
  school: t('recipient.school'),
  'family-help': t('recipient.family-help'),
  'child-welfare': t('recipient.child-welfare'),
  ppt: t('recipient.ppt'),
  specialist: t('recipient.specialist'),
  other: t('recipient.other'),
};

export const CONSENT_INFORMATION = ['condition', 'treatment', 'practical'] as const;
export type ConsentInformation = (typeof CONSENT_INFORMATION)[number];

export const informationLabels: Record<ConsentInformation, Text> = {
  condition: t('information.condition'),
  treatment: t('information.treatment'),
  practical: t('information.practical'),
};

/** One decision, as recorded. Entries are never changed or deleted: a change is a new entry. */
export const consentEntrySchema = deferred(() =>
  object({
    id: string().check(minLength(1)),
    at: iso.datetime({ offset: true }),
    recipient: zEnum(CONSENT_RECIPIENTS),
    /** Required in practice for `other`: who. */
    recipientName: optional(string().check(maxLength(200))),
    decision: zEnum(['given', 'refused', 'withdrawn']),
    information: array(zEnum(CONSENT_INFORMATION)),
    informationOther: optional(string().check(maxLength(2000))),
    /**
     * Which children it covers, by the checklist's stable child id; empty = all. Labels are looked up
     * only at display time, so a long label or a language switch can never break the link.
     */
    children: array(string().check(minLength(1), maxLength(100))),
    /** How consent was given; a refusal or withdrawal needs none. */
    method: optional(zEnum(['written', 'verbal'])),
    recordedBy: optional(string().check(maxLength(200))),
  }),
);

export const CONSENT_RECORD_VERSION = 2;

export const consentRecordSchema = deferred(() =>
  object({
    version: literal(CONSENT_RECORD_VERSION),
    entries: array(consentEntrySchema),
    /** When to ask again after a refusal (ISO date). */
    askAgainOn: optional(iso.date()),
  }),
);

export type ConsentEntry = Infer<typeof consentEntrySchema>;
export type ConsentRecord = Infer<typeof consentRecordSchema>;
export type ConsentDecision = ConsentEntry['decision'];

export function emptyConsentRecord(): ConsentRecord {
  return { version: CONSENT_RECORD_VERSION, entries: [] };
}

/**
 * Reads a consent record of any version. Version 1 stored each child by its translated display
 * label (cut at 60 characters); those are matched back to child ids through the labels the
 * checklist had shown, and a label that matches no child is kept as it is (shown as written).
 */
export function readConsentRecord(
  value: unknown,
  options: { lang: Lang; children?: readonly { id: string; label: string }[] },
): ParseResult<ConsentRecord> {
  if (isRecordObject(value) && value['version'] === 1 && Array.isArray(value['entries'])) {
    const byLabel = new Map((options.children ?? []).flatMap((c) => [[c.label, c.id] as const, [c.label.slice(0, 60), c.id] as const]));
    value = {
      ...value,
      version: CONSENT_RECORD_VERSION,
      entries: value['entries'].map((entry: unknown) =>
        isRecordObject(entry) && Array.isArray(entry['children'])
          ? { ...entry, children: entry['children'].map((c: unknown) => (typeof c === 'string' ? (byLabel.get(c) ?? c) : c)) }
          : entry,
      ),
    };
  }
  return parseWith(consentRecordSchema, value, { what: consentRecordName(options.lang), lang: options.lang, code: 'invalid-input' });
}

function isRecordObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Appends an entry (immutable: returns a new record, history untouched). */
export function addConsentEntry(record: ConsentRecord, entry: Omit<ConsentEntry, 'id'> & { id?: string }): ConsentRecord {
  const id = entry.id ?? `e${record.entries.length + 1}-${Date.parse(entry.at).toString(36)}`;
  return { ...record, entries: [...record.entries, { ...entry, id }] };
}

export const recipientKey = (e: Pick<ConsentEntry, 'recipient' | 'recipientName'>): string =>
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
    ...(options.method ? { method: options.method } : {}),
    recordedBy: options.recordedBy,
  });
}

/** What holds now for a recipient and (optionally) one child: an entry covers a child when its list is empty or names it. */
export function consentFor(record: ConsentRecord | undefined, recipient: ConsentRecipient, childId?: string): ConsentDecision | 'none' {
  if (!record) return 'none';
  let decision: ConsentDecision | 'none' = 'none';
  for (const entry of record.entries) {
    if (entry.recipient !== recipient) continue;
    if (childId !== undefined && entry.children.length && !entry.children.includes(childId)) continue;
    decision = entry.decision;
  }
  return decision;
}

/**
 * The consent recipient a follow-up place needs (002 §4.3.1 point 5; §6.3.2). Own service needs
 * no information to others; "other" is free text and cannot be matched.
 */
const FOLLOW_UP_RECIPIENTS: Record<string, ConsentRecipient> = {
  'health-station': 'health-station',
  'family-help': 'family-help',
  gp: 'gp',
  school: 'school',
  'child-welfare': 'child-welfare',
  ppt: 'ppt',
  specialist: 'specialist',
};

export function followUpRecipient(followUpValue: string): ConsentRecipient | undefined {
  return Object.prototype.hasOwnProperty.call(FOLLOW_UP_RECIPIENTS, followUpValue) ? FOLLOW_UP_RECIPIENTS[followUpValue] : undefined;
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
