import { CONSENT_TEXT_LIMITS, currentConsents, recipientKey, type ConsentInformation, type ConsentRecipient, type ConsentRecord } from './consent.js';
import { addConsentEntry } from './consent-entries.js';

/**
 * Consent decisions as chosen on screen, before they are recorded: the consent form's engine.
 * A form (or a journal system's own UI) keeps one draft per recipient and records them together
 * with `withDecisions`; what is not recorded yet is never part of the consent record, and a view
 * that is left must keep it (the checklist does) rather than drop it.
 */
export interface DraftDecision {
  decision: 'given' | 'refused' | '';
  information: ConsentInformation[];
  informationOther: string;
  children: string[];
  method: 'written' | 'verbal';
  /** Who, for the recipient `other`. */
  name: string;
}

/** Drafts per recipient. */
export type PendingDecisions = ReadonlyMap<string, DraftDecision>;

/** Whether any draft holds a decision not recorded yet. */
export function hasPendingDecision(drafts: PendingDecisions): boolean {
  return [...drafts.values()].some((draft) => draft.decision !== '');
}

/**
 * Why the drafts cannot simply be taken as recorded: consent given without saying to which
 * information (nothing to record yet: 002 §6.3.2, consent is to specific information), or a
 * decision chosen but not recorded. Codes, not words: the view words them.
 */
export function incompleteDecision(drafts: PendingDecisions): { problem: 'information-missing' | 'not-recorded'; recipient: ConsentRecipient } | undefined {
  const open = [...drafts].find(([, d]) => d.decision === 'given' && !d.information.length && !d.informationOther);
  if (open) return { problem: 'information-missing', recipient: open[0] as ConsentRecipient };
  const unsaved = [...drafts].find(([, d]) => d.decision !== '');
  return unsaved ? { problem: 'not-recorded', recipient: unsaved[0] as ConsentRecipient } : undefined;
}

/** What a decided draft records: a refusal holds no information and no method; texts within the record's limits. */
function recorded(recipient: string, draft: DraftDecision) {
  const given = draft.decision === 'given';
  return {
    recipient: recipient as ConsentRecipient,
    recipientName: recipient === 'other' ? draft.name.trim().slice(0, CONSENT_TEXT_LIMITS.recipientName) || undefined : undefined,
    information: given ? draft.information : [],
    informationOther: given && draft.informationOther ? draft.informationOther.slice(0, CONSENT_TEXT_LIMITS.informationOther) : undefined,
    children: draft.children,
    method: given ? draft.method : undefined,
  };
}

/**
 * The record with the drafts' decisions added, one entry each, at `at`; a draft that records what
 * holds now adds none (so recording twice adds nothing). Entries are appended, never changed (the
 * history stays). A refusal records no information and no method (it is not "given" in any way).
 */
export function withDecisions(record: ConsentRecord, drafts: PendingDecisions, at: string, recordedBy: string | undefined): ConsentRecord {
  let next = record;
  for (const [recipient, draft] of drafts) {
    if (!draft.decision) continue;
    const entry = recorded(recipient, draft);
    const current = currentConsents(next).find((e) => recipientKey(e) === recipientKey(entry));
    const same =
      current &&
      current.decision === draft.decision &&
      current.method === entry.method &&
      current.information.join() === entry.information.join() &&
      (current.informationOther ?? '') === (entry.informationOther ?? '') &&
      current.children.join() === entry.children.join();
    if (same) continue;
    next = addConsentEntry(next, { at, ...entry, decision: draft.decision, recordedBy: recordedBy?.slice(0, CONSENT_TEXT_LIMITS.recordedBy) });
  }
  return next;
}
