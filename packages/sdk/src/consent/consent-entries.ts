import { currentConsents, recipientKey, type ConsentEntry, type ConsentRecipient, type ConsentRecord } from './consent.js';

/** Appends an entry (immutable: returns a new record, history untouched). */
export function addConsentEntry(record: ConsentRecord, entry: Omit<ConsentEntry, 'id'> & { id?: string }): ConsentRecord {
  const id = entry.id ?? `e${record.entries.length + 1}-${Date.parse(entry.at).toString(36)}`;
  return { ...record, entries: [...record.entries, { ...entry, id }] };
}

/** Withdrawal adds an entry; the earlier consent stays in the history. */
export function withdrawConsent(
  record: ConsentRecord,
  recipient: ConsentRecipient,
  options: { at: string; recordedBy?: string; method?: ConsentEntry['method']; recipientName?: string },
): ConsentRecord {
  const current = currentConsents(record).find((e) => recipientKey(e) === recipientKey({ recipient, recipientName: options.recipientName }));
  return addConsentEntry(record, {
    at: options.at,
    recipient,
    recipientName: options.recipientName,
    decision: 'withdrawn',
    information: current?.information ?? [],
    children: current?.children ?? [],
    ...(options.method ? { method: options.method } : {}),
    recordedBy: options.recordedBy,
  });
}
