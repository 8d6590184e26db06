// The checklist record's types and what the widget needs to build one: no zod at runtime (types
// only from ./record-schema.ts), so a checklist that a host hands no record never loads its
// validator. The schemas and readChecklistRecord are in ./record-schema.ts.
import type { answerSchema, checklistRecordSchema, childEntrySchema, noteEditSchema } from './record-schema.js';
import type { infer as Infer } from 'zod/mini';

/** An answer: one value (choice, yes/no, text, ISO date) or several (multi). */
export type Answer = Infer<typeof answerSchema>;

export const CHECKLIST_RECORD_VERSION = 2;

/**
 * The longest texts a checklist record holds, in characters: the schema (record-schema.ts)
 * refuses more, and the checklist's inputs and SDK helpers keep to them, so a record the widget
 * builds is valid without loading the validator. One definition for all three.
 */
export const RECORD_TEXT_LIMITS = {
  answer: 4000,
  answerItem: 200,
  childId: 100,
  childLabel: 60,
  noteEdit: 4000,
  noteEditBasis: 8000,
  procedure: 200,
  excludedKey: 300,
  addendum: 20_000,
  setAsideNote: 20_000,
  updatedAt: 100,
} as const;

export type ChildEntry = Infer<typeof childEntrySchema>;
export type NoteEdit = Infer<typeof noteEditSchema>;
export type ChecklistRecord = Infer<typeof checklistRecordSchema>;

export function emptyRecord(procedureId = 'bsp-national-default'): ChecklistRecord {
  return { version: CHECKLIST_RECORD_VERSION, procedure: procedureId, answers: {}, children: [], excluded: [] };
}

