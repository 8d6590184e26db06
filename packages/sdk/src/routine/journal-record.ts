import { excludedKeys, shownRecord } from '../fhir/shown-record.js';
import type { Procedure } from './procedure.js';
import type { ChecklistRecord } from './record.js';

/**
 * The record a journal may store: what applies now (answers of closed parts left out), without
 * the items the professional kept out, their rewordings, or a version-1 whole-note text that may
 * still hold them. The working draft (`record`) keeps everything, for continuing later; this is
 * the one to archive. The note and FHIR are made from the same rule (`shownRecord`).
 */
export function journalRecord(record: ChecklistRecord, procedure: Procedure): ChecklistRecord {
  const excluded = excludedKeys(record, procedure);
  const shown = shownRecord(record, procedure);
  const { setAsideNote: _aside, noteEdits, ...rest } = shown;
  const edits = noteEdits ? Object.fromEntries(Object.entries(noteEdits).filter(([key]) => !excluded.has(key))) : {};
  return { ...rest, excluded: [], ...(Object.keys(edits).length ? { noteEdits: edits } : {}) };
}
