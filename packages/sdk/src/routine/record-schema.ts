// The checklist record's schema and its reader (migration of older versions): the part of the
// record that needs zod, imported by a widget only when a host hands it data (a record, a
// stored draft). Types and emptyRecord are in ./record.ts.
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
} from 'zod/mini';
import type { Lang } from '../i18n/lang.js';
import { languages } from '../i18n/registry.js';
import { format } from '../i18n/messages.js';
import type { ParseResult } from '../errors/parse.js';
import { parseWith } from '../errors/parse-with.js';
import { consentRecordSchema, readConsentRecord } from '../consent/consent-schema.js';
import { checklistMessages } from './translations/index.js';
import { childDescription } from './child-description.js';
import { defaultProcedure } from './procedure.js';
import { deferred } from '../shared/deferred.js';
import { CHECKLIST_RECORD_VERSION, RECORD_TEXT_LIMITS as MAX, type Answer, type ChecklistRecord } from './record.js';

/** An answer: one value (choice, yes/no, text, ISO date) or several (multi). */
export const answerSchema = deferred(() => union([string().check(maxLength(MAX.answer)), array(string().check(maxLength(MAX.answerItem)))]));

export const childEntrySchema = deferred(() =>
  object({
    id: string().check(minLength(1), maxLength(MAX.childId)),
    /** Optional, not a name: e.g. "eldste" / "A". */
    label: optional(string().check(maxLength(MAX.childLabel))),
    answers: zRecord(string(), answerSchema),
  }),
);

/** The professional's rewording of one note item, with the text it replaced. */
export const noteEditSchema = deferred(() =>
  object({
    text: string().check(maxLength(MAX.noteEdit)),
    /** The generated text when the edit was made: when the answers change it, the edit is stale. */
    basedOn: string().check(maxLength(MAX.noteEditBasis)),
  }),
);

/**
 * The versioned checklist record: every answer (also those of parts that are closed now, so
 * nothing typed is lost), per child, which note items the professional kept out of the record
 * entry, per-item edits and a free-text addendum. No names are needed (DOMAIN §5).
 */
export const checklistRecordSchema = deferred(() =>
  object({
    version: literal(CHECKLIST_RECORD_VERSION),
    procedure: string().check(maxLength(MAX.procedure)),
    answers: zRecord(string(), answerSchema),
    children: array(childEntrySchema),
    /** Note item keys marked "not for the record" (e.g. what the child said in confidence). Core keys are ignored. */
    excluded: array(string().check(maxLength(MAX.excludedKey))),
    noteEdits: optional(zRecord(string(), noteEditSchema)),
    /** Free text the professional adds at the end of the entry. */
    addendum: optional(string().check(maxLength(MAX.addendum))),
    /**
     * A whole-note text written by version 1, which could still hold items kept out. Kept so nothing
     * is lost, never written into the entry; the review asks the professional to look at it.
     */
    setAsideNote: optional(string().check(maxLength(MAX.setAsideNote))),
    /** The consent form's record when <bsp-consent-form> is used inside the checklist. */
    consent: optional(consentRecordSchema),
    updatedAt: optional(string().check(maxLength(MAX.updatedAt))),
  }),
);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Version 1 answer values that changed meaning (renamed questions, ASCII age codes). */
const V1_CHILD_RENAMES: Record<string, string> = { carerIfAdmitted: 'carerWhileInCare' };

function migrateV1(v1: Record<string, unknown>, lang: Lang): unknown {
  const answers = isObject(v1['answers']) ? { ...v1['answers'] } : v1['answers'];
  if (isObject(answers) && Object.prototype.hasOwnProperty.call(answers, 'childNeedsCareNow')) {
    // One question asked two things; "yes" may only have meant "present", so it is not carried
    // over as the acute alarm: the professional answers the new, separate questions.
    delete answers['childNeedsCareNow'];
  }
  const children = Array.isArray(v1['children'])
    ? v1['children'].map((child: unknown) => {
        if (!isObject(child) || !isObject(child['answers'])) return child;
        const own: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(child['answers'])) {
          const renamed = Object.prototype.hasOwnProperty.call(V1_CHILD_RENAMES, key) ? V1_CHILD_RENAMES[key]! : key;
          own[renamed] = renamed === 'age' && typeof value === 'string' ? value.replace('–', '-') : value;
        }
        return { ...child, answers: own };
      })
    : v1['children'];
  // The v1 consent form stored each child by the label shown in the language of the moment.
  const childLabels = Array.isArray(children)
    ? children.flatMap((c: unknown, i) => {
        if (!isObject(c) || typeof c['id'] !== 'string' || !isObject(c['answers'])) return [];
        const entry = { id: c['id'], label: typeof c['label'] === 'string' ? c['label'] : undefined, answers: c['answers'] as Record<string, Answer> };
        return languages().map((l) => ({ id: entry.id, label: childDescription(entry, i, defaultProcedure, l) }));
      })
    : [];
  const consent = v1['consent'] === undefined ? undefined : readConsentRecord(v1['consent'], { lang, children: childLabels });
  const { noteText, version: _version, ...rest } = v1;
  return {
    ...rest,
    version: CHECKLIST_RECORD_VERSION,
    answers,
    children,
    ...(typeof noteText === 'string' && noteText.trim() ? { setAsideNote: noteText } : {}),
    ...(consent ? { consent: consent.ok ? consent.value : v1['consent'] } : {}),
  };
}

/**
 * Reads a record of any version the library has written (a draft, a host's stored record) and
 * migrates it to the current one; never throws. Use this, not the schema, for stored data.
 */
export function readChecklistRecord(value: unknown, lang: Lang = 'nb'): ParseResult<ChecklistRecord> {
  let input: unknown;
  try {
    // A host object with throwing getters or a Proxy is read once, defensively, into plain data.
    input = structuredClone(value);
  } catch {
    input = undefined;
  }
  if (isObject(input) && input['version'] === 1) input = migrateV1(input, lang);
  return parseWith(checklistRecordSchema, input, { what: format(checklistMessages, lang, 'recordName'), lang, code: 'invalid-input' });
}
