// What the consent form does and shows once decisions exist: a consent's details (information,
// children, how it was given), recording the decisions, the withdraw button and its
// confirmation, the refusal guidance and the history's entries.
import { html, nothing, type TemplateResult } from 'lit';
import {
  CONSENT_INFORMATION,
  CONSENT_TEXT_LIMITS,
  incompleteDecision as decisionProblem,
  informationLabels,
  pick,
  recipientInSentence,
  recipientName,
  withdrawConsent,
  type ConsentEntry,
  type ConsentRecord,
  type DraftDecision,
  type Lang,
  type PendingDecisions,
} from '@bsp/sdk';
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

// The decisions' rules (what a draft records, when one is incomplete) are the SDK's (decision-draft.ts).
export { withDecisions, type DraftDecision } from '@bsp/sdk';


/** Consent given without saying to which information: nothing to record yet. */
export function incompleteGiven(v: DecisionsView, drafts: PendingDecisions): string | undefined {
  const problem = decisionProblem(drafts);
  return problem?.problem === 'information-missing' ? v.t('informationMissing', { recipient: recipientInSentence({ recipient: problem.recipient }, v.lang) }) : undefined;
}

/** Why the form's value is not valid yet: a consent without information, or a decision chosen but not recorded. */
export function incompleteDecision(v: DecisionsView, drafts: PendingDecisions): string | undefined {
  const problem = decisionProblem(drafts);
  if (!problem) return undefined;
  return v.t(problem.problem === 'information-missing' ? 'informationMissing' : 'decisionUnsaved', { recipient: recipientInSentence({ recipient: problem.recipient }, v.lang) });
}

export interface GivenDetails {
  /** The recipient's id prefix. */
  id: string;
  draft: DraftDecision;
  children: readonly { id: string; label: string }[];
  /** Patches the recipient's draft (computed from the latest draft). */
  set: (patch: (draft: DraftDecision) => Partial<DraftDecision>) => void;
}

const toggle = <T extends string>(list: T[], value: T, on: boolean) => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value));

/** Consent given: to which information, for which children, and how. */
export function renderGivenDetails(v: DecisionsView, { id, draft, children, set }: GivenDetails): TemplateResult {
  return html`<fieldset>
      <legend>${v.t('informationLegend')}</legend>
      ${CONSENT_INFORMATION.map(
        (info) => html`<div class="choice">
          <input type="checkbox" id="${id}-info-${info}" .checked=${draft.information.includes(info)} @change=${(e: Event) => set((d) => ({ information: toggle(d.information, info, (e.target as HTMLInputElement).checked) }))} /><label for="${id}-info-${info}">${pick(informationLabels[info], v.lang)}</label>
        </div>`,
      )}
      <label for="${id}-info-other">${v.t('informationOther')}</label>
      <input id="${id}-info-other" type="text" maxlength=${CONSENT_TEXT_LIMITS.informationOther} .value=${draft.informationOther} @change=${(e: Event) => set(() => ({ informationOther: (e.target as HTMLInputElement).value }))} />
    </fieldset>
    ${children.length
      ? html`<fieldset>
          <legend>${v.t('childrenLegend')}</legend>
          <p class="help">${v.t('allChildren')}: ${children.map((c) => c.label).join(', ')}</p>
          ${children.map(
            (c) => html`<div class="choice">
              <input type="checkbox" id="${id}-child-${c.id}" .checked=${draft.children.includes(c.id)} @change=${(e: Event) => set((d) => ({ children: toggle(d.children, c.id, (e.target as HTMLInputElement).checked) }))} /><label for="${id}-child-${c.id}">${c.label}</label>
            </div>`,
          )}
        </fieldset>`
      : nothing}
    <fieldset>
      <legend>${v.t('methodLegend')}</legend>
      <div class="segmented">
        ${(['written', 'verbal'] as const).map(
          (m) => html`<label><input type="radio" id="${id}-method-${m}" name="${id}-method" .checked=${draft.method === m} @change=${() => set(() => ({ method: m }))} /><span>${v.t(m)}</span></label>`,
        )}
      </div>
    </fieldset>`;
}

/** The record after withdrawing `entry`'s consent: a new entry, the earlier ones kept (append-only). */
export function withdrawnRecord(record: ConsentRecord, entry: ConsentEntry, at: string, recordedBy: string | undefined): ConsentRecord {
  return withdrawConsent(record, entry.recipient, { at, recordedBy, recipientName: entry.recipientName });
}

/** The status line after a withdrawal. */
export function withdrawnStatus(v: DecisionsView, entry: ConsentEntry): string {
  return v.t('withdrawnStatus', { recipient: recipientInSentence(entry, v.lang) });
}

export interface WithdrawActions {
  /** The withdraw button: ask for confirmation. */
  ask: () => void;
  confirm: () => void;
  cancel: () => void;
}

/** Withdrawal asks first, inline (never window.confirm); the history keeps the earlier consent. */
export function renderWithdraw(v: DecisionsView, current: ConsentEntry, confirming: boolean, on: WithdrawActions): TemplateResult {
  const name = recipientInSentence(current, v.lang);
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
