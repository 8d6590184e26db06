import type { Narrative } from 'fhir/r4.js';
import type { Lang } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import { includedNoteItems, noteGroups, type NoteItem } from '../routine/note.js';
import { childLabel } from '../routine/note-items.js';
import type { Procedure } from '../routine/procedure.js';
import type { ChecklistRecord } from '../routine/record.js';
import { checklistMessages, type ChecklistMessageKey } from '../routine/translations/index.js';
import { narrative } from './narrative.js';

/**
 * A resource's narrative from the structured note: the included items (edits applied), grouped
 * as in the journal note, so an item kept out of the entry is never in any resource.
 * `only` narrows it to the items the resource is about (one child, the consent items).
 */
export function noteNarrative(record: ChecklistRecord, procedure: Procedure, lang: Lang, title: string, only: (item: NoteItem) => boolean = () => true, withAddendum = false): Narrative {
  const t = (key: ChecklistMessageKey) => format(checklistMessages, lang, key);
  const items = includedNoteItems(record, procedure, lang).filter(only);
  // Grouped as the journal note is (per child, the child named once): one definition, noteGroups.
  const sections = noteGroups(items, lang, { childHeading: (id) => childLabel(record, procedure, lang, id) }).map((g) => ({ heading: g.heading, lines: g.items.map((i) => i.text) }));
  const addendum = record.addendum?.trim();
  if (withAddendum && addendum) sections.push({ heading: t('sectionAddendum'), lines: [addendum] });
  return narrative(title, sections);
}
