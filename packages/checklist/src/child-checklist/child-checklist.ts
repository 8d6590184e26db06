import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { checklistConsentContext, type ChecklistConsentContextValue } from '@bsp/consent';
import {
  activeGuidance,
  applyOverlay,
  checklistMessages,
  childDescription,
  consentStatus,
  defaultProcedure,
  emptyRecord,
  includedNoteItems,
  journalNote,
  noteItems,
  pick,
  readChecklistRecord,
  setExcluded,
  visibleQuestions,
  safeHref,
  safeHrefOrAnchor,
  screeningOpensMapping,
  toFhirConsent,
  toFhirQuestionnaire,
  toFhirQuestionnaireResponse,
  visibleSteps,
  type Answer,
  type ChecklistMessageKey,
  type ChecklistRecord,
  type ChildEntry,
  type ConsentRecord,
  type Guidance,
  type Procedure,
  type Question,
  type Step,
} from '@bsp/sdk';
import { BspChangeEvent, BspElement } from '@bsp/ui';
import { BspCompleteEvent, type ChecklistCompleteDetail } from '../events/bsp-complete.js';
import { childChecklistStyles } from './child-checklist.styles.js';

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
 * @cssstate complete - The checklist was finished.
 * @cssstate mapping - Part 2 is open.
 */
export class BspChildChecklist extends BspElement<ChecklistMessageKey> {
  static override styles = [...BspElement.styles, childChecklistStyles];

  protected readonly widget = 'checklist' as const;
  protected readonly catalog = checklistMessages;

  /** The patient as a FHIR reference (e.g. `Patient/123`), used as `subject` in FHIR output. */
  @property() subject = '';

  /** Key of the draft in the storage adapter: set one per patient so drafts never mix. */
  @property({ attribute: 'draft-key' }) draftKey = 'draft';

  /** Where "who do I ask?" is (a role-panel page or anchor). Also from provider config `rolePanelUrl`. */
  @property({ attribute: 'role-panel-url' }) rolePanelUrl = '';

  /** The municipality's overlay on the national procedure. Also from provider config `procedure`. */
  @property({ attribute: false }) overlay?: unknown;

  @state() private current = 0;
  @state() private data: ChecklistRecord = emptyRecord();
  @state() private status = '';
  @state() private complete = false;

  private procedure: Procedure = defaultProcedure;
  private readonly uid = `c${++instances}`;
  private internals = this.attachInternals();
  private draftLoadedFor?: string;
  private started = false;
  /** Shares the consent part of the record with a <bsp-consent-form> in the consent step. */
  private consentProvider = new ContextProvider(this, { context: checklistConsentContext });
  private mappingCounted = false;

  /** The record (a copy). Setting it validates; an invalid record is refused with `bsp-error`. */
  get record(): ChecklistRecord {
    return structuredClone(this.data);
  }

  set record(value: unknown) {
    const result = readChecklistRecord(value, this.locale);
    if (!result.ok) {
      this.showError(result.error);
      return;
    }
    this.clearError();
    this.data = structuredClone(result.value);
  }

  /** The journal note for the current record, excluded items left out. */
  toJournalNote(): string {
    return journalNote(this.data, this.procedure, this.locale, { overrides: this.messages ?? this.provided?.messages });
  }

  /** FHIR R4 resources for the current record. */
  toFhir(): ChecklistCompleteDetail['fhir'] {
    const subject = this.subject ? { reference: this.subject } : undefined;
    return {
      ...(this.data.consent ? { consent: toFhirConsent(this.data.consent, this.locale, { patient: subject }) } : {}),
      questionnaire: toFhirQuestionnaire(this.procedure, this.locale),
      questionnaireResponse: toFhirQuestionnaireResponse(this.data, this.procedure, this.locale, {
        subject,
        status: this.complete ? 'completed' : 'in-progress',
      }),
    };
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
    if (changed.has('data' as keyof BspChildChecklist) || changed.has('provided' as keyof BspChildChecklist)) {
      this.consentProvider.setValue(this.consentContextValue());
    }
    if (changed.has('overlay') || changed.has('provided' as keyof BspChildChecklist)) this.resolveProcedure();
    if (changed.has('draftKey') || changed.has('storage') || changed.has('provided' as keyof BspChildChecklist)) void this.loadDraft();
  }

  private resolveProcedure(): void {
    const overlay = this.overlay ?? this.config?.procedure;
    if (overlay === undefined) {
      this.procedure = defaultProcedure;
      return;
    }
    const result = applyOverlay(defaultProcedure, overlay, this.locale);
    if (result.ok) this.procedure = result.value;
    else this.showError(result.error);
  }

  private get storageKey(): string {
    return `checklist:${this.draftKey}`;
  }

  /** Restores a draft once per storage key, only when the host gave storage. */
  private async loadDraft(): Promise<void> {
    const storage = this.activeStorage;
    if (!storage || this.draftLoadedFor === this.storageKey) return;
    this.draftLoadedFor = this.storageKey;
    const text = await storage.get(this.storageKey);
    if (!text) return;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const result = readChecklistRecord((json as { record?: unknown })?.record, this.locale);
    if (!result.ok) return this.showError(result.error);
    this.data = result.value;
    this.current = Math.min(Number((json as { step?: number }).step) || 0, this.steps.length - 1);
    this.status = this.t('draftRestored');
  }

  private saveDraft(): void {
    void this.activeStorage?.set(this.storageKey, JSON.stringify({ record: this.data, step: this.current }));
  }

  private get steps(): Step[] {
    return visibleSteps(this.procedure, this.data);
  }

  private change(mutate: (draft: ChecklistRecord) => void): void {
    const next = structuredClone(this.data);
    mutate(next);
    next.updatedAt = new Date().toISOString();
    this.data = next;
    this.complete = false;
    this.internals.states?.delete('complete');
    if (!this.started) {
      this.started = true;
      this.emitMetric('started');
    }
    if (screeningOpensMapping(next) && !this.mappingCounted) {
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
    this.current = Math.max(0, Math.min(index, this.steps.length - 1));
    this.status = '';
    this.emitMetric(`step:${this.steps[this.current]!.id}`);
    this.saveDraft();
    // Land keyboard and screen-reader users on the new step's heading.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus());
  }

  private addChildEntry(): void {
    const id = `child-${Date.now().toString(36)}-${this.data.children.length}`;
    this.change((draft) => draft.children.push({ id, answers: {} }));
    this.status = this.t('childAdded', { child: this.t('childHeading', { n: this.data.children.length }) });
  }

  private removeChildEntry(id: string): void {
    this.change((draft) => {
      draft.children = draft.children.filter((c) => c.id !== id);
      draft.excluded = draft.excluded.filter((k) => !k.startsWith(`child:${id}:`));
    });
    // The removed fieldset took focus with it: land on "add a child".
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#add-child')?.focus());
  }

  private toggleExcluded(key: string, excluded: boolean): void {
    this.change((draft) => {
      draft.excluded = setExcluded(draft, key, excluded, this.procedure).excluded;
    });
  }

  private finish(): void {
    this.complete = true;
    this.internals.states?.add('complete');
    const planned = this.data.children.some((c) => {
      const places = c.answers['followUpWhere'];
      return Array.isArray(places) && places.length > 0;
    });
    if (planned) this.emitMetric('followup-planned');
    this.emitMetric('completed');
    this.status = this.t('completed');
    this.dispatchEvent(new BspCompleteEvent({ record: this.record, note: this.toJournalNote(), fhir: this.toFhir() }));
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
    if (screeningOpensMapping(this.data)) this.internals.states?.add('mapping');
    else this.internals.states?.delete('mapping');
  }

  protected renderContent(): TemplateResult {
    const steps = this.steps;
    const index = Math.min(this.current, steps.length - 1);
    const step = steps[index]!;
    const lang = this.locale;
    return html`
      <h2>${pick(this.procedure.title, lang)}</h2>
      <nav aria-label=${this.t('progressLabel')}>
        <ol class="progress" part="progress">
          ${steps.map((s, i) => html`<li class=${i < index ? 'done' : ''} aria-current=${i === index ? 'step' : 'false'}>${pick(s.title, lang)}</li>`)}
        </ol>
      </nav>
      <p class="step-count">${this.t('stepOf', { current: index + 1, total: steps.length })}</p>
      <section part="step" aria-labelledby="step-heading">
        <h2 id="step-heading" tabindex="-1">${pick(step.title, lang)}</h2>
        ${step.intro ? html`<p>${pick(step.intro, lang)}</p>` : nothing}
        ${this.renderGuidance(step)}
        ${step.id === 'children'
          ? this.renderChildren()
          : step.id === 'summary'
            ? this.renderSummary()
            : step.id === 'consent' && customElements.get('bsp-consent-form')
              ? html`<bsp-consent-form role-panel-url=${this.rolePanelUrl} subject=${this.subject}></bsp-consent-form>`
              : this.renderStepQuestions(step)}
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
          ? html`<button type="button" @click=${() => this.finish()}>${this.t('finish')}</button>`
          : html`<button type="button" @click=${() => this.goTo(index + 1)}>${this.t('next')}</button>`}
      </div>
    `;
  }

  private renderGuidance(step: Step): TemplateResult {
    const guidance = activeGuidance(this.data).filter((g) => g.step === step.id || (step.id === 'summary' && g.severity === 'danger'));
    // Polite live region: guidance that appears because of an answer is announced.
    return html`<div aria-live="polite">${guidance.map((g) => this.renderGuidanceBox(g))}</div>`;
  }

  private renderGuidanceBox(g: Guidance): TemplateResult {
    const lang = this.locale;
    const askUrl = safeHrefOrAnchor(this.rolePanelUrl || this.config?.rolePanelUrl);
    return html`<div class="notice guidance ${g.severity === 'info' ? '' : g.severity}" part="guidance" data-guidance=${g.id}>
      <h3>${pick(g.title, lang)}</h3>
      <ul>${g.body.map((b) => html`<li>${pick(b, lang)}</li>`)}</ul>
      ${g.legalRef ? html`<p class="help">${this.t('legalRef')}: ${pick(g.legalRef, lang)}</p>` : nothing}
      ${g.askLink && askUrl ? html`<p><a href=${askUrl}>${this.t('askLink')}</a></p>` : nothing}
    </div>`;
  }

  private renderQuestion(q: Question, value: Answer | undefined, child?: ChildEntry): TemplateResult {
    const lang = this.locale;
    const id = `${this.uid}-${child ? `${child.id}-` : ''}${q.id}`;
    const help = q.help ? html`<p class="help" id="${id}-help">${pick(q.help, lang)}</p>` : nothing;
    const describedBy = q.help ? `${id}-help` : undefined;
    const set = (v: Answer) => this.setAnswer(q.id, v, child?.id);
    if (q.type === 'text' || q.type === 'date') {
      return html`<div class="question">
        <label for=${id}>${pick(q.label, lang)}</label>${help}
        <input
          id=${id}
          type=${q.type === 'date' ? 'date' : 'text'}
          aria-describedby=${describedBy ?? nothing}
          .value=${typeof value === 'string' ? value : ''}
          @change=${(e: Event) => set((e.target as HTMLInputElement).value)}
        />
      </div>`;
    }
    const options = q.type === 'yesno' ? [{ value: 'yes', label: this.t('yes') }, { value: 'no', label: this.t('no') }] : (q.options ?? []).map((o) => ({ value: o.value, label: pick(o.label, lang) }));
    const multi = q.type === 'multi';
    const selected = new Set(Array.isArray(value) ? value : value ? [value] : []);
    return html`<fieldset class="question" aria-describedby=${describedBy ?? nothing}>
      <legend>${pick(q.label, lang)}</legend>${help}
      ${options.map(
        (o) => html`<div class="choice">
          <input
            type=${multi ? 'checkbox' : 'radio'}
            id="${id}-${o.value}"
            name=${id}
            .checked=${selected.has(o.value)}
            @change=${(e: Event) => {
              const checked = (e.target as HTMLInputElement).checked;
              if (!multi) return set(o.value);
              const next = new Set(selected);
              if (checked) next.add(o.value);
              else next.delete(o.value);
              set([...next]);
            }}
          />
          <label for="${id}-${o.value}">${o.label}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  /** The per-child questions of a step that show for this child now. */
  private childQuestionsOf(stepId: string, child: ChildEntry): Question[] {
    const step = this.procedure.steps.find((s) => s.id === stepId);
    return visibleQuestions(step?.childQuestions ?? [], child.answers);
  }

  /** Patient-level questions once, then per-child questions in one group per child. */
  private renderStepQuestions(step: Step): TemplateResult {
    return html`${visibleQuestions(step.questions, this.data.answers).map((q) => this.renderQuestion(q, this.data.answers[q.id]))}
      ${step.childQuestions?.length
        ? this.data.children.map(
            (child, i) => html`<fieldset class="child" part="child">
              <legend>${childDescription(child, i, this.procedure, this.locale)}</legend>
              ${this.childQuestionsOf(step.id, child).map((q) => this.renderQuestion(q, child.answers[q.id], child))}
            </fieldset>`,
          )
        : nothing}`;
  }

  private renderChildren(): TemplateResult {
    return html`
      ${this.data.children.length ? nothing : html`<p>${this.t('noChildrenYet')}</p>`}
      ${this.data.children.map((child, i) => {
        const heading = this.t('childHeading', { n: i + 1 });
        const labelId = `${this.uid}-${child.id}-label`;
        return html`<fieldset class="child" part="child">
          <legend>${heading}${child.label ? html` (${child.label})` : nothing}</legend>
          <div class="question">
            <label for=${labelId}>${this.t('childLabel')}</label>
            <input
              id=${labelId}
              type="text"
              maxlength="60"
              .value=${child.label ?? ''}
              @change=${(e: Event) => this.change((d) => {
                const c = d.children.find((x) => x.id === child.id);
                if (c) c.label = (e.target as HTMLInputElement).value || undefined;
              })}
            />
          </div>
          ${this.childQuestionsOf('children', child).map((q) => this.renderQuestion(q, child.answers[q.id], child))}
          <div class="child-actions">
            <button type="button" class="secondary" @click=${() => this.removeChildEntry(child.id)}>${this.t('removeChild', { child: heading })}</button>
          </div>
        </fieldset>`;
      })}
      <button type="button" id="add-child" class="secondary" @click=${() => this.addChildEntry()}>${this.t('addChild')}</button>
    `;
  }

  private renderSummary(): TemplateResult {
    const lang = this.locale;
    const items = noteItems(this.data, this.procedure, lang);
    const excluded = new Set(this.data.excluded);
    const note = this.toJournalNote();
    const included = includedNoteItems(this.data, this.procedure, lang).length;
    return html`
      ${screeningOpensMapping(this.data) ? nothing : html`<p>${this.t('screeningDone')}</p>`}
      <p>${this.t('summaryIntro')}</p>
      <h3>${this.t('noteItemsHeading')}</h3>
      <p class="help" id="${this.uid}-exclude-help">${this.t('notForJournalHelp')}</p>
      <ul class="note-items">
        ${items.map((item, i) => {
          const id = `${this.uid}-exclude-${i}`;
          const isExcluded = excluded.has(item.key);
          return html`<li class=${isExcluded ? 'excluded' : ''} data-key=${item.key}>
            <span class="item-text" id="${id}-text">${item.text}</span>
            ${item.core ? nothing : html`<span class="choice">
              <input
                type="checkbox"
                id=${id}
                aria-describedby="${id}-text"
                .checked=${isExcluded}
                @change=${(e: Event) => this.toggleExcluded(item.key, (e.target as HTMLInputElement).checked)}
              />
              <label for=${id}>${this.t('notForJournal')}</label>
            </span>`}
          </li>`;
        })}
      </ul>
      ${items.length - included ? html`<p class="notice">${this.t('excludedCount', { count: items.length - included })}</p>` : nothing}
      <label for="${this.uid}-addendum">${this.t('addendumLabel')}</label>
      <textarea
        id="${this.uid}-addendum"
        class="addendum"
        .value=${this.data.addendum ?? ''}
        @change=${(e: Event) => this.change((d) => {
          const text = (e.target as HTMLTextAreaElement).value;
          if (text.trim()) d.addendum = text;
          else delete d.addendum;
        })}
      ></textarea>
      <label for="${this.uid}-note"><strong>${this.t('noteLabel')}</strong></label>
      <!-- Read-only: the entry is made from the items above, so nothing kept out can come back by editing. -->
      <textarea id="${this.uid}-note" class="note" part="note" readonly .value=${note}></textarea>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => this.copy(this.toJournalNote())}>${this.t('copyNote')}</button>
        <button type="button" class="secondary" @click=${() => this.copy(JSON.stringify(this.toFhir().questionnaireResponse, null, 2))}>${this.t('copyFhir')}</button>
      </div>
    `;
  }
}
