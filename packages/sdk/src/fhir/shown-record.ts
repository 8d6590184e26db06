import { visibleRecord } from '../routine/engine.js';
import { noteItems } from '../routine/note.js';
import type { Procedure } from '../routine/procedure.js';
import type { Answer, ChecklistRecord } from '../routine/record.js';

/** Note item keys the professional kept out of the entry (core keys are never among them). */
export function excludedKeys(record: ChecklistRecord, procedure: Procedure): Set<string> {
  return new Set(noteItems(record, procedure, 'nb').filter((i) => i.excluded).map((i) => i.key));
}

/**
 * What every FHIR resource may carry: the visible answers without those kept out, seen again
 * through the procedure's conditions (an answer that only shows because of a kept-out answer goes
 * too, since no renderer could show it).
 */
export function shownRecord(record: ChecklistRecord, procedure: Procedure): ChecklistRecord {
  const excluded = excludedKeys(record, procedure);
  const visible = visibleRecord(record, procedure);
  const keep = (answers: Record<string, Answer>, key: (qid: string) => string) => Object.fromEntries(Object.entries(answers).filter(([qid]) => !excluded.has(key(qid))));
  return visibleRecord(
    { ...visible, answers: keep(visible.answers, (qid) => `answer:${qid}`), children: visible.children.map((c) => ({ ...c, answers: keep(c.answers, (qid) => `child:${c.id}:${qid}`) })) },
    procedure,
  );
}
