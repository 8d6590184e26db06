// The checklist record's types and what the widget needs to build one: no zod at runtime (types
// only from ./record-schema.ts), so a checklist that a host hands no record never loads its
// validator. The schemas and readChecklistRecord are in ./record-schema.ts.
import type { answerSchema, checklistRecordSchema, childEntrySchema, noteEditSchema } from './record-schema.js';
import type { infer as Infer } from 'zod/mini';

/** An answer: one value (choice, yes/no, text, ISO date) or several (multi). */
export type Answer = Infer<typeof answerSchema>;

export const CHECKLIST_RECORD_VERSION = 2;

export type ChildEntry = Infer<typeof childEntrySchema>;
export type NoteEdit = Infer<typeof noteEditSchema>;
export type ChecklistRecord = Infer<typeof checklistRecordSchema>;

export function emptyRecord(procedureId = 'bsp-national-default'): ChecklistRecord {
  return { version: CHECKLIST_RECORD_VERSION, procedure: procedureId, answers: {}, children: [], excluded: [] };
}

