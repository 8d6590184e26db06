import { applyChecklistAction, type ChecklistAction, type ChecklistActionContext } from './checklist-actions.js';
import { applyNoteAction, type NoteAction } from './note-actions.js';
import type { ChecklistRecord } from './record.js';

/** Every action on a checklist record: the record's own and the note's. */
export type RoutineAction = ChecklistAction | NoteAction;

const isNoteAction = (action: RoutineAction): action is NoteAction => action.type === 'excludedSet' || action.type === 'noteEdited';

/** Applies one action of either kind (what a journal system running the routine headless calls). */
export function applyRoutineAction(record: ChecklistRecord, action: RoutineAction, context: ChecklistActionContext): ChecklistRecord {
  return isNoteAction(action) ? applyNoteAction(record, action, context) : applyChecklistAction(record, action, context);
}

/** Applies actions in order (a headless host replaying what its own UI did). */
export function applyRoutineActions(record: ChecklistRecord, actions: Iterable<RoutineAction>, context: ChecklistActionContext): ChecklistRecord {
  let next = record;
  for (const action of actions) next = applyRoutineAction(next, action, context);
  return next;
}
