import type { Narrative } from 'fhir/r4.js';
import type { Lang } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import { includedNoteItems, SECTION_ORDER, type NoteItem } from '../routine/note.js';
import type { Procedure } from '../routine/procedure.js';
import type { ChecklistRecord } from '../routine/record.js';
import { checklistMessages, type ChecklistMessageKey } from '../routine/translations/index.js';
import { narrative } from './narrative.js';

/**
 * A resource's narrative from the structured note: the included items (edits applied), grouped
 * by section as in the journal note, so an item kept out of the entry is never in any resource.
 * `only` narrows it to the items the resource is about (one child, the consent items).
 */
export function noteNarrative(record: ChecklistRecord, procedure: Procedure, lang: Lang, title: string, only: (item: NoteItem) => boolean = () => true, withAddendum = false): Narrative {
  const t = (key: ChecklistMessageKey) => format(checklistMessages, lang, key);
  const items = includedNoteItems(record, procedure, lang).filter(only);
  const sections = SECTION_ORDER.map((section) => ({ heading: t(section), lines: items.filter((i) => i.section === section).map((i) => i.text) }));
  const addendum = record.addendum?.trim();
  if (withAddendum && addendum) sections.push({ heading: t('sectionAddendum'), lines: [addendum] });
  return narrative(title, sections);
}
