// The consent record's schema and its reader (migration of version 1): the part of consent that
// needs zod, imported by a widget only when a host hands it a record (or form state to restore).
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
} from 'zod/mini';
import type { Lang } from '../i18n/lang.js';
import type { ParseResult } from '../errors/parse.js';
import { parseWith } from '../errors/parse-with.js';
import { format } from '../i18n/messages.js';
import { consentScreenMessages } from './translations/screen.js';
import { deferred } from '../shared/deferred.js';
import { CONSENT_INFORMATION, CONSENT_RECIPIENTS, CONSENT_RECORD_VERSION, CONSENT_TEXT_LIMITS as MAX, type ConsentRecord } from './consent.js';

const consentRecordName = (lang: Lang) => format(consentScreenMessages, lang, 'recordName');

/** One decision, as recorded. Entries are never changed or deleted: a change is a new entry. */
export const consentEntrySchema = deferred(() =>
  object({
    id: string().check(minLength(1)),
    at: iso.datetime({ offset: true }),
    recipient: zEnum(CONSENT_RECIPIENTS),
    /** Required in practice for `other`: who. */
    recipientName: optional(string().check(maxLength(MAX.recipientName))),
    decision: zEnum(['given', 'refused', 'withdrawn']),
    information: array(zEnum(CONSENT_INFORMATION)),
    informationOther: optional(string().check(maxLength(MAX.informationOther))),
    /**
     * Which children it covers, by the checklist's stable child id; empty = all. Labels are looked up
     * only at display time, so a long label or a language switch can never break the link.
     */
    children: array(string().check(minLength(1), maxLength(MAX.childId))),
    /** How consent was given; a refusal or withdrawal needs none. */
    method: optional(zEnum(['written', 'verbal'])),
    recordedBy: optional(string().check(maxLength(MAX.recordedBy))),
  }),
);

export const consentRecordSchema = deferred(() =>
  object({
    version: literal(CONSENT_RECORD_VERSION),
    entries: array(consentEntrySchema),
    /** When to ask again after a refusal (ISO date). */
    askAgainOn: optional(iso.date()),
  }),
);

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

