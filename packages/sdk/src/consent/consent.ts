// The consent record's types, labels and helpers: no zod at runtime (types only from
// ./consent-schema.ts), so a consent form that a host hands no record never loads its validator.
// The schemas and readConsentRecord are in ./consent-schema.ts.
import type { infer as Infer } from 'zod/mini';
import { contentKeys, pick, type Lang, type Text } from '../i18n/lang.js';
import { consentContent } from './content/index.js';
import type { consentEntrySchema, consentRecordSchema } from './consent-schema.js';

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

const recipientSentenceLabels: Record<ConsentRecipient, Text> = {
  child: t('inSentence.child'),
  'other-parent': t('inSentence.other-parent'),
  'health-station': t('inSentence.health-station'),
  gp: t('inSentence.gp'),
  school: t('inSentence.school'),
  'family-help': t('inSentence.family-help'),
  'child-welfare': t('inSentence.child-welfare'),
  ppt: t('inSentence.ppt'),
  specialist: t('inSentence.specialist'),
  other: t('inSentence.other'),
};

export const CONSENT_INFORMATION = ['condition', 'treatment', 'practical'] as const;
export type ConsentInformation = (typeof CONSENT_INFORMATION)[number];

export const informationLabels: Record<ConsentInformation, Text> = {
  condition: t('information.condition'),
  treatment: t('information.treatment'),
  practical: t('information.practical'),
};

export const CONSENT_RECORD_VERSION = 2;

/**
 * The longest texts a consent entry holds, in characters: the schema (consent-schema.ts) refuses
 * more, and the consent form's inputs keep to them, so the entries it builds are valid without
 * loading the validator.
 */
export const CONSENT_TEXT_LIMITS = { recipientName: 200, informationOther: 2000, childId: 100, recordedBy: 200 } as const;

export type ConsentEntry = Infer<typeof consentEntrySchema>;
export type ConsentRecord = Infer<typeof consentRecordSchema>;
export type ConsentDecision = ConsentEntry['decision'];

export function emptyConsentRecord(): ConsentRecord {
  return { version: CONSENT_RECORD_VERSION, entries: [] };
}

// In a module of their own: only code that records decisions needs them (the consent form loads
// that on demand), so a form's first load carries neither.
export { addConsentEntry, withdrawConsent } from './consent-entries.js';

export const recipientKey = (e: Pick<ConsentEntry, 'recipient' | 'recipientName'>): string =>
  e.recipient === 'other' ? `other:${e.recipientName ?? ''}` : e.recipient;

export function recipientName(entry: Pick<ConsentEntry, 'recipient' | 'recipientName'>, lang: Lang): string {
  return entry.recipient === 'other' && entry.recipientName ? entry.recipientName : pick(recipientLabels[entry.recipient], lang);
}

/**
 * A recipient inside a sentence, as each language writes it there (content `inSentence.<id>`):
 * «Samtykke til fastlege», "consent to share information with the GP". Not derived from the label
 * by lower-casing: English needs the article and keeps a name's capitals ("the Educational and
 * Psychological Counselling Service (PPT)"). A named recipient is shown as written.
 */
export function recipientInSentence(entry: Pick<ConsentEntry, 'recipient' | 'recipientName'>, lang: Lang): string {
  return entry.recipient === 'other' && entry.recipientName ? entry.recipientName : pick(recipientSentenceLabels[entry.recipient], lang);
}

/** The latest entry per recipient: what holds now. */
export function currentConsents(record: ConsentRecord): ConsentEntry[] {
  const latest = new Map<string, ConsentEntry>();
  for (const entry of record.entries) latest.set(recipientKey(entry), entry);
  return [...latest.values()];
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
