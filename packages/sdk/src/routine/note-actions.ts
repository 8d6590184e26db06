import type { ChecklistActionContext } from './checklist-actions.js';
import { stampChange } from './checklist-actions.js';
import { setExcluded, setNoteEdit } from './note.js';
import type { ChecklistRecord } from './record.js';

/**
 * What the professional does to the journal entry itself, as named actions: keep a note item out
 * of the entry (or take it back in) and reword one item. They need the note (which items are
 * core, what an edit was based on), so they live beside it; the record's own actions are in
 * checklist-actions.ts. Core items (identity, the four points, the duty to report, consent
 * decisions) can never be kept out: the record is returned unchanged.
 */
export type NoteAction =
  /** A note item kept out of the journal entry, or back in. */
  | { type: 'excludedSet'; key: string; excluded: boolean }
  /** One note item reworded; `undefined` or empty goes back to the text from the answers. */
  | { type: 'noteEdited'; key: string; text: string | undefined };

export function applyNoteAction(record: ChecklistRecord, action: NoteAction, context: ChecklistActionContext): ChecklistRecord {
  const next = action.type === 'excludedSet' ? setExcluded(record, action.key, action.excluded, context.procedure) : setNoteEdit(record, action.key, action.text, context.procedure);
  return stampChange(record, next, context);
}
