import { html, nothing, type TemplateResult } from 'lit';
import { RECORD_TEXT_LIMITS, type NoteGroup, type NoteItem, type ReviewIssue } from '@bsp/sdk';
import { renderHeading } from '@bsp/ui';
import type { ChecklistWidgetKey } from '../translations/index.js';

export interface SummaryView {
  uid: string;
  headingLevel: number;
  t: (key: ChecklistWidgetKey, params?: Record<string, string | number>) => string;
  items: NoteItem[];
  /** The items as the note groups them (a child's items under the child's label). */
  groups: NoteGroup[];
  /** Exactly what "copy note" copies and bsp-complete carries. */
  note: string;
  addendum: string;
  issues: { issue: ReviewIssue; message: string; stepTitle?: string; stepIndex?: number }[];
  /** The item whose text is being edited inline, if any. */
  editing?: string;
  /** What is typed there and not saved yet: shown instead of the item's text, so a language change or re-render keeps it. */
  editingText?: string;
  onEditInput: (text: string) => void;
  confirmingFinish: boolean;
  screeningClosed: boolean;
  onExclude: (key: string, excluded: boolean) => void;
  onEdit: (key: string | undefined) => void;
  onSaveEdit: (key: string, text: string | undefined) => void;
  onAddendum: (text: string) => void;
  onGoTo: (stepIndex: number) => void;
  onCopy: () => void;
  onCopyFhir: () => void;
  onFinishAnyway: () => void;
  onCancelFinish: () => void;
}

function renderItem(v: SummaryView, item: NoteItem, i: number, heading = false): TemplateResult {
  const id = `${v.uid}-item-${i}`;
  const editing = v.editing === item.key;
  return html`<li class=${[heading ? 'group-heading' : '', item.excluded ? 'excluded' : '', item.edited ? 'edited' : '', item.staleEdit ? 'stale' : ''].join(' ').trim()} data-key=${item.key}>
    <div class="item-row">
      <span class="item-text" id="${id}-text">${item.text}</span>
      <span class="item-controls">
        ${item.core
          ? html`<span class="help core-item">${v.t('coreItem')}</span>`
          : html`<span class="choice">
              <input type="checkbox" id=${id} aria-describedby="${id}-text" .checked=${item.excluded} @change=${(e: Event) => v.onExclude(item.key, (e.target as HTMLInputElement).checked)} /><label for=${id}>${v.t('notForJournal')}</label>
            </span>`}
        ${item.excluded || editing || item.key.startsWith('review:')
          ? nothing
          : html`<button type="button" class="link" aria-describedby="${id}-text" data-edit=${item.key} @click=${() => v.onEdit(item.key)}>${v.t('editItem')}</button>`}
      </span>
    </div>
    ${item.edited && !editing ? html`<p class="help">${v.t('editedItem')}</p>` : nothing}
    ${item.staleEdit ? html`<p class="notice warning stale-edit">${v.t('staleEdit')}</p>` : nothing}
    ${editing
      ? html`<div class="item-edit">
          <label for="${id}-edit">${v.t('editItemLabel')}</label>
          <textarea
            id="${id}-edit"
            maxlength=${RECORD_TEXT_LIMITS.noteEdit}
            .value=${v.editingText ?? item.text}
            @input=${(e: Event) => v.onEditInput((e.target as HTMLTextAreaElement).value)}
          ></textarea>
          <div class="actions">
            <button type="button" @click=${(e: Event) => v.onSaveEdit(item.key, ((e.target as HTMLElement).closest('.item-edit')!.querySelector('textarea')!).value)}>${v.t('saveItem')}</button>
            ${item.edited || item.staleEdit ? html`<button type="button" class="secondary" @click=${() => v.onSaveEdit(item.key, undefined)}>${v.t('resetItem')}</button>` : nothing}
            <button type="button" class="secondary" @click=${() => v.onEdit(undefined)}>${v.t('cancel')}</button>
          </div>
        </div>`
      : nothing}
  </li>`;
}

type SummaryIssue = SummaryView['issues'][number];

/**
 * To the step, then to the field that raised the issue (a child's field inside that child's
 * section, opened): after the step's own focus on its heading, so the field wins.
 */
function goToField(v: SummaryView, event: Event, { issue, stepIndex }: SummaryIssue): void {
  if (stepIndex === undefined) return;
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot | Document;
  v.onGoTo(stepIndex);
  if (!issue.questionId) return;
  const host = 'host' in root ? (root.host as HTMLElement & { updateComplete?: Promise<unknown> }) : undefined;
  void (host?.updateComplete ?? Promise.resolve()).then(() => {
    const fields = [...root.querySelectorAll<HTMLElement>(`[data-question="${CSS.escape(issue.questionId!)}"]`)];
    const field = (issue.childId ? fields.find((f) => f.querySelector(`[id^="${CSS.escape(`${v.uid}-${issue.childId}-`)}"]`)) : fields[0]) ?? fields[0];
    if (!field) return;
    const details = field.closest('details');
    if (details) details.open = true;
    field.querySelector<HTMLElement>('input, textarea, select')?.focus();
  });
}

function issueList(v: SummaryView, issues: readonly SummaryIssue[], className: string): TemplateResult {
  return html`<ul class=${className}>
    ${issues.map(
      (i) => html`<li class="issue ${i.issue.severity}" data-code=${i.issue.code}>
        <span>${i.message}</span>
        ${i.stepIndex !== undefined && i.stepTitle ? html`<button type="button" class="link" data-field=${i.issue.questionId ?? nothing} @click=${(e: Event) => goToField(v, e, i)}>${v.t('goToStep', { step: i.stepTitle })}</button>` : nothing}
      </li>`,
    )}
  </ul>`;
}

/**
 * Problems (blocking, then warnings) each with a link to its field; true states that are still
 * open (a report to be sent, a patient who will not say) as open tasks, never as errors.
 */
function renderReview(v: SummaryView): TemplateResult {
  const problems = [...v.issues.filter((i) => i.issue.severity === 'blocking'), ...v.issues.filter((i) => i.issue.severity === 'warning' || i.issue.severity === 'info')];
  const tasks = v.issues.filter((i) => i.issue.severity === 'task');
  return html`<section class="review" aria-labelledby="${v.uid}-review">
    ${renderHeading(v.headingLevel + 2, v.t('reviewHeading'), { id: `${v.uid}-review` })}
    ${problems.length ? issueList(v, problems, 'review-issues') : tasks.length ? nothing : html`<p>${v.t('reviewNone')}</p>`}
    ${tasks.length
      ? html`${renderHeading(v.headingLevel + 3, v.t('openTasksHeading'), { id: `${v.uid}-tasks` })}
          <p class="help">${v.t('openTasksHelp')}</p>
          ${issueList(v, tasks, 'review-issues open-tasks')}`
      : nothing}
  </section>`;
}

/**
 * The confirmation before finishing with blocking issues: it names each, with a link to its field;
 * "go back and fix" is the primary action and first (the widget focuses the first button),
 * "finish anyway" the secondary one.
 */
function renderConfirm(v: SummaryView): TemplateResult {
  const blocking = v.issues.filter((i) => i.issue.severity === 'blocking');
  return html`<div class="confirm notice warning" role="group" aria-labelledby="${v.uid}-confirm" data-confirm-finish>
    <p id="${v.uid}-confirm">${v.t('finishConfirm', { count: blocking.length })}</p>
    <div class="actions">
      <button type="button" @click=${v.onCancelFinish}>${v.t('finishCancel')}</button>
      <button type="button" class="secondary" @click=${v.onFinishAnyway}>${v.t('finishAnyway')}</button>
    </div>
    ${issueList(v, blocking, 'review-issues confirm-issues')}
  </div>`;
}

/**
 * One group of the note as it will read: a section's name, or a child's label (the child's
 * identity item, which can be reworded there), then its items.
 */
function renderGroup(v: SummaryView, g: NoteGroup): TemplateResult {
  const item = (it: NoteItem, heading = false) => renderItem(v, it, v.items.indexOf(it), heading);
  return html`<li class="note-group" data-group=${g.childId ?? g.section ?? nothing}>
    ${g.headItem ? nothing : html`<p class="note-group-heading">${g.heading}</p>`}
    <ul>${g.headItem ? item(g.headItem, true) : nothing}${g.items.map((it) => item(it))}</ul>
  </li>`;
}

/**
 * The summary: review issues with links to the step to fix, the structured note items the
 * professional controls (exclude non-core items, reword one item at a time, an addendum), and
 * the note exactly as it will be copied and handed to the host. There is no whole-note
 * textarea: editing per item means an excluded item can never come back through an edit.
 */
export function renderSummary(v: SummaryView): TemplateResult {
  const excluded = v.items.filter((i) => i.excluded).length;
  return html`
    ${v.screeningClosed ? html`<p>${v.t('screeningDone')}</p>` : nothing}
    <p>${v.t('summaryIntro')}</p>
    ${renderReview(v)}
    ${renderHeading(v.headingLevel + 2, v.t('noteItemsHeading'))}
    <p class="help">${v.t('notForJournalHelp')}</p>
    <ul class="note-items">${v.groups.map((g) => renderGroup(v, g))}</ul>
    ${excluded ? html`<p class="notice">${v.t('excludedCount', { count: excluded })}</p>` : nothing}
    <div class="question">
      <label for="${v.uid}-addendum">${v.t('addendumLabel')}</label>
      <textarea id="${v.uid}-addendum" maxlength=${RECORD_TEXT_LIMITS.addendum} .value=${v.addendum} @change=${(e: Event) => v.onAddendum((e.target as HTMLTextAreaElement).value)}></textarea>
    </div>
    ${renderHeading(v.headingLevel + 2, v.t('notePreviewHeading'), { id: `${v.uid}-preview` })}
    <div class="note-preview" part="note" role="region" aria-labelledby="${v.uid}-preview" tabindex="0">${v.note}</div>
    <div class="actions">
      <button type="button" class="secondary" @click=${v.onCopy}>${v.t('copyNote')}</button>
      <button type="button" class="secondary" @click=${v.onCopyFhir}>${v.t('copyFhir')}</button>
    </div>
    ${v.confirmingFinish ? renderConfirm(v) : nothing}
  `;
}
