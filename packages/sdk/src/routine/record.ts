import {
  array,
  literal,
  maxLength,
  minLength,
  object,
  optional,
  record as zRecord,
  string,
  union,
  type infer as Infer,
} from 'zod/mini';
import { consentRecordSchema } from '../consent/consent.js';

/** An answer: one value (choice, yes/no, text, ISO date) or several (multi). */
export const answerSchema = union([string().check(maxLength(4000)), array(string().check(maxLength(200)))]);
export type Answer = Infer<typeof answerSchema>;

export const childEntrySchema = object({
  id: string().check(minLength(1)),
  /** Optional, not a name: e.g. "eldste" / "A". */
  label: optional(string().check(maxLength(60))),
  answers: zRecord(string(), answerSchema),
});

/**
 * The versioned checklist record: every answer, per child, which note items the professional
 * kept out of the journal, and their edited note text. No names are needed (DOMAIN §5).
 */
export const checklistRecordSchema = object({
  version: literal(1),
  procedure: string(),
  answers: zRecord(string(), answerSchema),
  children: array(childEntrySchema),
  /** Note item keys marked "not for the journal" (e.g. what the child said in confidence). */
  excluded: array(string()),
  /** The professional's edited note; when absent the note is generated. */
  noteText: optional(string().check(maxLength(20000))),
  /** The consent form's record when <bsp-consent-form> is used inside the checklist. */
  consent: optional(consentRecordSchema),
  updatedAt: optional(string()),
});

export type ChildEntry = Infer<typeof childEntrySchema>;
export type ChecklistRecord = Infer<typeof checklistRecordSchema>;

export function emptyRecord(procedureId = 'bsp-national-default'): ChecklistRecord {
  return { version: 1, procedure: procedureId, answers: {}, children: [], excluded: [] };
}
