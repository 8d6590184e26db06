import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { ContextProvider } from '@lit/context';
import { checklistConsentContext, type ChecklistConsentContextValue, type PendingConsentDecisions } from '@bsp/consent';
import {
  applyChecklistAction,
  guidanceFrom,
  checklistUiMessages,
  childDescription,
  emptyRecord,
  hasPendingDecision,
  format,
  pick,
  safeHref,
  safeHrefOrAnchor,
  screeningGuidance,
  screeningOpensMapping,
  screeningPart,
  visibleQuestions,
  visibleSteps,
  type Answer,
  type ChecklistAction,
  type ChecklistRecord,
  type Guidance,
  type ChildEntry,
  type ConsentRecord,
  type Procedure,
  type Question,
  type ParseResult,
  type Step,
} from '@bsp/sdk';
import { BspChangeEvent, BspElement, DraftController, HostRecordController, LazyModule, OnDemand, bannerStyles, moduleLoadFailed, cardStyles, checkTextProperties, choiceStyles, readHostData, renderLoadWarning, segmentedStyles, stepperStyles, type BspErrorDetail } from '@bsp/ui';
import type { ChecklistCompleteDetail } from '../events/bsp-complete.js';
import { checklistWidgetMessages, type ChecklistFirstScreenKey } from '../translations/index.js';
import { renderAnswerControl } from './answer-controls.js';
import { renderStepper } from './stepper.js';
import { SummaryController } from './summary-controller.js';
import { renderChildren } from './children-view.js';
import { renderChildGuidance, renderCriticalBanners, renderGuidance, type GuidanceContext } from './guidance-view.js';
import { fieldNotices } from './field-notices.js';
import { childChecklistStyles } from './child-checklist.styles.js';

/**
 * The validator of host data (zod, the record's and the overlay's schemas): loaded only when a
 * host hands the checklist a record, an overlay or a storage adapter that may hold a draft.
 * Exported for the tests (not from the package index).
 */
export const checklistValidator = new LazyModule(() => import('./record-validator.js'));

/**
 * Part 2 (the mapping steps, their words and guidance), the summary step, the journal note and
 * FHIR: one chunk, fetched at the first answer. Until it is there the checklist is part 1
 * (`screeningPart`); an update that needs part 2 waits for it (`output`), except
 * right after an answer on the screening step, which stays usable while it loads. Exported for
 * the tests (not from the package index).
 */
export const checklistOutput = new LazyModule(() => import('./checklist-output.js'));
type Output = NonNullable<typeof checklistOutput.module>;

const STRING_PROPERTIES = ['subject', 'draftKey', 'rolePanelUrl'] as const;

let instances = 0;

/**
 * The child-identification checklist: short screening first, deeper mapping only when needed,
 * guidance for hard situations where they arise, and a journal note the professional controls
 * (helsepersonelloven § 10 a; 002 §4.3.1, §5.3.2; TrygtBarn, 003).
 *
 * Nothing is stored unless the host gives a storage adapter (`storage`, or `<bsp-provider>`);
 * with one, a half-filled checklist survives a reload. The state lives in the element, so it
 * survives re-render and moving the element in the DOM.
 *
 * @tagname bsp-child-checklist
 * @summary Child-identification checklist with journal note and FHIR output.
 * @event bsp-change - Any answer changed (detail: { widget: 'checklist', record }).
 * @event bsp-complete - The professional finished (detail: { record, journalRecord, note, fhir, review }): `journalRecord` is what a journal may store, `record` the working draft.
 * @event bsp-error - Invalid record or procedure overlay (the error view), or a draft that could not be saved (`storage-failed`), was changed elsewhere (`draft-conflict`) or could not be read (`draft-unreadable`) (detail: code, message, issues).
 * @event bsp-metric - Anonymous counts only: `started`, `step:<id>`, `mapping-opened`, `followup-planned`, `completed`.
 * @csspart base - The wrapper.
 * @csspart progress - The list of steps.
 * @csspart step - The current step.
 * @csspart guidance - A guidance box.
 * @csspart child - One child's fieldset.
 * @csspart note - The editable journal note.
 * @csspart nav - The back/next buttons.
 * @csspart error - The error view.
 * @csspart data-warning - Above the checklist: what the municipality's overlay holds that is not used as written (an unknown key).
 * @csspart load-warning - A warning that part of the widget could not load (a municipal overlay, part 2, the summary).
 * @cssstate complete - The checklist was finished.
 * @cssstate mapping - Part 2 is open.
 */
export class BspChildChecklist extends BspElement<ChecklistFirstScreenKey> {
  static override styles = [...BspElement.styles, choiceStyles, segmentedStyles, stepperStyles, cardStyles, bannerStyles, childChecklistStyles];

  protected readonly widget = 'checklist' as const;
  protected readonly catalog = checklistWidgetMessages;

  /** The patient as a FHIR reference (e.g. `Patient/123`), used as `subject` in FHIR output. */
  @property() subject = '';

  /**
   * Key of the draft in the storage adapter, one per patient. A new key is a new patient: the
   * form empties at once (nothing of the last patient shows or is saved under the new key), then
   * the key's draft is read. Set it before, or together with, a `record` for that patient.
   */
  @property({ attribute: 'draft-key' })
  get draftKey(): string {
    return this.currentDraftKey;
  }

  set draftKey(value: string) {
    const old = this.currentDraftKey;
    this.currentDraftKey = value;
    // Before the first render nothing of anyone has shown yet; after it, reset now, so a record
    // the host sets next (same task) is taken after the reset, not wiped by it.
    if (old !== value && this.hasUpdated) this.resetForNewPatient();
    this.requestUpdate('draftKey', old);
  }

  private currentDraftKey = 'draft';

  /** Where "who do I ask?" is (a role-panel page or anchor). Also from provider config `rolePanelUrl`. */
  @property({ attribute: 'role-panel-url' }) rolePanelUrl = '';

  /** The municipality's overlay on the national procedure. Also from provider config `procedure`. */
  @property({ attribute: false }) overlay?: unknown;

  @state() private current = 0;
  /** The furthest step visited, so steps after the current one stay reachable after going back (issue 27). */
  private furthest = 0;
  @state() private data: ChecklistRecord = emptyRecord();
  @state() private status = '';
  /**
   * Child cards whose open state differs from the step's default (`<step>:<child>`): on the
   * children step cards start folded to their one-line summary, elsewhere they start open.
   */
  @state() private toggledChildren = new Set<string>();
  /** Consent choices made in the embedded form, not registered yet (not part of the record until they are). */
  @state() private pendingConsent: PendingConsentDecisions = new Map();
  /** "Neste" from the consent step with choices not registered: where the user was going, while they are asked. */
  @state() private leavingConsent?: number;
  /**
   * The validator of host data: needed while the host hands a record, a storage adapter that may
   * hold a draft, or an overlay, and updates wait for it. Without it a record or a draft cannot
   * be read (the error view names it); an overlay is left out under a warning.
   */
  private readonly validator = new OnDemand(this, {
    module: checklistValidator,
    needed: () => this.validatorFor() !== undefined,
    blocksRender: true,
    what: () => format(checklistUiMessages, this.locale, this.validatorFor() === 'overlay' ? 'overlayName' : 'recordName'),
    property: () => this.validatorFor(),
    errorView: () => this.validatorFor() !== 'overlay',
  });

  /**
   * Part 2, the summary, the note and FHIR. Updates wait for it for an overlay (it overlays the
   * whole procedure), a step beyond the screening, or a first render of answers that open part 2;
   * answers that open part 2 later keep the screening usable while it loads. Fetched ahead at the
   * first answer. When it cannot load: one warning with "try again", the answers stay.
   */
  private readonly output = new OnDemand(this, {
    module: checklistOutput,
    needed: () => this.overlayGiven() || this.current > 0 || this.opensPartTwo() || this.onSummaryStep(),
    blocksRender: () => this.overlayGiven() || this.current > 0 || (!this.hasUpdated && this.opensPartTwo()),
    what: () => this.t(this.onSummaryStep() ? 'outputName' : 'partTwoName'),
  });

  /** The national procedure with the municipality's overlay applied (needs part 2: it overlays the whole). */
  private overlaid?: Procedure;

  /** The procedure shown: the overlaid one, else the national one, part 1 alone until part 2 is here. */
  private get procedure(): Procedure {
    return this.overlaid ?? this.output.value?.defaultProcedure ?? screeningPart;
  }

  private readonly uid = `c${++instances}`;
  private internals = this.attachInternals();
  private readonly drafts = new DraftController<ChecklistRecord>(this, {
    storage: () => this.activeStorage,
    key: () => this.storageKey,
    // A stored draft is host data: read back only through the validator; if that cannot load,
    // the error view says so and the draft is neither read nor written over.
    // Part 2 too: a draft may be in part 2 or beyond the screening, and shows whole at once.
    prepare: () => Promise.all([this.validator.load(), this.output.load()]).then(([valid]) => valid !== undefined),
    read: (value) => this.readRecord(value, checklistValidator.module!),
    restore: ({ record, step }) => {
      this.data = record;
      this.current = step;
      this.furthest = step;
      this.status = this.t('draftRestored');
    },
  });
  private readonly summary = new SummaryController(this, {
    record: () => this.data,
    procedure: () => this.procedure,
    lang: () => this.locale,
    subject: () => this.subject,
    overrides: () => this.messages ?? this.provided?.messages,
    uid: this.uid,
    headingLevel: () => this.validHeadingLevel,
    t: (key, params) => this.t(key, params),
    summaryText: (output, key, params) => this.messageFrom(output.checklistSummaryMessages, key, params),
    dispatch: (action) => this.dispatch(action),
    dispatchNote: (output, action) => this.commit(output.applyNoteAction(this.data, action, { procedure: this.procedure })),
    goTo: (index) => this.goTo(index),
    setStatus: (text) => (this.status = text),
    metric: (name) => this.emitMetric(name),
    states: () => this.internals.states,
    clearDraft: () => void this.drafts.clear(),
    focusAfterUpdate: (selector) => this.focusAfterUpdate(selector),
  });
  private started = false;
  /** Shares the consent part of the record with a <bsp-consent-form> in the consent step. */
  private consentProvider = new ContextProvider(this, { context: checklistConsentContext });
  private mappingCounted = false;

  /** The record (a copy). Setting it validates; an invalid record is refused with `bsp-error`. */
  get record(): ChecklistRecord {
    return structuredClone(this.data);
  }

  set record(value: unknown) {
    this.hostRecord.set(value);
  }

  /** What the host hands as `record`: read at once within the boundary's limits, validated when the validator is here. */
  private readonly hostRecord = new HostRecordController(this, {
    property: 'record',
    lang: () => this.locale,
    validator: this.validator,
    read: (validator, value) => validator.readChecklistRecord(value, this.locale),
    accept: (record) => {
      this.clearError();
      // A stored draft still being read must not overwrite the host's record.
      this.drafts.touch();
      this.data = record;
    },
    refuse: (error) => this.showError(error),
  });

  override connectedCallback(): void {
    this.hostRecord.applyPreUpgrade();
    super.connectedCallback();
  }

  /** An overlay waits for the validator and part 2 (`resolveProcedure` runs again when they come). */
  private overlayWaiting = false;

  /** The overlay's validator or part 2 could not load: the national procedure is shown under this warning. */
  private get overlayWarning(): BspErrorDetail | undefined {
    if (!this.overlayWaiting) return undefined;
    if (this.validatorFor() === 'overlay' && this.validator.error) return this.validator.error;
    return this.output.status === 'failed' ? moduleLoadFailed(this.locale, format(checklistUiMessages, this.locale, 'overlayName'), 'overlay').detail : undefined;
  }

  private overlayGiven(): boolean {
    return (this.overlay ?? this.config?.procedure) !== undefined;
  }

  /** What the validator is needed for now, named as the host's property (undefined: nothing). */
  private validatorFor(): 'record' | 'storage' | 'overlay' | undefined {
    if (this.hostRecord.pending) return 'record';
    if (this.storage ?? this.provided?.storage) return 'storage';
    return this.overlayGiven() ? 'overlay' : undefined;
  }

  /** The answers, or a host record not yet validated, open part 2. */
  private opensPartTwo(): boolean {
    return screeningOpensMapping(this.data) || this.hostRecordOpensPartTwo();
  }

  /** Whether a host record not yet validated has answers that open part 2 (read as any record is: own answers only). */
  private hostRecordOpensPartTwo(): boolean {
    const answers = (this.hostRecord.pending?.value as { answers?: unknown } | undefined)?.answers;
    return typeof answers === 'object' && answers !== null && screeningOpensMapping({ answers: answers as ChecklistRecord['answers'] });
  }

  /** The answers open part 2 and its code is not here (loading, or it failed). */
  private partTwoMissing(): boolean {
    return !this.output.value && screeningOpensMapping(this.data);
  }

  private onSummaryStep(): boolean {
    const steps = this.steps;
    return steps[Math.min(this.current, steps.length - 1)]?.id === 'summary';
  }




  /** A stored record, read once within the boundary's limits, then validated and migrated. */
  private readRecord(value: unknown, validator: NonNullable<typeof checklistValidator.module>): ParseResult<ChecklistRecord> {
    const copy = readHostData(value, 'record', this.locale);
    return copy.ok ? validator.readChecklistRecord(copy.value, this.locale) : copy;
  }

  /**
   * The journal note for the current record, excluded items left out: exactly what the summary
   * shows. Async since the note's code loads on demand; rejects with a `BspError`
   * (`load-failed`) when it cannot load.
   */
  async toJournalNote(): Promise<string> {
    const record = this.record;
    // The procedure is read once the code is here: the whole one, part 2 included.
    return (await this.loadOutput()).checklistNote(this.summary.input(record));
  }

  /**
   * FHIR R4 resources for the current record (async, as `toJournalNote`); the Questionnaire is the
   * published one, every language's translations loaded first.
   */
  async toFhir(): Promise<ChecklistCompleteDetail['fhir']> {
    const record = this.record;
    return (await this.loadOutput()).checklistFhirPublished(this.summary.input(record));
  }

  private loadOutput(): Promise<Output> {
    return this.output.require();
  }

  private consentContextValue(): ChecklistConsentContextValue {
    return {
      record: this.data.consent,
      children: this.data.children.map((c, i) => ({ id: c.id, label: childDescription(c, i, this.procedure, this.locale) })),
      update: (record: ConsentRecord) => this.dispatch({ type: 'consentRecorded', consent: record }),
      // Choices made in the form but not registered yet: kept here, so leaving the step, a language
      // change or a re-render never drops them ("Neste" asks first, see goTo).
      pending: this.pendingConsent,
      setPending: (pending) => {
        this.pendingConsent = pending;
        this.leavingConsent = undefined;
      },
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.checkProperties()) return;
    this.hostRecord.take();
    if (changed.has('data' as keyof BspChildChecklist) || changed.has('provided' as keyof BspChildChecklist) || changed.has('pendingConsent' as keyof BspChildChecklist)) {
      this.consentProvider.setValue(this.consentContextValue());
    }
    if (changed.has('overlay') || changed.has('provided' as keyof BspChildChecklist) || (this.overlayWaiting && this.validator.value && this.output.value)) this.resolveProcedure();
    if (changed.has('draftKey') || changed.has('storage') || changed.has('provided' as keyof BspChildChecklist)) void this.drafts.load();
  }

  /** Wrong-type public properties get the error view naming them, never a throw. */
  private checkProperties(): boolean {
    const problem = checkTextProperties(this, STRING_PROPERTIES, this.locale);
    if (problem) {
      if (this.error?.issues[0]?.path !== problem.issues[0]!.path) this.showError(problem);
      return false;
    }
    const shown = this.error?.issues[0]?.path;
    if (STRING_PROPERTIES.some((name) => name === shown)) this.clearError();
    return true;
  }

  private resolveProcedure(): void {
    const overlay = readHostData(this.overlay ?? this.config?.procedure, 'overlay', this.locale);
    if (!overlay.ok) return this.showError(overlay.error);
    if (overlay.value === undefined) {
      this.overlaid = undefined;
      return;
    }
    // Without its validator or part 2 the municipality's overlay is left out, not the routine: the
    // national procedure under a warning (`overlayWarning`; the law's duty is the same).
    const name = format(checklistUiMessages, this.locale, 'overlayName');
    const validator = this.validator.value;
    const whole = this.output.value;
    this.overlayWaiting = !validator || !whole;
    if (!validator || !whole) {
      this.overlaid = undefined;
      return;
    }
    const result = validator.applyOverlay(whole.defaultProcedure, overlay.value, this.locale);
    if (result.ok) {
      this.overlaid = result.value;
      this.showDataWarning(result.warnings && validator.findingsDetail(result.warnings, this.locale, name));
    } else this.showError(result.error);
  }

  private get storageKey(): string {
    return `checklist:${this.draftKey ?? 'draft'}`;
  }

  private saveDraft(): void {
    void this.drafts.save({ record: this.data, step: this.current });
  }

  private get steps(): Step[] {
    return visibleSteps(this.procedure, this.data);
  }

  /** Every record change goes through the SDK's engine (`applyChecklistAction`); the widget holds no copy it mutates. */
  private dispatch(action: ChecklistAction): void {
    this.commit(applyChecklistAction(this.data, action, { procedure: this.procedure }));
  }

  /** A record an engine action returned: shown, saved and told (nothing when it did not change). */
  private commit(next: ChecklistRecord): void {
    if (next === this.data) return;
    this.drafts.touch();
    this.data = next;
    this.summary.changed();
    if (!this.started) {
      this.started = true;
      this.emitMetric('started');
      // Every path ends at the summary, most through part 2: fetch their code while the professional answers.
      void this.output.prefetch();
    }
    if (screeningOpensMapping(next, this.procedure) && !this.mappingCounted) {
      this.mappingCounted = true;
      this.emitMetric('mapping-opened');
    }
    this.saveDraft();
    this.dispatchEvent(new BspChangeEvent({ widget: 'checklist', record: this.record }));
  }

  /** Where keyboard and screen-reader users continue: the first match in the widget, once it has rendered. */
  private focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  /**
   * The draft key changed: another patient. Everything of the last one goes before the next
   * render (answers, step, pending consent choices, open edits); the new key's draft, if any, is
   * read next. A record the host hands over in the same update is taken after this.
   */
  private resetForNewPatient(): void {
    this.data = emptyRecord(this.procedure.id);
    this.current = 0;
    this.summary.reset();
    this.pendingConsent = new Map();
    this.leavingConsent = undefined;
    this.toggledChildren = new Set();
    this.status = '';
    this.started = false;
    this.mappingCounted = false;
    this.drafts.touch();
  }

  private setAnswer(questionId: string, value: Answer, childId?: string): void {
    this.dispatch({ type: 'answer', questionId, value, ...(childId ? { childId } : {}) });
  }

  /** `consentAsked`: the user chose to go on with consent choices not registered (they stay pending). */
  private goTo(index: number, consentAsked = false): void {
    // Leaving the consent step forward with choices not registered: ask first, never drop them.
    const from = this.steps[Math.min(this.current, this.steps.length - 1)];
    if (from?.id === 'consent' && index > this.current && !consentAsked && hasPendingDecision(this.pendingConsent)) {
      this.leavingConsent = index;
      this.focusAfterUpdate('[data-consent-pending] button');
      return;
    }
    this.leavingConsent = undefined;
    // Part 2 still loading: its steps are not in the list yet; the update waits for them, and the
    // step counted is the one shown then (the step after the screening is part 2's first).
    const partTwoPending = this.partTwoMissing();
    this.current = Math.max(0, Math.min(index, this.steps.length - 1));
    this.furthest = Math.max(this.furthest, this.current);
    this.status = '';
    this.summary.left();
    if (partTwoPending) void this.updateComplete.then(() => this.emitMetric(`step:${this.steps[Math.min(this.current, this.steps.length - 1)]!.id}`));
    else this.emitMetric(`step:${this.steps[this.current]!.id}`);
    this.saveDraft();
    // Land keyboard and screen-reader users on the new step's heading.
    this.focusAfterUpdate('#step-heading');
  }

  private addChildEntry(): void {
    const id = `child-${Date.now().toString(36)}-${this.data.children.length}`;
    this.dispatch({ type: 'childAdded', childId: id });
    // The new child opens; the ones before it fold to their one-line summary.
    this.toggledChildren = new Set([...this.toggledChildren].filter((k) => !k.startsWith('children:')).concat(`children:${id}`));
    this.status = this.t('childAdded', { child: this.t('childHeading', { n: this.data.children.length }) });
    // Continue where the user is going: the new child's first field.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-child="${id}"] :is(input, select, textarea, button:not(.child-remove))`)?.focus(),
    );
  }

  private removeChildEntry(id: string): void {
    this.dispatch({ type: 'childRemoved', childId: id });
    // The removed card took focus with it: land on "add a child".
    this.focusAfterUpdate('#add-child');
  }

  private isChildOpen(stepId: string, childId: string): boolean {
    return (stepId !== 'children') !== this.toggledChildren.has(`${stepId}:${childId}`);
  }

  private setChildOpen(stepId: string, childId: string, open: boolean): void {
    if (this.isChildOpen(stepId, childId) === open) return;
    const key = `${stepId}:${childId}`;
    const next = new Set(this.toggledChildren);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.toggledChildren = next;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (screeningOpensMapping(this.data, this.procedure)) this.internals.states?.add('mapping');
    else this.internals.states?.delete('mapping');
  }

  protected renderContent(): TemplateResult {
    const steps = this.steps;
    const index = Math.min(this.current, steps.length - 1);
    const step = steps[index]!;
    const lang = this.locale;
    // Computed once per render: every guidance region of the step filters the same list.
    const library = this.output.value?.guidanceLibrary ?? screeningGuidance;
    const guidance = guidanceFrom(library, this.data, this.procedure);
    const notices = fieldNotices(this.output.value, this.data, this.procedure, lang, this.messages ?? this.provided?.messages);
    const boxes: GuidanceContext = {
      lang,
      headingLevel: this.validHeadingLevel,
      legalRefLabel: this.t('legalRef'),
      askLabel: this.t('askLink'),
      askUrl: safeHrefOrAnchor(this.rolePanelUrl || this.config?.rolePanelUrl),
    };
    return html`
      ${this.heading(0, pick(this.procedure.title, lang), { className: 'title' })}
      ${renderLoadWarning(this.overlayWarning, { help: format(checklistUiMessages, lang, 'overlayLoadFailed') })}
      ${this.renderSetAside()}
      ${renderStepper({
        steps: steps.map((s) => ({ id: s.id, title: pick(s.title, lang) })),
        current: index,
        reachable: this.furthest,
        label: this.t('progressLabel'),
        count: this.t('stepOf', { current: index + 1, total: steps.length }),
        completed: this.t('stepCompleted'),
        note: screeningOpensMapping(this.data, this.procedure) ? undefined : this.t('partTwoLater'),
        goTo: (i) => this.goTo(i),
      })}
      ${step.id === 'summary' ? nothing : this.renderPartTwoUnavailable()}
      <section part="step" aria-labelledby="step-heading">
        ${this.heading(1, pick(step.title, lang), { id: 'step-heading', focusable: true })}
        ${step.intro ? html`<p>${pick(step.intro, lang)}</p>` : nothing}
        ${renderCriticalBanners(boxes, guidance, steps, index)}
        ${renderGuidance(boxes, guidance, step, undefined)}
        ${step.id === 'summary'
          ? this.output.value
            ? this.summary.render(this.output.value, steps)
            : this.renderOutputUnavailable()
          : step.id === 'consent' && customElements.get('bsp-consent-form')
            ? this.renderConsentStep(step, guidance, boxes)
            : html`${visibleQuestions(step.questions, this.data.answers).map(
                  // Keyed: an answer that shows or hides questions must not hand one question's inputs to another.
                  (q) => keyed(q.id, html`${this.renderQuestion(q, this.data.answers[q.id])}${renderGuidance(boxes, guidance, step, q.id)}`),
                )}
                ${step.childQuestions?.length
                  ? renderChildren({
                      uid: this.uid,
                      step,
                      children: this.data.children,
                      procedure: this.procedure,
                      lang,
                      t: (key, params) => this.t(key, params),
                      isOpen: (stepId, childId) => this.isChildOpen(stepId, childId),
                      setOpen: (stepId, childId, open) => this.setChildOpen(stepId, childId, open),
                      renderQuestion: (q, child) => this.renderQuestion(q, child.answers[q.id], child, notices(q.id, child.id)),
                      afterQuestion: (q, child) => renderChildGuidance(boxes, library, guidance, step, q.id, child.id),
                      onLabel: (childId, label) => this.dispatch({ type: 'childLabelled', childId, label }),
                      onRemove: (childId) => this.removeChildEntry(childId),
                      onAdd: () => this.addChildEntry(),
                    })
                  : nothing}`}
        ${step.links?.length
          ? html`<ul>${step.links.map((l) => {
              const href = safeHref(l.href);
              return href ? html`<li><a href=${href}>${pick(l.label, lang)}</a></li>` : nothing;
            })}</ul>`
          : nothing}
        ${step.legalRef ? html`<p class="help">${this.t('legalRef')}: ${pick(step.legalRef, lang)}</p>` : nothing}
      </section>
      <p role="status" class="help">${this.status}</p>
      ${this.renderConsentPending()}
      <div class="nav" part="nav">
        ${index > 0 ? html`<button type="button" class="secondary" @click=${() => this.goTo(index - 1)}>${this.t('back')}</button>` : html`<span></span>`}
        ${step.id === 'summary'
          ? this.output.value
            ? html`<button type="button" @click=${() => this.summary.requestFinish(this.output.value!)}>${this.t('finish')}</button>`
            : nothing
          : html`<button type="button" @click=${() => this.goTo(index + 1)}>${this.t('next')}</button>`}
      </div>
      ${this.renderDraftStatus()}
    `;
  }

  /** "Neste" with consent choices not registered: stay (to register) or go on (they stay pending). */
  private renderConsentPending(): TemplateResult | typeof nothing {
    const target = this.leavingConsent;
    if (target === undefined) return nothing;
    return html`<div class="notice warning" role="alert" data-consent-pending>
      <p>${this.t('consentPending')}</p>
      <button type="button" @click=${() => this.stayForConsent()}>${this.t('consentPendingStay')}</button>
      <button type="button" class="secondary" @click=${() => this.goOnWithoutConsent(target)}>${this.t('consentPendingLeave')}</button>
    </div>`;
  }

  private stayForConsent(): void {
    this.leavingConsent = undefined;
    // The question went away with the button pressed: back to the top of the consent step.
    this.focusAfterUpdate('#step-heading');
  }

  private goOnWithoutConsent(target: number): void {
    this.goTo(target, true);
  }

  /** Forgets the set-aside notice; its button goes with it, so focus moves to the step heading. */
  private startAfresh(): void {
    this.drafts.dismissSetAside();
    this.focusAfterUpdate('#step-heading');
  }

  /** A stored draft had to be set aside (known when the widget opens the key, so at the top). */
  private renderSetAside(): TemplateResult | typeof nothing {
    if (this.drafts.status !== 'set-aside') return nothing;
    return html`<div class="notice warning draft-status" role="status">
      <p>${this.t('draftSetAside')}</p>
      <button type="button" class="secondary" @click=${() => this.startAfresh()}>${this.t('startAfresh')}</button>
    </div>`;
  }

  /**
   * The consent step with the consent form (issue 27): who consents, and the basis or agreement
   * when nobody can (a patient without capacity, a deceased patient), asked first; the form's
   * decisions only when someone can consent. The form records status, partial and ask-again itself.
   */
  private renderConsentStep(step: Step, guidance: readonly Guidance[], boxes: GuidanceContext): TemplateResult {
    const formCovers = ['consentStatus', 'consentPartialWhich', 'consentAskAgainOn'];
    const questions = visibleQuestions(step.questions, this.data.answers).filter((q) => !formCovers.includes(q.id));
    const by = this.data.answers['consentBy'];
    return html`${questions.map((q) => keyed(q.id, html`${this.renderQuestion(q, this.data.answers[q.id])}${renderGuidance(boxes, guidance, step, q.id)}`))}
      ${by === 'no-capacity' || by === 'deceased'
        ? nothing
        : // Keyed by patient: a new draft key gets a new form, nothing of the last one's state.
          keyed(this.draftKey, html`<bsp-consent-form embedded heading-level=${Math.min(6, this.validHeadingLevel + 2)} role-panel-url=${this.rolePanelUrl} subject=${this.subject}></bsp-consent-form>`)}`;
  }

  /**
   * Drafts not being saved, or changed elsewhere: below the buttons, so a line appearing or going
   * while the user works never moves the form under the pointer.
   */
  private renderDraftStatus(): TemplateResult | typeof nothing {
    if (this.drafts.status === 'failed') return html`<p class="draft-status" role="status">${this.t('draftNotSaved')}</p>`;
    if (this.drafts.status !== 'conflict') return nothing;
    return html`<div class="notice warning draft-status" role="alert" data-draft-conflict>
      <p>${this.t('draftConflict')}</p>
      <button type="button" @click=${() => void this.drafts.keepMine({ record: this.data, step: this.current })}>${this.t('keepMine')}</button>
      <button type="button" class="secondary" @click=${() => void this.drafts.takeStored()}>${this.t('takeStored')}</button>
    </div>`;
  }

  private renderQuestion(q: Question, value: Answer | undefined, child?: ChildEntry, notices?: readonly string[]): TemplateResult {
    return renderAnswerControl(q, value, {
      ...(notices ? { notices } : {}),
      lang: this.locale,
      idPrefix: child ? `${this.uid}-${child.id}` : this.uid,
      yes: this.t('yes'),
      no: this.t('no'),
      set: (v) => this.setAnswer(q.id, v, child?.id),
    });
  }

  /** Part 2 could not load while the answers open it: the warning with "try again"; the screening stays usable. */
  private renderPartTwoUnavailable(): TemplateResult | typeof nothing {
    const error = this.output.error;
    return error ? this.renderLoadFailure(error) : nothing;
  }

  private renderLoadFailure(error: BspErrorDetail): TemplateResult {
    return renderLoadWarning(error, {
      help: this.t('outputLoadFailed'),
      action: { label: this.t('tryAgain'), run: () => this.retryOutput() },
    });
  }

  private renderOutputUnavailable(): TemplateResult {
    // Still loading: only where no update waited for it (server-side rendering).
    const error = this.output.error;
    if (!error) return html`<p class="help">${this.t('outputLoading')}</p>`;
    return this.renderLoadFailure(error);
  }

  private async retryOutput(): Promise<void> {
    // The update loads it again (`output` blocks there) and waits for it; on the screening step
    // nothing waits for part 2, so it is loaded here and shown when it is there.
    if (!this.onSummaryStep()) void this.output.retry();
    this.requestUpdate();
    await this.updateComplete;
    // The retry button is gone either way (the summary, or a new one): land on the step heading.
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }
}
