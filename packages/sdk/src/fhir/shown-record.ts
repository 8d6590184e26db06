import { visibleRecord } from '../routine/engine.js';
import { noteItems } from '../routine/note.js';
import type { Procedure } from '../routine/procedure.js';
import type { Answer, ChecklistRecord } from '../routine/record.js';

/** Note item keys the professional kept out of the entry (core keys are never among them). */
export function excludedKeys(record: ChecklistRecord, procedure: Procedure): Set<string> {
  return new Set(noteItems(record, procedure, 'nb').filter((i) => i.excluded).map((i) => i.key));
}

/**
 * What the journal note holds: the visible answers (part 2 open or closed by the engine, on the
 * whole record) without those kept out. The resources extracted from the record (RelatedPerson,
 * ServiceRequest, Task, Consent) follow it: a child the note names with a referral gets them even
 * when an answer part 2 opened on was kept out (issue 31).
 */
export function keptRecord(record: ChecklistRecord, procedure: Procedure): ChecklistRecord {
  const excluded = excludedKeys(record, procedure);
  const visible = visibleRecord(record, procedure);
  const keep = (answers: Record<string, Answer>, key: (qid: string) => string) => Object.fromEntries(Object.entries(answers).filter(([qid]) => !excluded.has(key(qid))));
  return { ...visible, answers: keep(visible.answers, (qid) => `answer:${qid}`), children: visible.children.map((c) => ({ ...c, answers: keep(c.answers, (qid) => `child:${c.id}:${qid}`) })) };
}

/**
 * What the QuestionnaireResponse may carry: the kept record seen again through the procedure's
 * conditions, as a renderer evaluates the Questionnaire on the response. An answer that only shows
 * because of a kept-out answer goes, and so does part 2 when its opening rule rests on one: SDC
 * forbids answers in a disabled item, and LHC-Forms drops them.
 */
export function shownRecord(record: ChecklistRecord, procedure: Procedure): ChecklistRecord {
  return visibleRecord(keptRecord(record, procedure), procedure);
}
