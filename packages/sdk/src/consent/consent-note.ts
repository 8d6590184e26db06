import { pick, type Lang } from '../i18n/lang.js';
import { format, type MessageOverrides } from '../i18n/messages.js';
import { currentConsents, informationLabels, recipientInSentence, recipientKey, type ConsentRecord } from './consent.js';
import { consentNoteMessages, type ConsentNoteMessageKey } from './translations/note.js';
import { consentScreenMessages } from './translations/screen.js';

// In ./consent.ts since the consent form's screen uses them: this module (the note's lines) then
// stays out of a widget's first load. Re-exported for the modules that import them from here.
export { recipientInSentence, recipientName } from './consent.js';

export interface ConsentNoteOptions {
  overrides?: MessageOverrides;
  /** Display label of a child id (the checklist's description); unknown ids are shown as stored. */
  childLabel?: (id: string) => string | undefined;
}

export interface ConsentNoteLine {
  /** Stable: `consent:<recipient>` per recipient, `consent:ask-again`. */
  key: string;
  text: string;
}

/** An ISO date as a Norwegian journal writes it (dd.mm.yyyy, issue 27); FHIR keeps ISO. */
const textDate = (iso: string): string => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3.$2.$1');

/** Lines for the record entry: what holds now per recipient, and when to ask again. */
export function consentNoteEntries(record: ConsentRecord, lang: Lang, options: ConsentNoteOptions = {}): ConsentNoteLine[] {
  // The note's own words, from the note's table: a first load carries none of them.
  const t = (key: ConsentNoteMessageKey, params: Record<string, string> = {}) => format(consentNoteMessages, lang, key, params, options.overrides);
  const label = (id: string) => options.childLabel?.(id) ?? id;
  const lines = currentConsents(record).map((entry) => {
    const params = {
      recipient: recipientInSentence(entry, lang),
      information: [...entry.information.map((i) => pick(informationLabels[i], lang).toLowerCase()), ...(entry.informationOther ? [entry.informationOther] : [])].join(', '),
      children: entry.children.length ? t('noteChildren', { children: entry.children.map(label).join(', ') }) : '',
      method: entry.method ? `${format(consentScreenMessages, lang, entry.method, {}, options.overrides).toLowerCase()}, ` : '',
      date: textDate(entry.at.slice(0, 10)),
      by: entry.recordedBy ? t('noteBy', { by: entry.recordedBy }) : '',
    };
    const text = t(entry.decision === 'given' ? 'noteGiven' : entry.decision === 'refused' ? 'noteRefused' : 'noteWithdrawn', params);
    return { key: `consent:${recipientKey(entry)}`, text };
  });
  if (record.askAgainOn) lines.push({ key: 'consent:ask-again', text: t('noteAskAgain', { date: textDate(record.askAgainOn) }) });
  return lines;
}

/** The lines' text only. */
export function consentNoteLines(record: ConsentRecord, lang: Lang, options: ConsentNoteOptions = {}): string[] {
  return consentNoteEntries(record, lang, options).map((l) => l.text);
}

/** A journal-note fragment for the consent. */
export function consentJournalNote(record: ConsentRecord, lang: Lang, options: ConsentNoteOptions = {}): string {
  const overrides = options.overrides;
  const lines = consentNoteLines(record, lang, options);
  return [`${format(consentNoteMessages, lang, 'noteTitle', {}, overrides)}:`, ...lines.map((l) => `- ${l}`)].join('\n');
}
