// Loaded on demand with the paper (consent-paper.ts re-exports it; `consentPaper` in
// consent-form.ts): what the form shows only once decisions exist (a record with entries, or
// after the user decides): the withdraw button and its confirmation, the refusal guidance and
// the history's entries. A form nobody touches shows none of it, so its first load carries
// neither this code nor its words.
import { html, nothing, type TemplateResult } from 'lit';
import { informationLabels, inSentence, pick, recipientName, withdrawConsent, type ConsentEntry, type ConsentRecord, type Lang } from '@bsp/sdk';
import type { ConsentLaterKey } from '../translations/later.js';

export { consentLaterMessages } from '../translations/later.js';

/** What the form lends the decisions' templates: its language, words (host overrides included), headings and ids. */
export interface DecisionsView {
  lang: Lang;
  t: (key: ConsentLaterKey, params?: Record<string, string | number>) => string;
  heading: (depth: number, text: string) => TemplateResult;
  /** The form's id prefix (ids stay unique per form). */
  uid: string;
  childLabels: (ids: readonly string[]) => string;
}

/** The record after withdrawing `entry`'s consent: a new entry, the earlier ones kept (append-only). */
export function withdrawnRecord(record: ConsentRecord, entry: ConsentEntry, at: string, recordedBy: string | undefined): ConsentRecord {
  return withdrawConsent(record, entry.recipient, { at, recordedBy, recipientName: entry.recipientName });
}

/** The status line after a withdrawal. */
export function withdrawnStatus(v: DecisionsView, entry: ConsentEntry): string {
  return v.t('withdrawnStatus', { recipient: inSentence(recipientName(entry, v.lang)) });
}

export interface WithdrawActions {
  /** The withdraw button: ask for confirmation. */
  ask: () => void;
  confirm: () => void;
  cancel: () => void;
}

/** Withdrawal asks first, inline (never window.confirm); the history keeps the earlier consent. */
export function renderWithdraw(v: DecisionsView, current: ConsentEntry, confirming: boolean, on: WithdrawActions): TemplateResult {
  const named = recipientName(current, v.lang);
  const name = current.recipient === 'other' ? named : inSentence(named);
  if (!confirming) {
    return html`<button type="button" class="secondary" data-withdraw=${current.recipient} @click=${on.ask}>${v.t('withdraw', { recipient: name })}</button>`;
  }
  return html`<div class="confirm" role="group" aria-labelledby="${v.uid}-confirm-${current.recipient}" data-confirm-withdraw=${current.recipient}>
    <p id="${v.uid}-confirm-${current.recipient}">${v.t('withdrawConfirm', { recipient: name })}</p>
    <div class="actions">
      <button type="button" @click=${on.confirm}>${v.t('withdrawYes')}</button>
      <button type="button" class="secondary" @click=${on.cancel}>${v.t('cancel')}</button>
    </div>
  </div>`;
}

/** What to do when consent is refused (002 §4.3), with the date to ask again. */
export function renderRefusal(v: DecisionsView, record: ConsentRecord, depth: number, rolePanelHref: string | undefined, setAskAgain: (value: string) => void): TemplateResult {
  return html`<div class="notice warning" part="refusal">
    ${v.heading(depth, v.t('refusalHeading'))}
    <ul>
      <li>${v.t('refusalFocus')}</li>
      <li>${v.t('refusalAskAgain')}</li>
      <li>${v.t('refusalHelpParent')}</li>
      <li>${v.t('refusalBarneansvarlig')} ${rolePanelHref ? html`<a href=${rolePanelHref}>${v.t('refusalAskLink')}</a>` : nothing}</li>
      <li>${v.t('refusalAnonymous')}</li>
      <li>${v.t('refusalNoReport')}</li>
    </ul>
    <label for="${v.uid}-ask-again">${v.t('askAgainLabel')}</label>
    <input id="${v.uid}-ask-again" type="date" .value=${record.askAgainOn ?? ''} @change=${(e: Event) => setAskAgain((e.target as HTMLInputElement).value)} />
  </div>`;
}

/** The history's entries, newest first, as a list that reflows (no table cells squeezing words apart). */
export function renderHistoryEntries(v: DecisionsView, record: ConsentRecord): TemplateResult {
  const when = new Intl.DateTimeFormat(v.lang === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'short', timeStyle: 'short' });
  return html`<ol class="history" part="history">
    ${[...record.entries].reverse().map(
      (e) => html`<li data-entry=${e.id}>
        <p class="history-title"><strong>${recipientName(e, v.lang)}: ${v.t(e.decision)}</strong> <span class="help"><time datetime=${e.at}>${when.format(new Date(e.at))}</time></span></p>
        <dl>
          ${e.information.length || e.informationOther
            ? html`<div><dt>${v.t('historyInformation')}</dt><dd>${[...e.information.map((i) => pick(informationLabels[i], v.lang)), ...(e.informationOther ? [e.informationOther] : [])].join(', ')}</dd></div>`
            : nothing}
          <div><dt>${v.t('historyChildren')}</dt><dd>${v.childLabels(e.children)}</dd></div>
          ${e.decision === 'given' && e.method ? html`<div><dt>${v.t('historyMethod')}</dt><dd>${v.t(e.method)}</dd></div>` : nothing}
          ${e.recordedBy ? html`<div><dt>${v.t('historyBy')}</dt><dd>${e.recordedBy}</dd></div>` : nothing}
        </dl>
      </li>`,
    )}
  </ol>`;
}
