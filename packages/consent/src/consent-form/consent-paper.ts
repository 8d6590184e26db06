import { css, html, nothing, type TemplateResult } from 'lit';
import {
  CONSENT_INFORMATION,
  CONSENT_RECIPIENTS,
  currentConsents,
  informationLabels,
  pick,
  recipientLabels,
  type ConsentRecord,
  type Lang,
} from '@bsp/sdk';
import type { ConsentLaterKey } from '../translations/later.js';

export interface PaperOptions {
  /** The decisions to print; an empty record prints a blank form. */
  record: ConsentRecord;
  lang: Lang;
  t: (key: ConsentLaterKey, params?: Record<string, string | number>) => string;
  childLabels: (ids: readonly string[]) => string;
  /** The children's labels, prefilled on the "children" line; '' leaves it blank. */
  children: string;
}

/** The paper's look, with its module: the form adopts it once the module is there. Hidden on screen, the only thing printed. */
export const paperStyles = css`
  .paper { display: none; overflow-wrap: break-word; }
  @media print {
    .paper { display: block; font-size: 11pt; color: #000; }
    .paper table { border-collapse: collapse; width: 100%; page-break-inside: avoid; }
    .paper th, .paper td { border: 1px solid #000; padding: 0.25em 0.4em; text-align: start; vertical-align: top; }
    .paper .line { border-bottom: 1px solid #000; min-height: 2em; margin: 0.5em 0 1em; }
    .paper .signature { display: grid; grid-template-columns: 1fr 1fr; gap: 2em; margin-top: 2em; }
    .paper .box { display: inline-grid; place-items: center; width: 1.1em; height: 1.1em; border: 1px solid #000; vertical-align: middle; margin-inline: 0.25em; font-size: 0.9em; }
  }
`;

const box = (checked: boolean) => html`<span class="box" aria-hidden="true">${checked ? '✕' : ''}</span>`;

/**
 * The paper form for signature (002 vedlegg 1): hidden on screen, the only thing printed.
 * Prefilled with the current decisions, so paper and record agree.
 */
export function renderPaper(o: PaperOptions): TemplateResult {
  const current = currentConsents(o.record);
  const recorded = current.length > 0;
  return html`<div class="paper" part="paper">
    <p class="paper-title"><strong>${o.t('heading')}</strong></p>
    <p>${o.t('intro')}</p>
    <p>${o.t('legalBasis')}</p>
    <p>${o.t('paperPatient')}</p><div class="line"></div>
    <p>${o.t('paperBirthDate')}</p><div class="line"></div>
    <p>${o.t('paperChildren')}</p><div class="line">${o.children}</div>
    <table>
      <thead>
        <tr><th scope="col">${o.t('historyRecipient')}</th><th scope="col">${o.t('paperYes')}</th><th scope="col">${o.t('paperNo')}</th><th scope="col">${o.t('historyInformation')}</th><th scope="col">${o.t('historyChildren')}</th></tr>
      </thead>
      <tbody>
        ${CONSENT_RECIPIENTS.map((r) => {
          const entry = current.find((e) => e.recipient === r);
          const given = entry?.decision === 'given';
          return html`<tr data-paper-recipient=${r} data-decision=${entry?.decision ?? nothing}>
            <td>${pick(recipientLabels[r], o.lang)}${entry?.recipientName ? html`: ${entry.recipientName}` : nothing}</td>
            <td>${box(given)}</td>
            <td>${box(entry?.decision === 'refused' || entry?.decision === 'withdrawn')}</td>
            <td>${CONSENT_INFORMATION.map((i) => html`${box(given && entry!.information.includes(i))}${pick(informationLabels[i], o.lang)} `)}</td>
            <td>${entry ? o.childLabels(entry.children) : ''}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${recorded ? html`<p class="help">${o.t('paperRecorded')}</p>` : nothing}
    <p>${o.t('paperWithdrawNote')}</p>
    <div class="signature">
      <div><div class="line"></div>${o.t('paperSignaturePatient')}</div>
      <div><div class="line"></div>${o.t('paperSignatureStaff')}</div>
      <div><div class="line"></div>${o.t('paperPlaceDate')}</div>
    </div>
  </div>`;
}
