import type { Lang } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import { requireLanguage } from '../i18n/require-language.js';
import { answerNoteItems, finish, noteDate, SECTION_ORDER, type NoteItem, type NoteOptions, type NoteSection } from './note-items.js';
import type { Procedure } from './procedure.js';
import { RECORD_TEXT_LIMITS, type ChecklistRecord } from './record.js';
import { reviewMessage, reviewRecord } from './review.js';
import { checklistMessages } from './translations/index.js';

export { answerText, childDescription } from './child-description.js';
export type { NoteItem, NoteOptions, NoteSection } from './note-items.js';
export { SECTION_ORDER } from './note-items.js';

/**
 * Every item of the record entry, excluded ones flagged: the answers, the consent decisions,
 * and the contradictions the review found (blocking and warning), which can never be hidden.
 */
export function noteItems(record: ChecklistRecord, procedure: Procedure, lang: Lang, options: NoteOptions = {}): NoteItem[] {
  const items = answerNoteItems(record, procedure, lang, options);
  const review = reviewRecord(record, procedure)
    .filter((i) => i.severity === 'blocking' || i.severity === 'warning')
    .map((i, n) => {
      const text = reviewMessage(i, record, procedure, lang, options.overrides);
      return finish({ key: `review:${n}:${i.code}`, section: 'sectionReview', generated: text, source: text, core: true, answered: true, ...(i.childId ? { childId: i.childId } : {}) }, record);
    });
  return [...items, ...review];
}

/** One group of the entry: a section of patient-level items, or one child's items under that child's label. */
export interface NoteGroup {
  /** The section's name, or the child's label (the identity item's text: "Barn 1 (Sønn, barn, 6–9 år)"). */
  heading: string;
  section?: NoteSection;
  childId?: string;
  /** The child's identity item, which the heading shows (the summary lets it be reworded there). */
  headItem?: NoteItem;
  items: NoteItem[];
}

/** Patient-level sections before the children, and after them. */
const BEFORE_CHILDREN: readonly NoteSection[] = ['sectionAcute', 'sectionCritical', 'sectionScreening', 'sectionChildren', 'sectionConsent'];
const AFTER_CHILDREN: readonly NoteSection[] = ['sectionInformation', 'sectionFollowUp'];

/**
 * The items as a journal auditor reads them (issue 27): the acute situation and the duty to
 * report first, then the screening, the consent, then each child's answers grouped under the
 * child's label, named once (the four points first, in the order of 002 §5.3.2), then what
 * concerns the family, then the remarks. One definition for the note, the FHIR narratives and the
 * summary's list. A child whose identity item is not among `items` (a narrative about part of a
 * child) is headed by `childHeading`, else by its id.
 */
export function noteGroups(items: readonly NoteItem[], lang: Lang, options: NoteOptions & { childHeading?: (childId: string) => string | undefined } = {}): NoteGroup[] {
  const t = (key: NoteSection) => format(checklistMessages, lang, key, {}, options.overrides);
  const patient = (section: NoteSection): NoteGroup[] => {
    const inSection = items.filter((i) => i.section === section && (section === 'sectionReview' || !i.childId));
    return inSection.length ? [{ heading: t(section), section, items: inSection }] : [];
  };
  const order = new Map(SECTION_ORDER.map((s, n) => [s, n]));
  const childIds = [...new Set(items.filter((i) => i.childId && i.section !== 'sectionReview').map((i) => i.childId!))];
  const children = childIds.map((childId): NoteGroup => {
    const own = items.filter((i) => i.childId === childId && i.section !== 'sectionReview');
    const headItem = own.find((i) => i.key === `child:${childId}:identity`);
    const rest = own.filter((i) => i !== headItem).sort((a, b) => order.get(a.section)! - order.get(b.section)!);
    return { heading: headItem?.text ?? options.childHeading?.(childId) ?? childId, childId, ...(headItem ? { headItem } : {}), items: rest };
  });
  return [...BEFORE_CHILDREN.flatMap(patient), ...children, ...AFTER_CHILDREN.flatMap(patient), ...patient('sectionReview')];
}

/** What the record entry gets: excluded items never. */
export function includedNoteItems(record: ChecklistRecord, procedure: Procedure, lang: Lang, options: NoteOptions = {}): NoteItem[] {
  return noteItems(record, procedure, lang, options).filter((item) => !item.excluded);
}

/**
 * The record entry as text, in `noteGroups`' groups: the included items (with the professional's
 * current edits) and the addendum. There is no whole-text override, so nothing kept out can
 * come back through editing.
 */
export function journalNote(record: ChecklistRecord, procedure: Procedure, lang: Lang, options: NoteOptions & { date?: string } = {}): string {
  requireLanguage(lang, 'journalNote');
  return journalNoteFrom(noteItems(record, procedure, lang, options), record, lang, options);
}

/**
 * `journalNote` from the items `noteItems` gave for the same record, language and overrides (a
 * summary that lists the items and previews the entry builds them once): excluded items dropped
 * here, as `journalNote` does.
 */
export function journalNoteFrom(all: readonly NoteItem[], record: ChecklistRecord, lang: Lang, options: NoteOptions & { date?: string } = {}): string {
  requireLanguage(lang, 'journalNoteFrom');
  const t = (key: Parameters<typeof format<keyof (typeof checklistMessages)['nb']>>[2]) => format(checklistMessages, lang, key, {}, options.overrides);
  const items = all.filter((item) => !item.excluded);
  const lines = [`${t('noteTitle')}${options.date ? ` (${noteDate(options.date)})` : ''}`];
  for (const group of noteGroups(items, lang, options)) lines.push('', `${group.heading}:`, ...group.items.map((i) => `- ${i.text}`));
  const addendum = record.addendum?.trim();
  if (addendum) lines.push('', `${t('sectionAddendum')}:`, addendum);
  return lines.join('\n');
}

/** Marks an item "not for the record" (or back). Core items cannot be excluded: the record is returned unchanged. */
export function setExcluded(record: ChecklistRecord, key: string, excluded: boolean, procedure: Procedure): ChecklistRecord {
  const item = noteItems(record, procedure, 'nb').find((i) => i.key === key);
  if (excluded && (!item || item.core)) return record;
  const rest = record.excluded.filter((k) => k !== key);
  return { ...record, excluded: excluded ? [...rest, key] : rest };
}

/**
 * Rewords one item (undefined or empty text removes the edit). The edit holds while the answers it
 * was based on hold; a rewording longer than the record holds is cut to `RECORD_TEXT_LIMITS.noteEdit`.
 */
export function setNoteEdit(record: ChecklistRecord, key: string, text: string | undefined, procedure: Procedure): ChecklistRecord {
  const item = noteItems(record, procedure, 'nb').find((i) => i.key === key);
  const edits = { ...(record.noteEdits ?? {}) };
  delete edits[key];
  if (item && text !== undefined && text.trim() !== '' && !item.key.startsWith('review:')) edits[key] = { text: text.slice(0, RECORD_TEXT_LIMITS.noteEdit), basedOn: item.source };
  const { noteEdits: _old, ...rest } = record;
  return Object.keys(edits).length ? { ...rest, noteEdits: edits } : rest;
}
