import { html, nothing, type TemplateResult } from 'lit';
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
import type { ConsentWidgetKey } from '../translations/index.js';

export interface PaperOptions {
  /** The decisions to print; an empty record prints a blank form. */
  record: ConsentRecord;
  lang: Lang;
  t: (key: ConsentWidgetKey, params?: Record<string, string | number>) => string;
  childLabels: (ids: readonly string[]) => string;
  /** The children's labels, prefilled on the "children" line; '' leaves it blank. */
  children: string;
}

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
