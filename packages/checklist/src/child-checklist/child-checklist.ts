import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { ContextProvider } from '@lit/context';
import { checklistConsentContext, type ChecklistConsentContextValue } from '@bsp/consent';
import {
  guidanceFrom,
  RECORD_TEXT_LIMITS,
  checklistUiMessages,
  childDescription,
  consentStatus,
  emptyRecord,
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
  type ChecklistRecord,
  type ChildEntry,
  type ConsentRecord,
  type Guidance,
  type Procedure,
  type Question,
  type ParseResult,
  type Step,
} from '@bsp/sdk';
import { BspChangeEvent, BspElement, DraftController, applyPreUpgradeProperty, LazyModule, LoadFailureReporter, bannerStyles, cardStyles, checkTextProperties, choiceStyles, loadedOrReject, readHostData, renderLoadWarning, segmentedStyles, stepperStyles, type BspErrorDetail } from '@bsp/ui';
import { BspCompleteEvent, type ChecklistCompleteDetail } from '../events/bsp-complete.js';
import { checklistWidgetMessages, type ChecklistFirstScreenKey } from '../translations/index.js';
import { renderAnswerControl } from './answer-controls.js';
import { renderStepper } from './stepper.js';
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
 * (`screeningPart`); an update that needs part 2 waits for it (see `modulesNeeded`), except
 * right after an answer on the screening step, which stays usable while it loads. Exported for
 * the tests (not from the package index).
 */
export const checklistOutput = new LazyModule(() => import('./checklist-output.js'));
type Output = NonNullable<typeof checklistOutput.module>;

/** The four points documented per child (DOMAIN §5; 002 §5.3.2), summarised on each child card. */
const CHILD_POINTS = ['responsibility', 'informed', 'parentsAssessment', 'professionalAssessment'];
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
 * @event bsp-complete - The professional finished (detail: { record, note, fhir }).
 * @event bsp-error - Invalid record, procedure overlay or stored draft (detail: code, message, issues).
 * @event bsp-metric - Anonymous counts only: `started`, `step:<id>`, `mapping-opened`, `followup-planned`, `completed`.
 * @csspart base - The wrapper.
 * @csspart progress - The list of steps.
 * @csspart step - The current step.
 * @csspart guidance - A guidance box.
 * @csspart child - One child's fieldset.
 * @csspart note - The editable journal note.
 * @csspart nav - The back/next buttons.
 * @csspart error - The error view.
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

  /** Key of the draft in the storage adapter: set one per patient so drafts never mix. */
  @property({ attribute: 'draft-key' }) draftKey = 'draft';

  /** Where "who do I ask?" is (a role-panel page or anchor). Also from provider config `rolePanelUrl`. */
  @property({ attribute: 'role-panel-url' }) rolePanelUrl = '';

  /** The municipality's overlay on the national procedure. Also from provider config `procedure`. */
  @property({ attribute: false }) overlay?: unknown;

  @state() private current = 0;
  /** The furthest step visited, so steps after the current one stay reachable after going back (issue 27). */
  private furthest = 0;
  @state() private data: ChecklistRecord = emptyRecord();
  @state() private status = '';
  @state() private complete = false;
  /**
   * Child cards whose open state differs from the step's default (`<step>:<child>`): on the
   * children step cards start folded to their one-line summary, elsewhere they start open.
   */
  @state() private toggledChildren = new Set<string>();
  /** Set while "finish" waits for the professional to confirm despite blocking issues. */
  @state() private confirmingFinish = false;
  /** The note item being reworded inline, if any. */
  @state() private editingItem?: string;
  /** The record as last handed to the host with bsp-complete: a second finish is a no-op. */
  private finishedRecord?: string;
  /** The summary's code did not load while the summary shows: one `bsp-error` until it loads, however often "try again" fails. */
  private readonly outputFailure = new LoadFailureReporter(
    this,
    checklistOutput,
    () => this.t(this.onSummaryStep() ? 'outputName' : 'partTwoName'),
    () => this.onSummaryStep() || this.partTwoMissing(),
  );

  /** The national procedure with the municipality's overlay applied (needs part 2: it overlays the whole). */
  private overlaid?: Procedure;

  /** The procedure shown: the overlaid one, else the national one, part 1 alone until part 2 is here. */
  private get procedure(): Procedure {
    return this.overlaid ?? checklistOutput.module?.defaultProcedure ?? screeningPart;
  }

  private readonly uid = `c${++instances}`;
  private internals = this.attachInternals();
  private readonly drafts = new DraftController<ChecklistRecord>(this, {
    storage: () => this.activeStorage,
    key: () => this.storageKey,
    // A stored draft is host data: read back only through the validator; if that cannot load,
    // the error view says so and the draft is neither read nor written over.
    // Part 2 too: a draft may be in part 2 or beyond the screening, and shows whole at once.
    prepare: () => Promise.all([this.loadValidator('storage'), checklistOutput.load()]).then(([valid]) => valid),
    read: (value) => this.readRecord(value, checklistValidator.module!),
    restore: ({ record, step }) => {
      this.data = record;
      this.current = step;
      this.furthest = step;
      this.status = this.t('draftRestored');
    },
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
    // Read once, now, within the boundary's limits (no zod); validated when the validator is here.
    const copy = readHostData(value, 'record', this.locale);
    if (!copy.ok) {
      this.hostRecord = undefined;
      this.showError(copy.error);
      return;
    }
    this.hostRecord = { value: copy.value };
    if (checklistValidator.module) this.acceptHostRecord();
    else this.requestUpdate();
  }

  override connectedCallback(): void {
    applyPreUpgradeProperty(this, 'record');
    super.connectedCallback();
  }

  /** The overlay's validator could not load: the national procedure is shown under this warning. */
  @state() private overlayWarning?: BspErrorDetail;

  /** A record the host set, read but not yet validated (the validator is loading). */
  private hostRecord?: { value: unknown };

  protected override modulesNeeded() {
    const storage = this.storage ?? this.provided?.storage;
    const overlay = (this.overlay ?? this.config?.procedure) !== undefined;
    const hostData = this.hostRecord || storage || overlay;
    // Part 2 before this update: an overlay (it overlays the whole procedure), a step beyond the
    // screening (the summary too), or a first render of answers that open part 2.
    const firstInPartTwo = !this.hasUpdated && (screeningOpensMapping(this.data) || this.hostRecordOpensPartTwo());
    const partTwo = overlay || this.current > 0 || firstInPartTwo;
    return [...super.modulesNeeded(), ...(hostData ? [checklistValidator] : []), ...(partTwo ? [checklistOutput] : [])];
  }

  /** Whether a host record not yet validated has answers that open part 2 (read as any record is: own answers only). */
  private hostRecordOpensPartTwo(): boolean {
    const answers = (this.hostRecord?.value as { answers?: unknown } | undefined)?.answers;
    return typeof answers === 'object' && answers !== null && screeningOpensMapping({ answers: answers as ChecklistRecord['answers'] });
  }

  /** The answers open part 2 and its code is not here (loading, or it failed). */
  private partTwoMissing(): boolean {
    return !checklistOutput.module && screeningOpensMapping(this.data);
  }

  private onSummaryStep(): boolean {
    const steps = this.steps;
    return steps[Math.min(this.current, steps.length - 1)]?.id === 'summary';
  }

  private acceptHostRecord(): void {
    const pending = this.hostRecord;
    if (!pending) return;
    const validator = this.use(checklistValidator, 'record', format(checklistUiMessages, this.locale, 'recordName'), () => this.acceptHostRecord());
    if (!validator) {
      // It could not load (the error view says so): the record is refused; setting one again retries.
      if (checklistValidator.failure !== undefined) this.hostRecord = undefined;
      return;
    }
    this.hostRecord = undefined;
    const result = validator.readChecklistRecord(pending.value, this.locale);
    if (!result.ok) {
      this.showError(result.error);
      return;
    }
    this.clearError();
    // A stored draft still being read must not overwrite the host's record.
    this.drafts.touch();
    this.data = result.value;
  }

  /** Loads the validator; true when it is here, otherwise the error view names `property`. */
  private async loadValidator(property: string): Promise<boolean> {
    await checklistValidator.load();
    return this.use(checklistValidator, property, format(checklistUiMessages, this.locale, 'recordName'), () => {}) !== undefined;
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
    return (await this.loadOutput()).checklistNote(this.outputInput(record));
  }

  /** FHIR R4 resources for the current record (async, as `toJournalNote`). */
  async toFhir(): Promise<ChecklistCompleteDetail['fhir']> {
    const record = this.record;
    return (await this.loadOutput()).checklistFhir(this.outputInput(record));
  }

  /**
   * What the outputs are made from: `record` and the procedure, language and host overrides now.
   * The async methods pass a copy (`this.record`), so an answer given while the output code loads
   * is not in their result; a render reads the record itself.
   */
  private outputInput(record: ChecklistRecord = this.data) {
    return {
      record,
      procedure: this.procedure,
      lang: this.locale,
      subject: this.subject,
      complete: this.complete,
      overrides: this.messages ?? this.provided?.messages,
    };
  }

  private loadOutput(): Promise<Output> {
    return loadedOrReject(checklistOutput, this.locale, this.t('outputName'));
  }

  private consentContextValue(): ChecklistConsentContextValue {
    return {
      record: this.data.consent,
      children: this.data.children.map((c, i) => ({ id: c.id, label: childDescription(c, i, this.procedure, this.locale) })),
      update: (record: ConsentRecord) =>
        this.change((draft) => {
          draft.consent = record;
          // Keep the screening answer in step so guidance (refusal) follows the form.
          const status = consentStatus(record);
          draft.answers['consentStatus'] = status === 'full' ? 'given' : status === 'none' ? 'not-asked' : status;
        }),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.checkProperties()) return;
    this.acceptHostRecord();
    if (changed.has('data' as keyof BspChildChecklist) || changed.has('provided' as keyof BspChildChecklist)) {
      this.consentProvider.setValue(this.consentContextValue());
    }
    if (changed.has('overlay') || changed.has('provided' as keyof BspChildChecklist)) this.resolveProcedure();
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
    // national procedure under a warning (the law's duty is the same), rather than the error view.
    this.overlayWarning = undefined;
    const name = format(checklistUiMessages, this.locale, 'overlayName');
    const retry = () => {
      this.resolveProcedure();
      this.requestUpdate();
    };
    const leaveOut = (detail: BspErrorDetail) => {
      this.overlayWarning = detail;
      this.overlaid = undefined;
    };
    const validator = this.use(checklistValidator, 'overlay', name, retry, leaveOut);
    const whole = validator && this.use(checklistOutput, 'overlay', name, retry, leaveOut);
    if (!validator || !whole) return;
    const result = validator.applyOverlay(whole.defaultProcedure, overlay.value, this.locale);
    if (result.ok) this.overlaid = result.value;
    else this.showError(result.error);
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

  private change(mutate: (draft: ChecklistRecord) => void): void {
    const next = structuredClone(this.data);
    mutate(next);
    next.updatedAt = new Date().toISOString();
    this.drafts.touch();
    this.data = next;
    this.complete = false;
    this.internals.states?.delete('complete');
    if (!this.started) {
      this.started = true;
      this.emitMetric('started');
      // Every path ends at the summary, most through part 2: fetch their code while the professional answers.
      void checklistOutput.load();
    }
    if (screeningOpensMapping(next, this.procedure) && !this.mappingCounted) {
      this.mappingCounted = true;
      this.emitMetric('mapping-opened');
    }
    this.saveDraft();
    this.dispatchEvent(new BspChangeEvent({ widget: 'checklist', record: this.record }));
  }

  private setAnswer(questionId: string, value: Answer, childId?: string): void {
    this.change((draft) => {
      const target = childId ? draft.children.find((c) => c.id === childId)?.answers : draft.answers;
      if (target) target[questionId] = value;
    });
  }

  private goTo(index: number): void {
    // Part 2 still loading: its steps are not in the list yet; the update waits for them, and the
    // step counted is the one shown then (the step after the screening is part 2's first).
    const partTwoPending = this.partTwoMissing();
    this.current = Math.max(0, Math.min(index, this.steps.length - 1));
    this.furthest = Math.max(this.furthest, this.current);
    this.status = '';
    this.confirmingFinish = false;
    if (partTwoPending) void this.updateComplete.then(() => this.emitMetric(`step:${this.steps[Math.min(this.current, this.steps.length - 1)]!.id}`));
    else this.emitMetric(`step:${this.steps[this.current]!.id}`);
    this.saveDraft();
    // Land keyboard and screen-reader users on the new step's heading.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus());
  }

  private addChildEntry(): void {
    const id = `child-${Date.now().toString(36)}-${this.data.children.length}`;
    this.change((draft) => draft.children.push({ id, answers: {} }));
    // The new child opens; the ones before it fold to their one-line summary.
    this.toggledChildren = new Set([...this.toggledChildren].filter((k) => !k.startsWith('children:')).concat(`children:${id}`));
    this.status = this.t('childAdded', { child: this.t('childHeading', { n: this.data.children.length }) });
    // Continue where the user is going: the new child's first field.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`[data-child="${id}"] :is(input, select, textarea, button:not(.child-remove))`)?.focus(),
    );
  }

  private removeChildEntry(id: string): void {
    this.change((draft) => {
      draft.children = draft.children.filter((c) => c.id !== id);
      draft.excluded = draft.excluded.filter((k) => !k.startsWith(`child:${id}:`));
    });
    // The removed card took focus with it: land on "add a child".
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#add-child')?.focus());
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

  private toggleExcluded(output: Output, key: string, excluded: boolean): void {
    this.change((draft) => {
      draft.excluded = output.setExcluded(draft, key, excluded, this.procedure).excluded;
    });
  }

  /** Rewords one note item (undefined: back to the text from the answers). */
  private saveNoteEdit(output: Output, key: string, text: string | undefined): void {
    const next = output.setNoteEdit(this.data, key, text, this.procedure);
    this.change((draft) => {
      if (next.noteEdits) draft.noteEdits = next.noteEdits;
      else delete draft.noteEdits;
    });
    this.editingItem = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`li[data-key="${CSS.escape(key)}"] [data-edit]`)?.focus());
  }

  /** "Finish": with blocking issues, an inline confirmation first (never window.confirm). */
  private requestFinish(output: Output): void {
    if (!this.confirmingFinish && output.hasBlockingIssues(output.reviewRecord(this.data, this.procedure)) && JSON.stringify(this.data) !== this.finishedRecord) {
      this.confirmingFinish = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-confirm-finish] button')?.focus());
      return;
    }
    this.finish(output);
  }

  /**
   * Hands the result to the host once. A second "finish" with the same record is a no-op;
   * the draft is removed only after the host's bsp-complete listeners have run.
   */
  private finish(output: Output): void {
    const snapshot = JSON.stringify(this.data);
    if (snapshot === this.finishedRecord) {
      this.status = this.t('alreadyFinished');
      return;
    }
    this.finishedRecord = snapshot;
    this.confirmingFinish = false;
    this.complete = true;
    this.internals.states?.add('complete');
    const planned = this.data.children.some((c) => {
      const places = c.answers['followUpWhere'];
      return Array.isArray(places) && places.length > 0;
    });
    if (planned) this.emitMetric('followup-planned');
    this.emitMetric('completed');
    this.status = this.t('completed');
    const input = this.outputInput(this.record);
    const review = output.reviewRecord(input.record, input.procedure);
    this.dispatchEvent(new BspCompleteEvent({ record: input.record, note: output.checklistNote(input), fhir: output.checklistFhir(input), review }));
    void this.drafts.clear();
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.status = this.t('copied');
    } catch {
      this.status = this.t('copyFailed');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Answers that open part 2 (given, restored or set by the host after the first render): fetch
    // it and show it when it is here. After a failure, the warning's "try again" loads it.
    if (this.partTwoMissing() && checklistOutput.failure === undefined) void checklistOutput.load().then(() => this.requestUpdate());
    if (screeningOpensMapping(this.data, this.procedure)) this.internals.states?.add('mapping');
    else this.internals.states?.delete('mapping');
  }

  /** The per-child questions of a step that show for this child now (enableWhen). */
  private childQuestionsFor(step: Step, child: ChildEntry): Question[] {
    return visibleQuestions(step.childQuestions ?? [], child.answers);
  }

  protected renderContent(): TemplateResult {
    const steps = this.steps;
    const index = Math.min(this.current, steps.length - 1);
    const step = steps[index]!;
    const lang = this.locale;
    // Computed once per render: every guidance region of the step filters the same list.
    const guidance = guidanceFrom(checklistOutput.module?.guidanceLibrary ?? screeningGuidance, this.data, this.procedure);
    return html`
      ${this.heading(0, pick(this.procedure.title, lang), { className: 'title' })}
      ${renderLoadWarning(this.overlayWarning, { help: format(checklistUiMessages, lang, 'overlayLoadFailed') })}
      ${this.renderDraftStatus()}
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
        ${this.renderCriticalBanners(guidance, steps, index)}
        ${this.renderGuidance(guidance, step, undefined)}
        ${step.id === 'summary'
          ? this.renderSummary(steps)
          : step.id === 'consent' && customElements.get('bsp-consent-form')
            ? this.renderConsentStep(step, guidance)
            : html`${visibleQuestions(step.questions, this.data.answers).map(
                  // Keyed: an answer that shows or hides questions must not hand one question's inputs to another.
                  (q) => keyed(q.id, html`${this.renderQuestion(q, this.data.answers[q.id])}${this.renderGuidance(guidance, step, q.id)}`),
                )}
                ${step.childQuestions?.length ? this.renderChildren(step) : nothing}`}
        ${step.links?.length
          ? html`<ul>${step.links.map((l) => {
              const href = safeHref(l.href);
              return href ? html`<li><a href=${href}>${pick(l.label, lang)}</a></li>` : nothing;
            })}</ul>`
          : nothing}
        ${step.legalRef ? html`<p class="help">${this.t('legalRef')}: ${pick(step.legalRef, lang)}</p>` : nothing}
      </section>
      <p role="status" class="help">${this.status}</p>
      <div class="nav" part="nav">
        ${index > 0 ? html`<button type="button" class="secondary" @click=${() => this.goTo(index - 1)}>${this.t('back')}</button>` : html`<span></span>`}
        ${step.id === 'summary'
          ? checklistOutput.module
            ? html`<button type="button" @click=${() => this.requestFinish(checklistOutput.module!)}>${this.t('finish')}</button>`
            : nothing
          : html`<button type="button" @click=${() => this.goTo(index + 1)}>${this.t('next')}</button>`}
      </div>
    `;
  }

  /** Forgets the set-aside notice; its button goes with it, so focus moves to the step heading. */
  private startAfresh(): void {
    this.drafts.dismissSetAside();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus());
  }

  /** A quiet line when drafts are not being saved, or a stored draft had to be set aside. */
  private renderDraftStatus(): TemplateResult | typeof nothing {
    if (this.drafts.status === 'failed') return html`<p class="draft-status" role="status">${this.t('draftNotSaved')}</p>`;
    if (this.drafts.status !== 'set-aside') return nothing;
    return html`<div class="notice warning draft-status" role="status">
      <p>${this.t('draftSetAside')}</p>
      <button type="button" class="secondary" @click=${() => this.startAfresh()}>${this.t('startAfresh')}</button>
    </div>`;
  }

  /**
   * Guidance for one place in the step: right under the question it is anchored to, or at the
   * top of the step when it has no anchor on this step. Always a polite live region, present
   * even when empty, so guidance that appears because of an answer is announced.
   */
  /**
   * The consent step with the consent form (issue 27): who consents, and the basis or agreement
   * when nobody can (a patient without capacity, a deceased patient), asked first; the form's
   * decisions only when someone can consent. The form records status, partial and ask-again itself.
   */
  private renderConsentStep(step: Step, guidance: Guidance[]): TemplateResult {
    const formCovers = ['consentStatus', 'consentPartialWhich', 'consentAskAgainOn'];
    const questions = visibleQuestions(step.questions, this.data.answers).filter((q) => !formCovers.includes(q.id));
    const by = this.data.answers['consentBy'];
    return html`${questions.map((q) => keyed(q.id, html`${this.renderQuestion(q, this.data.answers[q.id])}${this.renderGuidance(guidance, step, q.id)}`))}
      ${by === 'no-capacity' || by === 'deceased'
        ? nothing
        : html`<bsp-consent-form embedded heading-level=${Math.min(6, this.validHeadingLevel + 2)} role-panel-url=${this.rolePanelUrl} subject=${this.subject}></bsp-consent-form>`}`;
  }

  private renderGuidance(guidance: Guidance[], step: Step, questionId: string | undefined): TemplateResult {
    const anchors = new Set(step.questions.map((q) => q.id));
    const here = guidance.filter((g) =>
      g.step === step.id ? (questionId ? g.questionId === questionId : !g.questionId || !anchors.has(g.questionId)) : !questionId && step.id === 'summary' && !g.critical && g.severity === 'danger',
    );
    return html`<div class="guidance-region" aria-live="polite" data-guidance-for=${questionId ?? step.id}>${here.map((g) => this.renderGuidanceBox(g))}</div>`;
  }

  /** Critical guidance (duty to report, acute) stays in view on every later step and the summary. */
  private renderCriticalBanners(guidance: Guidance[], steps: Step[], index: number): TemplateResult | typeof nothing {
    const order = new Map(steps.map((s, i) => [s.id, i]));
    const later = guidance.filter((g) => g.critical && (order.get(g.step) ?? -1) < index);
    if (!later.length) return nothing;
    return html`<div class="critical-banners">${later.map((g) => this.renderGuidanceBox(g, true))}</div>`;
  }

  private renderGuidanceBox(g: Guidance, banner = false): TemplateResult {
    const lang = this.locale;
    const askUrl = safeHrefOrAnchor(this.rolePanelUrl || this.config?.rolePanelUrl);
    // A banner is the shared persistent `.banner` (`.warning` for the lesser kind); in place, a notice.
    const kind = banner ? `banner ${g.severity === 'danger' ? '' : 'warning'}` : `notice ${g.severity === 'info' ? '' : g.severity}`;
    return html`<div class="guidance ${kind}" part="guidance" data-guidance=${g.id} data-banner=${banner ? 'true' : 'false'}>
      ${this.heading(2, pick(g.title, lang))}
      <ul>${g.body.map((b) => html`<li>${pick(b, lang)}</li>`)}</ul>
      ${g.legalRef ? html`<p class="help">${this.t('legalRef')}: ${pick(g.legalRef, lang)}</p>` : nothing}
      ${g.askLink && askUrl ? html`<p><a href=${askUrl}>${this.t('askLink')}</a></p>` : nothing}
    </div>`;
  }

  private renderQuestion(q: Question, value: Answer | undefined, child?: ChildEntry): TemplateResult {
    return renderAnswerControl(q, value, {
      lang: this.locale,
      idPrefix: child ? `${this.uid}-${child.id}` : this.uid,
      yes: this.t('yes'),
      no: this.t('no'),
      set: (v) => this.setAnswer(q.id, v, child?.id),
    });
  }

  /** One line per child: "Barn 1: barn, 6–9 år · 4 av 4 punkter". */
  private childSummary(child: ChildEntry, index: number): string {
    const description = childDescription(child, index, this.procedure, this.locale);
    // childDescription gives "Barn 1 (Barn, 6–9 år)", or "(–)" when nothing is filled in.
    const details = description.match(/\((.*)\)$/)?.[1]?.replace(/^–$/, '');
    const done = CHILD_POINTS.filter((id) => {
      const a = child.answers[id];
      return Array.isArray(a) ? a.length > 0 : Boolean(a);
    }).length;
    return this.t('childSummary', {
      child: this.t('childHeading', { n: index + 1 }),
      details: details || this.t('childNotFilled'),
      done,
      total: CHILD_POINTS.length,
    });
  }

  private renderChildren(step: Step): TemplateResult {
    const isChildrenStep = step.id === 'children';
    return html`
      ${this.data.children.length ? nothing : html`<p>${this.t('noChildrenYet')}</p>`}
      ${this.data.children.map((child, i) => {
        const heading = this.t('childHeading', { n: i + 1 });
        const labelId = `${this.uid}-${child.id}-label`;
        return html`<details
          class="child card"
          part="child"
          data-child=${child.id}
          .open=${this.isChildOpen(step.id, child.id)}
          @toggle=${(e: Event) => this.setChildOpen(step.id, child.id, (e.target as HTMLDetailsElement).open)}
        >
          <summary class="card-summary">${this.childSummary(child, i)}</summary>
          <div class="card-body">
            ${isChildrenStep
              ? html`<div class="question">
                  <label for=${labelId}>${this.t('childLabel')}</label>
                  <input
                    id=${labelId}
                    type="text"
                    maxlength=${RECORD_TEXT_LIMITS.childLabel}
                    .value=${child.label ?? ''}
                    @change=${(e: Event) =>
                      this.change((d) => {
                        const c = d.children.find((x) => x.id === child.id);
                        if (c) c.label = (e.target as HTMLInputElement).value || undefined;
                      })}
                  />
                </div>`
              : nothing}
            ${this.childQuestionsFor(step, child).map((q) => keyed(q.id, this.renderQuestion(q, child.answers[q.id], child)))}
            ${isChildrenStep
              ? html`<div class="child-actions">
                  <button type="button" class="secondary child-remove" @click=${() => this.removeChildEntry(child.id)}>${this.t('removeChild', { child: heading })}</button>
                </div>`
              : nothing}
          </div>
        </details>`;
      })}
      ${isChildrenStep ? html`<button type="button" id="add-child" class="secondary" @click=${() => this.addChildEntry()}>${this.t('addChild')}</button>` : nothing}
    `;
  }

  private renderSummary(steps: Step[]): TemplateResult {
    const output = checklistOutput.module;
    if (!output) return this.renderOutputUnavailable();
    const input = this.outputInput();
    const { record, procedure, lang, overrides } = input;
    const order = new Map(steps.map((s, i) => [s.id, i]));
    const review = output.reviewRecord(record, procedure);
    // Built once for the list and the preview (the preview is exactly what is copied and handed over).
    const items = output.noteItems(record, procedure, lang, { overrides });
    return output.renderSummary({
      uid: this.uid,
      headingLevel: this.validHeadingLevel,
      t: (key, params) => this.messageFrom(output.checklistSummaryMessages, key, params),
      items,
      note: output.journalNoteFrom(items, record, lang, { overrides }),
      addendum: record.addendum ?? '',
      issues: review.map((issue) => {
        const stepIndex = issue.step === 'summary' ? undefined : order.get(issue.step);
        const step = stepIndex === undefined ? undefined : steps[stepIndex];
        return { issue, message: output.reviewMessage(issue, record, procedure, lang, overrides), stepIndex, stepTitle: step ? pick(step.title, lang) : undefined };
      }),
      editing: this.editingItem,
      confirmingFinish: this.confirmingFinish,
      screeningClosed: !screeningOpensMapping(record, procedure),
      onExclude: (key, excluded) => this.toggleExcluded(output, key, excluded),
      onEdit: (key) => {
        const closing = this.editingItem;
        this.editingItem = key;
        // Into the text being edited; on "cancel", back to the "edit" button (the one pressed is gone).
        const target = key ? `li[data-key="${CSS.escape(key)}"] textarea` : closing ? `li[data-key="${CSS.escape(closing)}"] [data-edit]` : undefined;
        if (target) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(target)?.focus());
      },
      onSaveEdit: (key, text) => this.saveNoteEdit(output, key, text),
      onAddendum: (text) =>
        this.change((d) => {
          if (text.trim()) d.addendum = text;
          else delete d.addendum;
        }),
      onGoTo: (i) => this.goTo(i),
      onCopy: () => void this.copy(output.checklistNote(this.outputInput())),
      onCopyFhir: () => void this.copy(JSON.stringify(output.checklistFhir(this.outputInput()).questionnaireResponse, null, 2)),
      onFinishAnyway: () => {
        this.finish(output);
        // The confirmation goes away with the button pressed: land on "finish" in the nav.
        void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="nav"] button:last-child')?.focus());
      },
      onCancelFinish: () => {
        this.confirmingFinish = false;
        const first = output.reviewRecord(this.data, this.procedure).find((i) => i.severity === 'blocking');
        const index = first ? order.get(first.step) : undefined;
        if (index !== undefined && first!.step !== 'summary') this.goTo(index);
        // Staying on the summary: the pressed button goes away with the confirmation; land on the review.
        else void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus());
      },
    });
  }

  /**
   * The summary's code is not here: still loading (the update normally waits for it, see
   * `modulesNeeded`), or it could not load (offline, a chunk a newer deploy removed). The answers
   * stay; "try again" loads it once more.
   */
  /** Part 2 could not load while the answers open it: the warning with "try again"; the screening stays usable. */
  private renderPartTwoUnavailable(): TemplateResult | typeof nothing {
    const error = this.outputFailure.error;
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
    const error = this.outputFailure.error;
    if (!error) return html`<p class="help">${this.t('outputLoading')}</p>`;
    return this.renderLoadFailure(error);
  }

  private async retryOutput(): Promise<void> {
    // The update loads it again (modulesNeeded) and waits for it; on the screening step nothing
    // waits for part 2, so it is loaded here and shown when it is there.
    if (!this.onSummaryStep()) void checklistOutput.load().then(() => this.requestUpdate());
    this.requestUpdate();
    await this.updateComplete;
    // The retry button is gone either way (the summary, or a new one): land on the step heading.
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }
}
