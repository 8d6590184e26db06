import { pick, type Lang } from '../i18n/lang.js';
import { format, type MessageOverrides } from '../i18n/messages.js';
import { currentConsents, informationLabels, recipientLabels, type ConsentEntry, type ConsentRecord } from './consent.js';
import { consentMessages } from './translations/index.js';

export function recipientName(entry: Pick<ConsentEntry, 'recipient' | 'recipientName'>, lang: Lang): string {
  return entry.recipient === 'other' && entry.recipientName ? entry.recipientName : pick(recipientLabels[entry.recipient], lang);
}

/** A label inside a sentence: "Samtykke til fastlege", but "consent for GP" keeps its capitals. */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** Lines for the journal: what holds now per recipient, and when to ask again. */
export function consentNoteLines(record: ConsentRecord, lang: Lang, overrides?: MessageOverrides): string[] {
  const t = (key: Parameters<typeof format<keyof (typeof consentMessages)['nb']>>[2], params: Record<string, string> = {}) =>
    format(consentMessages, lang, key, params, overrides);
  const lines = currentConsents(record).map((entry) => {
    const params = {
      recipient: entry.recipient === 'other' ? recipientName(entry, lang) : inSentence(recipientName(entry, lang)),
      information: [...entry.information.map((i) => pick(informationLabels[i], lang).toLowerCase()), ...(entry.informationOther ? [entry.informationOther] : [])].join(', '),
      children: entry.children.length ? t('noteChildren', { children: entry.children.join(', ') }) : '',
      method: t(entry.method).toLowerCase(),
      date: entry.at.slice(0, 10),
      by: entry.recordedBy ? t('noteBy', { by: entry.recordedBy }) : '',
    };
    return t(entry.decision === 'given' ? 'noteGiven' : entry.decision === 'refused' ? 'noteRefused' : 'noteWithdrawn', params);
  });
  if (record.askAgainOn) lines.push(t('noteAskAgain', { date: record.askAgainOn }));
  return lines;
}

/** A journal-note fragment for the consent. */
export function consentJournalNote(record: ConsentRecord, lang: Lang, overrides?: MessageOverrides): string {
  const lines = consentNoteLines(record, lang, overrides);
  return [`${format(consentMessages, lang, 'noteTitle', {}, overrides)}:`, ...lines.map((l) => `- ${l}`)].join('\n');
}
