import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { followUpPlanned, pick, screeningOpensMapping, type ChecklistAction, type ChecklistRecord, type NoteAction, type Lang, type MessageOverrides, type Procedure, type Step } from '@bsp/sdk';
import { BspCompleteEvent } from '../events/bsp-complete.js';
import type { ChecklistFirstScreenKey, ChecklistWidgetKey } from '../translations/index.js';
import type { OutputInput } from './checklist-output.js';

/** The summary step's code (loaded with the output: review, note, FHIR, the summary's template and words). */
type Output = typeof import('./checklist-output.js');

/** What the summary needs from the checklist it belongs to. */
export interface SummaryPort {
  record(): ChecklistRecord;
  procedure(): Procedure;
  lang(): Lang;
  subject(): string;
  overrides(): MessageOverrides | undefined;
  uid: string;
  headingLevel(): number;
  t(key: ChecklistFirstScreenKey, params?: Record<string, string | number>): string;
  /** The summary's own words (they come with its code). */
  summaryText(output: Output, key: ChecklistWidgetKey, params?: Record<string, string | number>): string;
  dispatch(action: ChecklistAction): void;
  /** A note action: it needs the note's code (the summary's output), which is here when the summary shows. */
  dispatchNote(output: Output, action: NoteAction): void;
  goTo(index: number): void;
  setStatus(text: string): void;
  metric(name: string): void;
  states(): CustomStateSet | undefined;
  /** The finished draft is no longer needed (after the host's listeners ran). */
  clearDraft(): void;
  /** Moves focus to the first match in the widget after the next update. */
  focusAfterUpdate(selector: string): void;
}

/**
 * The summary step: the note items the professional controls (keep out, reword one at a time,
 * an addendum), the review, and finishing: one `bsp-complete` per distinct record, with an inline
 * confirmation first when the review found something blocking. Text typed in a rewording is kept
 * here until it is saved, so a language change or re-render never replaces it.
 */
export class SummaryController implements ReactiveController {
  /** Finished, and nothing changed since. */
  complete = false;
  /** The note item being reworded, and what is typed in it (not saved yet). */
  private editing?: string;
  private editingText?: string;
  /** Waiting for "finish anyway" despite blocking issues. */
  private confirming = false;
  /** The record as last handed to the host: a second finish with it is a no-op. */
  private finished?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly port: SummaryPort,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The record changed: it is no longer the one finished. */
  changed(): void {
    this.complete = false;
    this.port.states()?.delete('complete');
  }

  /** Leaving the step: the confirmation goes (a rewording being typed stays). */
  left(): void {
    this.confirming = false;
  }

  /** A new patient: nothing of the last one's summary stays. */
  reset(): void {
    this.changed();
    this.finished = undefined;
    this.confirming = false;
    this.editing = undefined;
    this.editingText = undefined;
  }

  /** What the outputs are made from now (`record` a copy for the async public methods). */
  input(record: ChecklistRecord = this.port.record()): OutputInput {
    return { record, procedure: this.port.procedure(), lang: this.port.lang(), subject: this.port.subject(), complete: this.complete, overrides: this.port.overrides() };
  }

  private update(): void {
    this.host.requestUpdate();
  }

  /** "Finish": with blocking issues, an inline confirmation first (never window.confirm). */
  requestFinish(output: Output): void {
    const record = this.port.record();
    if (!this.confirming && output.hasBlockingIssues(output.reviewRecord(record, this.port.procedure())) && JSON.stringify(record) !== this.finished) {
      this.confirming = true;
      this.update();
      this.port.focusAfterUpdate('[data-confirm-finish] button');
      return;
    }
    this.finish(output);
  }

  /** Hands the result to the host once; the draft is removed only after the host's listeners have run. */
  private finish(output: Output): void {
    const record = this.port.record();
    const snapshot = JSON.stringify(record);
    if (snapshot === this.finished) {
      this.port.setStatus(this.port.t('alreadyFinished'));
      return;
    }
    this.finished = snapshot;
    this.confirming = false;
    this.complete = true;
    this.port.states()?.add('complete');
    const input = this.input(structuredClone(record));
    if (followUpPlanned(input.record, input.procedure)) this.port.metric('followup-planned');
    this.port.metric('completed');
    this.port.setStatus(this.port.t('completed'));
    const review = output.reviewRecord(input.record, input.procedure);
    (this.host as unknown as HTMLElement).dispatchEvent(
      new BspCompleteEvent({ record: input.record, journalRecord: output.journalRecord(input.record, input.procedure), note: output.checklistNote(input), fhir: output.checklistFhir(input), review }),
    );
    this.port.clearDraft();
    this.update();
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.port.setStatus(this.port.t('copied'));
    } catch {
      this.port.setStatus(this.port.t('copyFailed'));
    }
  }

  private edit(key: string | undefined): void {
    const closing = this.editing;
    this.editing = key;
    this.editingText = undefined;
    this.update();
    // Into the text being edited; on "cancel", back to the "edit" button (the one pressed is gone).
    if (key) this.port.focusAfterUpdate(`li[data-key="${CSS.escape(key)}"] textarea`);
    else if (closing) this.port.focusAfterUpdate(`li[data-key="${CSS.escape(closing)}"] [data-edit]`);
  }

  private saveEdit(output: Output, key: string, text: string | undefined): void {
    this.port.dispatchNote(output, { type: 'noteEdited', key, text });
    this.editing = undefined;
    this.editingText = undefined;
    this.update();
    this.port.focusAfterUpdate(`li[data-key="${CSS.escape(key)}"] [data-edit]`);
  }

  /** The summary step, from the output's code. */
  render(output: Output, steps: readonly Step[]): TemplateResult {
    const input = this.input();
    const { record, procedure, lang, overrides } = input;
    const order = new Map(steps.map((s, i) => [s.id, i]));
    const review = output.reviewRecord(record, procedure);
    // Built once for the list and the preview (the preview is exactly what is copied and handed over).
    const items = output.noteItems(record, procedure, lang, { overrides });
    return output.renderSummary({
      uid: this.port.uid,
      headingLevel: this.port.headingLevel(),
      t: (key, params) => this.port.summaryText(output, key, params),
      items,
      groups: output.noteGroups(items, lang, { overrides }),
      note: output.journalNoteFrom(items, record, lang, { overrides }),
      addendum: record.addendum ?? '',
      issues: review.map((issue) => {
        const stepIndex = issue.step === 'summary' ? undefined : order.get(issue.step);
        const step = stepIndex === undefined ? undefined : steps[stepIndex];
        return { issue, message: output.reviewMessage(issue, record, procedure, lang, overrides), stepIndex, stepTitle: step ? pick(step.title, lang) : undefined };
      }),
      editing: this.editing,
      editingText: this.editingText,
      confirmingFinish: this.confirming,
      screeningClosed: !screeningOpensMapping(record, procedure),
      onExclude: (key, excluded) => this.port.dispatchNote(output, { type: 'excludedSet', key, excluded }),
      onEdit: (key) => this.edit(key),
      onEditInput: (text) => (this.editingText = text),
      onSaveEdit: (key, text) => this.saveEdit(output, key, text),
      onAddendum: (text) => this.port.dispatch({ type: 'addendumSet', text }),
      onGoTo: (i) => this.port.goTo(i),
      onCopy: () => void this.copy(output.checklistNote(this.input())),
      onCopyFhir: () => void this.copy(JSON.stringify(output.checklistFhir(this.input()).questionnaireResponse, null, 2)),
      onFinishAnyway: () => {
        this.finish(output);
        // The confirmation goes away with the button pressed: land on "finish" in the nav.
        this.port.focusAfterUpdate('[part="nav"] button:last-child');
      },
      onCancelFinish: () => {
        this.confirming = false;
        this.update();
        const first = output.reviewRecord(this.port.record(), this.port.procedure()).find((i) => i.severity === 'blocking');
        const index = first ? order.get(first.step) : undefined;
        if (index !== undefined && first!.step !== 'summary') this.port.goTo(index);
        // Staying on the summary: the pressed button goes away with the confirmation; land on the review.
        else this.port.focusAfterUpdate('#step-heading');
      },
    });
  }
}
