import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  CONSENT_INFORMATION,
  CONSENT_RECIPIENTS,
  addConsentEntry,
  consentMessages,
  consentRecordSchema,
  consentStatus,
  currentConsents,
  emptyConsentRecord,
  hasRefusal,
  inSentence,
  informationLabels,
  parseWith,
  pick,
  recipientLabels,
  recipientName,
  safeHrefOrAnchor,
  toFhirConsent,
  withdrawConsent,
  type ConsentEntry,
  type ConsentInformation,
  type ConsentMessageKey,
  type ConsentRecipient,
  type ConsentRecord,
} from '@bsp/sdk';
import { BspChangeEvent, BspElement } from '@bsp/ui';
import { checklistConsentContext, type ChecklistConsentContextValue } from '../consent-context.js';
import { consentFormStyles } from './consent-form.styles.js';

interface DraftDecision {
  decision: 'given' | 'refused' | '';
  information: ConsentInformation[];
  informationOther: string;
  children: string[];
  method: 'written' | 'verbal';
  name: string;
}

let instances = 0;

/**
 * Consent to follow-up of children: per recipient and partial consent, withdrawal with an
 * append-only history, the refusal path, the duty to report that applies regardless of
 * consent, and a printable paper form with signature lines (002, vedlegg 1; §4.3).
 *
 * Standalone it keeps its own `record`; inside <bsp-child-checklist> it shares the checklist's
 * record through context, so consent appears in the checklist's note and FHIR.
 *
 * @tagname bsp-consent-form
 * @summary Consent form with per-recipient consent, history, refusal path and print.
 * @event bsp-change - A decision was recorded (detail: { widget: 'consent', record }).
 * @event bsp-error - An invalid record was given (detail: code, message, issues).
 * @event bsp-metric - Anonymous: `consent-full`, `consent-partial`, `consent-refused`.
 * @csspart base - The wrapper.
 * @csspart recipient - One recipient's fieldset.
 * @csspart refusal - The refusal guidance.
 * @csspart history - The history table.
 * @csspart paper - The printed form.
 * @csspart error - The error view.
 */
export class BspConsentForm extends BspElement<ConsentMessageKey> {
  static override styles = [...BspElement.styles, consentFormStyles];

  protected readonly widget = 'consent' as const;
  protected readonly catalog = consentMessages;

  /** Name or role of whoever records the consent (prefills "recorded by"). */
  @property({ attribute: 'recorded-by' }) recordedBy = '';

  /** The patient as a FHIR reference (e.g. `Patient/123`), used in the FHIR Consent. */
  @property() subject = '';

  /** Where "who do I ask?" is (role-panel page or anchor). Also from provider config `rolePanelUrl`. */
  @property({ attribute: 'role-panel-url' }) rolePanelUrl = '';

  /** The children consent may cover, when used standalone: `[{ id, label }]`. */
  @property({ attribute: false }) childOptions: { id: string; label: string }[] = [];

  @consume({ context: checklistConsentContext, subscribe: true })
  @state()
  private shared?: ChecklistConsentContextValue;

  @state() private own: ConsentRecord = emptyConsentRecord();
  @state() private drafts = new Map<string, DraftDecision>();
  @state() private status = '';

  private readonly uid = `k${++instances}`;

  /** The consent record (a copy). Setting it validates; an invalid one is refused with `bsp-error`. */
  get record(): ConsentRecord {
    return structuredClone(this.shared?.record ?? this.own);
  }

  set record(value: unknown) {
    const result = parseWith(consentRecordSchema, value, { what: 'record', lang: this.locale, code: 'invalid-input' });
    if (!result.ok) {
      this.showError(result.error);
      return;
    }
    this.clearError();
    this.commit(result.value, false);
  }

  /** FHIR R4 Consent for the current record. */
  toFhir(): Record<string, unknown> {
    return toFhirConsent(this.record, this.locale, { patient: this.subject ? { reference: this.subject } : undefined });
  }

  private get childList(): { id: string; label: string }[] {
    return this.shared?.children ?? this.childOptions;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('shared' as keyof BspConsentForm) && this.shared) this.drafts = new Map();
  }

  private commit(record: ConsentRecord, announce = true): void {
    if (this.shared) this.shared.update(record);
    else this.own = record;
    this.drafts = new Map();
    this.requestUpdate();
    if (!announce) return;
    this.dispatchEvent(new BspChangeEvent({ widget: 'consent', record: structuredClone(record) }));
    const status = consentStatus(record);
    if (status !== 'none') this.emitMetric(`consent-${status}`);
  }

  private draftFor(recipient: ConsentRecipient, current?: ConsentEntry): DraftDecision {
    return (
      this.drafts.get(recipient) ?? {
        decision: current?.decision === 'given' ? 'given' : current?.decision === 'refused' ? 'refused' : '',
        information: current?.decision === 'given' ? [...current.information] : [...CONSENT_INFORMATION],
        informationOther: current?.informationOther ?? '',
        children: current?.children ? [...current.children] : [],
        method: current?.method ?? 'verbal',
        name: current?.recipientName ?? '',
      }
    );
  }

  /** Patches are computed from the latest draft, not the one the template closed over. */
  private setDraft(recipient: ConsentRecipient, patch: (draft: DraftDecision) => Partial<DraftDecision>, current?: ConsentEntry): void {
    const latest = this.draftFor(recipient, current);
    const next = new Map(this.drafts);
    next.set(recipient, { ...latest, ...patch(latest) });
    this.drafts = next;
  }

  private save(): void {
    let record = this.record;
    const at = new Date().toISOString();
    const by = this.renderRoot.querySelector<HTMLInputElement>(`#${this.uid}-by`)?.value || this.recordedBy || undefined;
    for (const [recipient, draft] of this.drafts) {
      if (!draft.decision) continue;
      const current = currentConsents(record).find((e) => e.recipient === recipient);
      const same =
        current &&
        current.decision === draft.decision &&
        current.method === (draft.decision === 'given' ? draft.method : undefined) &&
        current.information.join() === draft.information.join() &&
        (current.informationOther ?? '') === draft.informationOther &&
        current.children.join() === draft.children.join();
      if (same) continue;
      record = addConsentEntry(record, {
        at,
        recipient: recipient as ConsentRecipient,
        recipientName: recipient === 'other' ? draft.name || undefined : undefined,
        decision: draft.decision,
        information: draft.decision === 'given' ? draft.information : [],
        informationOther: draft.decision === 'given' && draft.informationOther ? draft.informationOther : undefined,
        children: draft.children,
        // A refusal is not "given" in any way: no method (record issue).
        method: draft.decision === 'given' ? draft.method : undefined,
        recordedBy: by,
      });
    }
    const changed = record.entries.length !== this.record.entries.length;
    this.status = this.t(changed ? 'saved' : 'nothingToSave');
    if (changed) this.commit(record);
  }

  private withdraw(entry: ConsentEntry): void {
    const by = this.renderRoot.querySelector<HTMLInputElement>(`#${this.uid}-by`)?.value || this.recordedBy || undefined;
    this.commit(withdrawConsent(this.record, entry.recipient, { at: new Date().toISOString(), recordedBy: by, recipientName: entry.recipientName }));
    this.status = this.t('withdrawnStatus', { recipient: inSentence(recipientName(entry, this.locale)) });
  }

  private setAskAgain(value: string): void {
    const record = this.record;
    if (value) record.askAgainOn = value;
    else delete record.askAgainOn;
    this.commit(record);
  }

  protected renderContent(): TemplateResult {
    const record = this.record;
    const status = consentStatus(record);
    const statusKey = ({ none: 'statusNone', full: 'statusFull', partial: 'statusPartial', refused: 'statusRefused' } as const)[status];
    return html`
      <div class="screen">
        <h2>${this.t('heading')}</h2>
        <p>${this.t('intro')}</p>
        <p class="help">${this.t('legalBasis')}</p>
        <p class="status">${this.t('statusLabel')}: ${this.t(statusKey)}</p>
        ${CONSENT_RECIPIENTS.map((r) => this.renderRecipient(r, currentConsents(record).find((e) => e.recipient === r)))}
        <div class="question">
          <label for="${this.uid}-by">${this.t('recordedBy')}</label>
          <input id="${this.uid}-by" type="text" .value=${this.recordedBy} autocomplete="name" />
        </div>
        <div class="actions">
          <button type="button" @click=${() => this.save()}>${this.t('save')}</button>
          <button type="button" class="secondary" @click=${() => window.print()}>${this.t('print')}</button>
        </div>
        <p role="status" class="help">${this.status}</p>
        ${hasRefusal(record) ? this.renderRefusal(record) : nothing}
        <div class="notice danger">
          <h3>${this.t('dutyToReportHeading')}</h3>
          <p>${this.t('dutyToReport')}</p>
        </div>
        ${this.renderHistory(record)}
      </div>
      ${this.renderPaper()}
    `;
  }

  private renderRecipient(recipient: ConsentRecipient, current?: ConsentEntry): TemplateResult {
    const lang = this.locale;
    const draft = this.draftFor(recipient, current);
    const label = recipientLabels[recipient][lang];
    const id = `${this.uid}-${recipient}`;
    const set = (patch: (draft: DraftDecision) => Partial<DraftDecision>) => this.setDraft(recipient, patch, current);
    const radio = (value: DraftDecision['decision'], text: string) => html`<span class="choice">
      <input type="radio" id="${id}-${value || 'none'}" name="${id}-decision" .checked=${draft.decision === value} @change=${() => set(() => ({ decision: value }))} />
      <label for="${id}-${value || 'none'}">${text}</label>
    </span>`;
    const toggle = <T extends string>(list: T[], value: T, on: boolean) => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value));
    return html`<fieldset class="recipient" part="recipient" data-recipient=${recipient}>
      <legend>${this.t('decisionLegend', { recipient: inSentence(label) })}</legend>
      ${current?.decision === 'withdrawn' ? html`<p class="help">${this.t('withdrawn')}</p>` : nothing}
      ${recipient === 'other'
        ? html`<div class="question">
            <label for="${id}-name">${this.t('otherName')}</label>
            <input id="${id}-name" type="text" .value=${draft.name} @change=${(e: Event) => set(() => ({ name: (e.target as HTMLInputElement).value }))} />
          </div>`
        : nothing}
      <div class="inline">${radio('given', this.t('given'))} ${radio('refused', this.t('refused'))} ${radio('', this.t('notAsked'))}</div>
      ${draft.decision === 'given'
        ? html`<fieldset>
              <legend>${this.t('informationLegend')}</legend>
              ${CONSENT_INFORMATION.map(
                (info) => html`<div class="choice">
                  <input type="checkbox" id="${id}-info-${info}" .checked=${draft.information.includes(info)} @change=${(e: Event) => set((d) => ({ information: toggle(d.information, info, (e.target as HTMLInputElement).checked) }))} />
                  <label for="${id}-info-${info}">${pick(informationLabels[info], lang)}</label>
                </div>`,
              )}
              <label for="${id}-info-other">${this.t('informationOther')}</label>
              <input id="${id}-info-other" type="text" .value=${draft.informationOther} @change=${(e: Event) => set(() => ({ informationOther: (e.target as HTMLInputElement).value }))} />
            </fieldset>
            ${this.childList.length
              ? html`<fieldset>
                  <legend>${this.t('childrenLegend')}</legend>
                  <p class="help">${this.t('allChildren')}: ${this.childList.map((c) => c.label).join(', ')}</p>
                  ${this.childList.map(
                    (c) => html`<div class="choice">
                      <input type="checkbox" id="${id}-child-${c.id}" .checked=${draft.children.includes(c.id)} @change=${(e: Event) => set((d) => ({ children: toggle(d.children, c.id, (e.target as HTMLInputElement).checked) }))} />
                      <label for="${id}-child-${c.id}">${c.label}</label>
                    </div>`,
                  )}
                </fieldset>`
              : nothing}`
        : nothing}
      ${draft.decision
        ? html`<fieldset>
            <legend>${this.t('methodLegend')}</legend>
            <div class="inline">
              ${(['written', 'verbal'] as const).map(
                (m) => html`<span class="choice">
                  <input type="radio" id="${id}-method-${m}" name="${id}-method" .checked=${draft.method === m} @change=${() => set(() => ({ method: m }))} />
                  <label for="${id}-method-${m}">${this.t(m)}</label>
                </span>`,
              )}
            </div>
          </fieldset>`
        : nothing}
      ${current?.decision === 'given'
        ? html`<button type="button" class="secondary" @click=${() => this.withdraw(current)}>${this.t('withdraw', { recipient: current.recipient === 'other' ? recipientName(current, lang) : inSentence(recipientName(current, lang)) })}</button>`
        : nothing}
    </fieldset>`;
  }

  private renderRefusal(record: ConsentRecord): TemplateResult {
    const url = safeHrefOrAnchor(this.rolePanelUrl || this.config?.rolePanelUrl);
    return html`<div class="notice warning" part="refusal">
      <h3>${this.t('refusalHeading')}</h3>
      <ul>
        <li>${this.t('refusalFocus')}</li>
        <li>${this.t('refusalAskAgain')}</li>
        <li>${this.t('refusalHelpParent')}</li>
        <li>${this.t('refusalBarneansvarlig')} ${url ? html`<a href=${url}>${this.t('refusalAskLink')}</a>` : nothing}</li>
        <li>${this.t('refusalAnonymous')}</li>
        <li>${this.t('refusalNoReport')}</li>
      </ul>
      <label for="${this.uid}-ask-again">${this.t('askAgainLabel')}</label>
      <input id="${this.uid}-ask-again" type="date" .value=${record.askAgainOn ?? ''} @change=${(e: Event) => this.setAskAgain((e.target as HTMLInputElement).value)} />
    </div>`;
  }

  private renderHistory(record: ConsentRecord): TemplateResult {
    const lang = this.locale;
    return html`<h3>${this.t('historyHeading')}</h3>
      ${record.entries.length
        ? html`<div class="table-wrap" tabindex="0" role="region" aria-label=${this.t('historyHeading')}>
            <table part="history">
              <thead>
                <tr>
                  <th scope="col">${this.t('historyWhen')}</th>
                  <th scope="col">${this.t('historyRecipient')}</th>
                  <th scope="col">${this.t('historyDecision')}</th>
                  <th scope="col">${this.t('historyInformation')}</th>
                  <th scope="col">${this.t('historyMethod')}</th>
                  <th scope="col">${this.t('historyBy')}</th>
                </tr>
              </thead>
              <tbody>
                ${record.entries.map(
                  (e) => html`<tr>
                    <td>${e.at.slice(0, 16).replace('T', ' ')}</td>
                    <td>${recipientName(e, lang)}</td>
                    <td>${this.t(e.decision)}</td>
                    <td>${[...e.information.map((i) => pick(informationLabels[i], lang)), ...(e.informationOther ? [e.informationOther] : [])].join(', ')}</td>
                    <td>${e.method ? this.t(e.method) : ''}</td>
                    <td>${e.recordedBy ?? ''}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p>${this.t('historyEmpty')}</p>`}`;
  }

  /** The paper form: hidden on screen, shown when printed. */
  private renderPaper(): TemplateResult {
    const lang = this.locale;
    return html`<div class="paper" part="paper">
      <h2>${this.t('heading')}</h2>
      <p>${this.t('intro')}</p>
      <p>${this.t('paperPatient')}</p><div class="line"></div>
      <p>${this.t('paperBirthDate')}</p><div class="line"></div>
      <p>${this.t('paperChildren')}</p><div class="line"></div>
      <table>
        <thead>
          <tr><th scope="col">${this.t('historyRecipient')}</th><th scope="col">${this.t('paperYes')}</th><th scope="col">${this.t('paperNo')}</th><th scope="col">${this.t('historyInformation')}</th></tr>
        </thead>
        <tbody>
          ${CONSENT_RECIPIENTS.map(
            (r) => html`<tr data-paper-recipient=${r}>
              <td>${pick(recipientLabels[r], lang)}</td>
              <td><span class="box"></span></td>
              <td><span class="box"></span></td>
              <td>${CONSENT_INFORMATION.map((i) => html`<span class="box"></span>${pick(informationLabels[i], lang)} `)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p>${this.t('paperWithdrawNote')}</p>
      <div class="signature">
        <div><div class="line"></div>${this.t('paperSignaturePatient')}</div>
        <div><div class="line"></div>${this.t('paperSignatureStaff')}</div>
        <div><div class="line"></div>${this.t('paperPlaceDate')}</div>
      </div>
    </div>`;
  }
}
