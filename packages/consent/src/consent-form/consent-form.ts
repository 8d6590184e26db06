import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  CONSENT_RECIPIENTS,
  consentStatus,
  currentConsents,
  emptyConsentRecord,
  hasRefusal,
  recipientInSentence,
  safeHrefOrAnchor,
  describeType,
  errorMessages,
  format,
  CONSENT_TEXT_LIMITS,
  BspError,
  type ConsentEntry,
  type ConsentRecipient,
  type ConsentRecord,
  type FhirConsent,
} from '@bsp/sdk';
import { BspChangeEvent, BspElement, HostRecordController, LazyModule, OnDemand, checkTextProperties, choiceStyles, propertyError, propertyIssueError, readHostData, segmentedStyles } from '@bsp/ui';
import { checklistConsentContext, type ChecklistConsentContextValue } from '../consent-context.js';
import { consentWidgetMessages, type ConsentFirstScreenKey } from '../translations/index.js';
import * as decisions from './consent-decisions.js';
import type { DecisionsView, DraftDecision } from './consent-decisions.js';
import { isolatePrint } from './print-isolation.js';
import { PrintController } from './print-controller.js';
import { consentFormStyles } from './consent-form.styles.js';

const STRING_PROPERTIES = ['recordedBy', 'subject', 'rolePanelUrl', 'name'] as const;
/** More children than any family has: a longer list is a host mistake, not something to render. */
const MAX_CHILD_OPTIONS = 30;

/**
 * The validator of a consent record (zod and its schema): loaded only when a host hands the form
 * a record or the browser restores its form state. Exported for the tests (not from the package index).
 */
export const consentValidator = new LazyModule(() => import('./record-validator.js'));

/**
 * The paper form for printing: fetched when the page is idle after the form's first render, or
 * by `print()`; while printing an update waits for it (`paper`), because Ctrl+P's `beforeprint`
 * renders the paper synchronously and cannot wait for an import. Exported for the tests (not
 * from the package index).
 */
export const consentPaper = new LazyModule(() => import('./consent-paper.js'));

/** The FHIR R4 Consent: fetched only by `toFhir()`. Exported for the tests (not from the package index). */
export const consentOutput = new LazyModule(() => import('./consent-output.js'));

/** Runs `task` when the browser is idle (soon after, where it has no requestIdleCallback: Safari). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 200);
}

type ChildOption = { id: string; label: string };
type ChildOptionsResult = { ok: true; value: ChildOption[] } | { ok: false; error: BspError };

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
export class BspConsentForm extends BspElement<ConsentFirstScreenKey> {
  static override styles = [...BspElement.styles, choiceStyles, segmentedStyles, consentFormStyles, css`fieldset.form-disabled { display: contents; }`];
  /** A host `<form>` gets the record as JSON under `name`, and is invalid while a decision is incomplete. */
  static formAssociated = true;

  protected readonly widget = 'consent' as const;
  protected readonly catalog = consentWidgetMessages;

  /** Name or role of whoever records the consent (prefills "recorded by"). */
  @property({ attribute: 'recorded-by' }) recordedBy = '';

  /** The patient as a FHIR reference (e.g. `Patient/123`), used in the FHIR Consent. */
  @property() subject = '';

  /** Where "who do I ask?" is (role-panel page or anchor). Also from provider config `rolePanelUrl`. */
  @property({ attribute: 'role-panel-url' }) rolePanelUrl = '';

  /** The children consent may cover, when used standalone: `[{ id, label }]`. */
  @property({ attribute: false }) childOptions: { id: string; label: string }[] = [];

  /** Inside another widget's step: leave out the heading, intro and legal reference it already shows. */
  @property({ type: Boolean }) embedded = false;

  /** When printing, hide the rest of the host page so only this form is printed (opt-in). */
  @property({ type: Boolean, attribute: 'print-isolated', reflect: true }) printIsolated = false;

  /** The form field name: a host `<form>` receives the record as JSON under it. Reflected as text only (a wrong type gets the error view, not a throw from reflection). */
  @property({ reflect: true, converter: { toAttribute: (value: unknown) => (typeof value === 'string' ? value : null) } }) name = '';

  @consume({ context: checklistConsentContext, subscribe: true })
  @state()
  private shared?: ChecklistConsentContextValue;

  @state() private own: ConsentRecord = emptyConsentRecord();
  /** Choices made, per recipient, not registered yet. */
  @state() private pendingDecisions: ReadonlyMap<string, DraftDecision> = new Map();

  private get drafts(): ReadonlyMap<string, DraftDecision> {
    return this.pendingDecisions;
  }

  /** Inside the checklist they are kept there too, so they outlive this form (another step, a re-render). */
  private set drafts(value: ReadonlyMap<string, DraftDecision>) {
    this.pendingDecisions = value;
    this.shared?.setPending(value);
  }
  @state() private status = '';
  /** The recipient whose withdrawal waits for an inline confirmation. */
  @state() private confirmingWithdrawal?: ConsentRecipient;
  private readonly internals = this.attachInternals();
  /** What a form reset returns to: the record the host gave, or empty. */
  private initialRecord: ConsentRecord = emptyConsentRecord();

  private readonly uid = `k${++instances}`;

  /** The consent record (a copy). Setting it validates; an invalid one is refused with `bsp-error`. */
  get record(): ConsentRecord {
    return structuredClone(this.shared?.record ?? this.own);
  }

  set record(value: unknown) {
    this.hostRecord.set(value);
  }

  /** The record's validator: updates wait for it while a record the host handed is not yet checked. */
  private readonly validator: OnDemand<NonNullable<typeof consentValidator.module>> = new OnDemand(this, {
    module: consentValidator,
    needed: (): boolean => !!this.hostRecord.pending,
    blocksRender: true,
    what: () => this.t('recordName'),
    property: () => 'record',
    errorView: true,
  });

  /** The paper: while printing, an update (print media starting to apply) waits for it, not shows the notice first. */
  private readonly paper: OnDemand<NonNullable<typeof consentPaper.module>> = new OnDemand(this, {
    module: consentPaper,
    needed: () => this.printer.printing,
    blocksRender: true,
  });

  /** The FHIR Consent's code: loaded by `toFhir()`. */
  private readonly output = new OnDemand(this, { module: consentOutput, what: () => this.t('fhirName') });

  /** What the host hands as `record` (or the browser restores): read at once, validated when the validator is here. */
  private readonly hostRecord: HostRecordController<ConsentRecord, NonNullable<typeof consentValidator.module>> = new HostRecordController(this, {
    property: 'record',
    lang: () => this.locale,
    validator: this.validator,
    read: (validator, value) => validator.readConsentRecord(value, { lang: this.locale, children: this.childList }),
    accept: (record, initial) => {
      if (initial) {
        this.clearError();
        this.initialRecord = structuredClone(record);
      }
      this.commit(record, false);
    },
    refuse: (error) => this.showError(error),
  });

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /**
   * A disabled `<fieldset>` or form around the element disables its controls too, as it does a
   * native control's (the value already leaves FormData). The content sits in a fieldset of its
   * own with `display: contents`: no box, no group announced, only the native disabling.
   */
  @state() private formDisabled = false;
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  formResetCallback(): void {
    this.commit(structuredClone(this.initialRecord), false);
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    let value: unknown;
    try {
      value = JSON.parse(state);
    } catch {
      // A restored state we cannot read is ignored: the form keeps what it has.
      return;
    }
    this.hostRecord.set(value, false);
  }

  override connectedCallback(): void {
    this.hostRecord.applyPreUpgrade();
    super.connectedCallback();
  }

  private readonly printer = new PrintController(this, {
    loadPaper: (): Promise<unknown> => this.paper.prefetch(),
    paperMissing: () => this.notePaperMissing(),
    renderNow: () => this.performUpdate(),
  });

  /**
   * Prints the paper form (the form alone when `print-isolated` is set); `blank` prints it empty.
   * Waits for the paper's module (without it, offline, the screen part is printed under a
   * notice); resolves when the browser's print has returned. Never rejects.
   */
  print(options: { blank?: boolean } = {}): Promise<void> {
    return this.printer.print(options?.blank === true);
  }

  /** Printing without the paper's module: the status says so (the notice is printed too), and the paper follows when it arrives. */
  private notePaperMissing(): void {
    if (this.paper.value) return;
    this.status = this.t('paperMissing');
    void this.paper.load();
  }

  /**
   * FHIR R4 Consent for the record as it is now. Its module loads on the first call; when it
   * cannot (offline, a chunk a newer deploy removed) the promise rejects with a `BspError`
   * (`load-failed`). Never throws synchronously.
   */
  async toFhir(): Promise<FhirConsent> {
    const record = this.record;
    const lang = this.locale;
    const patient = this.subject ? { reference: this.subject } : undefined;
    const output = await this.output.require();
    return output.toFhirConsent(record, lang, { patient });
  }

  private get childList(): ChildOption[] {
    if (this.shared) return this.shared.children;
    const options = this.readChildOptions();
    return options.ok ? options.value : [];
  }

  /** `childOptions` read once per value set (a copy within the boundary's limits), then checked. */
  private checkedChildOptions?: { from: unknown; result: ChildOptionsResult };

  private readChildOptions(): ChildOptionsResult {
    const from: unknown = this.childOptions;
    if (!this.checkedChildOptions || this.checkedChildOptions.from !== from) this.checkedChildOptions = { from, result: this.checkChildOptions(from) };
    return this.checkedChildOptions.result;
  }

  private checkChildOptions(value: unknown): ChildOptionsResult {
    // Null or undefined: no children to choose from.
    if (value === null || value === undefined) return { ok: true, value: [] };
    const copy = readHostData(value, 'childOptions', this.locale);
    if (!copy.ok) return copy;
    const list = copy.value;
    if (!Array.isArray(list)) return { ok: false, error: propertyError(this.locale, 'childOptions', '[{ id, label }]', list) };
    if (list.length > MAX_CHILD_OPTIONS) {
      return { ok: false, error: propertyIssueError(this.locale, 'childOptions', [], format(errorMessages, this.locale, 'tooMany', { max: String(MAX_CHILD_OPTIONS) })) };
    }
    const wrong = list.findIndex((c: unknown) => !isChildOption(c));
    if (wrong >= 0) {
      const message = format(errorMessages, this.locale, 'wrongType', { expected: '{ id, label }', received: describeType(list[wrong], this.locale) });
      return { ok: false, error: propertyIssueError(this.locale, 'childOptions', [wrong], message) };
    }
    return { ok: true, value: list as ChildOption[] };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.checkProperties()) return;
    this.hostRecord.take();
    // Inside the checklist: the choices it kept (coming back to the step, or cleared for a new patient).
    if (changed.has('shared' as keyof BspConsentForm) && this.shared && this.shared.pending !== this.pendingDecisions) this.pendingDecisions = this.shared.pending;
    if (changed.has('printIsolated') && this.printIsolated) isolatePrint();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // The paper for Ctrl+P (its beforeprint cannot wait): fetched once the page is idle.
    whenIdle(() => void this.paper.prefetch());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.adoptPaperStyles();
    this.syncFormValue();
  }

  /**
   * The paper's styles come with its module: adopted once it is there, in the update that first
   * shows the paper at the latest (before paint; inside beforeprint's synchronous update).
   */
  private adoptPaperStyles(): void {
    const sheet = this.paper.value?.paperStyles.styleSheet;
    const root = this.shadowRoot;
    if (!sheet || !root || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** The form value is the record as JSON; a decision chosen but not registered makes it invalid. */
  private syncFormValue(): void {
    const json = JSON.stringify(this.record);
    this.internals.setFormValue(json, json);
    // A decision chosen but not recorded makes it invalid (said by the decisions' code; without it, the load warning's words).
    const problem = decisions.incompleteDecision(this.decisionsView(), this.drafts);
    if (problem) this.internals.setValidity({ customError: true }, problem);
    else this.internals.setValidity({});
  }

  /** Wrong-type public properties get the error view naming them, never a throw. */
  private checkProperties(): boolean {
    const children = this.readChildOptions();
    const problem =
      checkTextProperties(this, STRING_PROPERTIES, this.locale) ??
      (children.ok ? undefined : children.error);
    if (problem) {
      if (this.error?.issues[0]?.path !== problem.issues[0]!.path) this.showError(problem);
      return false;
    }
    const shown = this.error?.issues[0]?.path.split('.')[0] ?? '';
    if (this.error && [...STRING_PROPERTIES, 'childOptions'].includes(shown)) this.clearError();
    return true;
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
        information: current?.decision === 'given' ? [...current.information] : [],
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
    const view = this.decisionsView();
    const missing = decisions.incompleteGiven(view, this.drafts);
    if (missing) {
      this.status = missing;
      return;
    }
    const before = this.record;
    const record = decisions.withDecisions(before, this.drafts, new Date().toISOString(), this.recordedByNow());
    const changed = record.entries.length !== before.entries.length;
    this.status = this.t(changed ? 'saved' : 'nothingToSave');
    if (changed) this.commit(record);
  }

  /** Who records it: the field, else the host's `recordedBy`, within the record's limit. */
  private recordedByNow(): string | undefined {
    const by = this.renderRoot.querySelector<HTMLInputElement>(`#${this.uid}-by`)?.value || this.recordedBy;
    return by ? by.slice(0, CONSENT_TEXT_LIMITS.recordedBy) : undefined;
  }

  private withdraw(view: DecisionsView, entry: ConsentEntry): void {
    const by = this.recordedByNow();
    this.confirmingWithdrawal = undefined;
    this.commit(decisions.withdrawnRecord(this.record, entry, new Date().toISOString(), by));
    this.status = decisions.withdrawnStatus(view, entry);
    // The confirmation and the withdraw button are gone: land on this recipient's decision.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-recipient="${entry.recipient}"] input`)?.focus());
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
    // Embedded in the checklist, the form has no heading of its own: its sections sit at its level.
    const sub = this.embedded ? 0 : 1;
    const paper = this.printer.printing ? this.paper.value : undefined;
    // Printing without the paper's module: the screen part is what gets printed, under a notice.
    const paperMissing = this.printer.printing && !paper;
    const view = this.decisionsView();
    return html`<fieldset class="form-disabled" ?disabled=${this.formDisabled}>
      <div class="screen ${paperMissing ? 'printed' : ''}">
        ${paperMissing ? html`<p class="notice warning" data-paper-missing>${this.t('paperMissing')}</p>` : nothing}
        ${this.embedded
          ? nothing
          : html`${this.heading(0, this.t('heading'))}
              <p>${this.t('intro')}</p>
              <p class="help">${this.t('legalBasis')}</p>`}
        <p class="status">${this.t('statusLabel')}: ${this.t(statusKey)}</p>
        ${CONSENT_RECIPIENTS.map((r) => this.renderRecipient(r, currentConsents(record).find((e) => e.recipient === r), view))}
        <div class="question">
          <label for="${this.uid}-by">${this.t('recordedBy')}</label>
          <input id="${this.uid}-by" type="text" maxlength=${CONSENT_TEXT_LIMITS.recordedBy} .value=${this.recordedBy} autocomplete="name" />
        </div>
        <div class="actions">
          <button type="button" @click=${() => this.save()}>${this.t('save')}</button>
          <button type="button" class="secondary" @click=${() => this.print()}>${this.t('print')}</button>
          <button type="button" class="secondary" @click=${() => this.print({ blank: true })}>${this.t('printBlank')}</button>
        </div>
        <p role="status" class="help">${this.status}</p>
        ${hasRefusal(record) ? this.renderRefusal(view, record, sub) : nothing}
        <div class="notice danger">
          ${this.heading(sub, this.t('dutyToReportHeading'))}
          <p>${this.t('dutyToReport')}</p>
        </div>
        ${this.heading(sub, this.t('historyHeading'))}
        ${record.entries.length ? decisions.renderHistoryEntries(view, record) : html`<p>${this.t('historyEmpty')}</p>`}
      </div></fieldset>
      ${paper
        ? paper.renderPaper({
            record: this.printer.blank ? emptyConsentRecord() : record,
            lang: this.locale,
            t: view.t,
            childLabels: view.childLabels,
            children: this.printer.blank ? '' : this.childList.map((c) => c.label).join(', '),
          })
        : nothing}
    `;
  }

  private renderRecipient(recipient: ConsentRecipient, current: ConsentEntry | undefined, view: DecisionsView): TemplateResult {
    const lang = this.locale;
    const draft = this.draftFor(recipient, current);
    const id = `${this.uid}-${recipient}`;
    const set = (patch: (draft: DraftDecision) => Partial<DraftDecision>) => this.setDraft(recipient, patch, current);
    const radio = (value: DraftDecision['decision'], text: string) =>
      html`<label><input type="radio" id="${id}-${value || 'none'}" name="${id}-decision" .checked=${draft.decision === value} @change=${() => set(() => ({ decision: value }))} /><span>${text}</span></label>`;
    return html`<fieldset class="recipient" part="recipient" data-recipient=${recipient}>
      <legend>${this.t('decisionLegend', { recipient: recipientInSentence({ recipient }, lang) })}</legend>
      ${current?.decision === 'withdrawn' ? html`<p class="help">${view.t('withdrawn')}</p>` : nothing}
      ${recipient === 'other'
        ? html`<div class="question">
            <label for="${id}-name">${this.t('otherName')}</label>
            <input id="${id}-name" type="text" maxlength=${CONSENT_TEXT_LIMITS.recipientName} .value=${draft.name} @change=${(e: Event) => set(() => ({ name: (e.target as HTMLInputElement).value }))} />
          </div>`
        : nothing}
      <div class="segmented">${radio('given', this.t('given'))}${radio('refused', this.t('refused'))}${radio('', this.t('notAsked'))}</div>
      ${draft.decision === 'given' ? decisions.renderGivenDetails(view, { id, draft, children: this.childList, set }) : nothing}
      ${current?.decision === 'given' ? this.renderWithdraw(view, current) : nothing}
    </fieldset>`;
  }

  /** The form's language, words (host overrides included), headings and ids, for the decisions' templates. */
  private decisionsView(): DecisionsView {
    const t: DecisionsView['t'] = (key, params) => this.messageFrom(decisions.consentLaterMessages, key, params);
    return {
      lang: this.locale,
      t,
      heading: (depth, text) => this.heading(depth, text),
      uid: this.uid,
      // Child ids to the labels the reader sees now; entries store ids only.
      childLabels: (ids) => (ids.length ? ids.map((id) => this.childList.find((c) => c.id === id)?.label ?? id).join(', ') : t('allChildren')),
    };
  }

  /** Withdrawal asks first, inline (never window.confirm); the history keeps the earlier consent. */
  private renderWithdraw(view: DecisionsView, current: ConsentEntry): TemplateResult {
    const focus = (selector: string) => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
    return decisions.renderWithdraw(view, current, this.confirmingWithdrawal === current.recipient, {
      ask: () => {
        this.confirmingWithdrawal = current.recipient;
        focus(`[data-confirm-withdraw="${current.recipient}"] button`);
      },
      confirm: () => this.withdraw(view, current),
      cancel: () => {
        // The button pressed goes with the confirmation: land on this recipient's decision.
        this.confirmingWithdrawal = undefined;
        focus(`[data-recipient="${current.recipient}"] input`);
      },
    });
  }

  private renderRefusal(view: DecisionsView, record: ConsentRecord, depth: number): TemplateResult {
    const url = safeHrefOrAnchor(this.rolePanelUrl || this.config?.rolePanelUrl);
    return decisions.renderRefusal(view, record, depth, url, (value) => this.setAskAgain(value));
  }
}

function isChildOption(value: unknown): value is ChildOption {
  if (value === null || typeof value !== 'object') return false;
  const { id, label } = value as Record<string, unknown>;
  // An id the consent record can hold: entries naming it stay valid.
  return typeof id === 'string' && id !== '' && id.length <= CONSENT_TEXT_LIMITS.childId && typeof label === 'string';
}
