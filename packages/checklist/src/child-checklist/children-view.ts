import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { RECORD_TEXT_LIMITS, childDetails, childDetailsText, childProgress, visibleQuestions, type ChildEntry, type Lang, type Procedure, type Question, type Step } from '@bsp/sdk';
import type { ChecklistFirstScreenKey } from '../translations/index.js';

/** What the child cards need from the checklist: state to show and callbacks that dispatch actions. */
export interface ChildrenView {
  uid: string;
  step: Step;
  children: readonly ChildEntry[];
  procedure: Procedure;
  lang: Lang;
  t: (key: ChecklistFirstScreenKey, params?: Record<string, string | number>) => string;
  isOpen: (stepId: string, childId: string) => boolean;
  setOpen: (stepId: string, childId: string, open: boolean) => void;
  renderQuestion: (q: Question, child: ChildEntry) => TemplateResult;
  /** What goes right under a child's question: the guidance its answer raised, in this card. */
  afterQuestion?: (q: Question, child: ChildEntry) => TemplateResult | typeof nothing;
  onLabel: (childId: string, label: string) => void;
  onRemove: (childId: string) => void;
  onAdd: () => void;
}

/** One line per child: "Barn 1: barn, 6–9 år · 4 av 4 punkter" (from the SDK's parts, never parsed from text). */
function childSummary(v: ChildrenView, child: ChildEntry, index: number): string {
  const { done, total } = childProgress(child);
  return v.t('childSummary', {
    child: v.t('childHeading', { n: index + 1 }),
    details: childDetailsText(childDetails(child, v.procedure, v.lang)) || v.t('childNotFilled'),
    done,
    total,
  });
}

/**
 * The children as cards, one per child, with the step's per-child questions. On the children
 * step a card also has the child's label and "remove", and the list ends with "add a child".
 */
export function renderChildren(v: ChildrenView): TemplateResult {
  const isChildrenStep = v.step.id === 'children';
  return html`
    ${v.children.length ? nothing : html`<p>${v.t('noChildrenYet')}</p>`}
    ${v.children.map((child, i) => {
      const labelId = `${v.uid}-${child.id}-label`;
      return html`<details
        class="child card"
        part="child"
        data-child=${child.id}
        .open=${v.isOpen(v.step.id, child.id)}
        @toggle=${(e: Event) => v.setOpen(v.step.id, child.id, (e.target as HTMLDetailsElement).open)}
      >
        <summary class="card-summary">${childSummary(v, child, i)}</summary>
        <div class="card-body">
          ${isChildrenStep
            ? html`<div class="question">
                <label for=${labelId}>${v.t('childLabel')}</label>
                <input
                  id=${labelId}
                  type="text"
                  maxlength=${RECORD_TEXT_LIMITS.childLabel}
                  .value=${child.label ?? ''}
                  @change=${(e: Event) => v.onLabel(child.id, (e.target as HTMLInputElement).value)}
                />
              </div>`
            : nothing}
          ${visibleQuestions(v.step.childQuestions ?? [], child.answers).map((q) => keyed(q.id, html`${v.renderQuestion(q, child)}${v.afterQuestion?.(q, child) ?? nothing}`))}
          ${isChildrenStep
            ? html`<div class="child-actions">
                <button type="button" class="secondary child-remove" @click=${() => v.onRemove(child.id)}>${v.t('removeChild', { child: v.t('childHeading', { n: i + 1 }) })}</button>
              </div>`
            : nothing}
        </div>
      </details>`;
    })}
    ${isChildrenStep ? html`<button type="button" id="add-child" class="secondary" @click=${() => v.onAdd()}>${v.t('addChild')}</button>` : nothing}
  `;
}
