import { html, nothing, type TemplateResult } from 'lit';
import { RECORD_TEXT_LIMITS, pick, type Answer, type Lang, type Question } from '@bsp/sdk';

export interface AnswerControlContext {
  lang: Lang;
  /** Prefix that keeps ids unique per widget and child. */
  idPrefix: string;
  yes: string;
  no: string;
  set: (value: Answer) => void;
  /**
   * Warnings about the answer, shown at the field at once (a follow-up chosen where consent is
   * refused or not registered, issue 27). Undefined: the field never has any, and gets no region.
   */
  notices?: readonly string[];
}

/** The field's warnings, below its options (nothing moves under the pointer), in a polite live region so they are announced as they appear. */
function renderNotices(id: string, notices: readonly string[] | undefined): TemplateResult | typeof nothing {
  if (!notices) return nothing;
  return html`<div class="field-notices" id="${id}-notice" aria-live="polite">${notices.map((n) => html`<p class="notice warning">${n}</p>`)}</div>`;
}

/** Options short enough to sit side by side as one segmented control (yes/no/don't know). */
const SEGMENTED_MAX_OPTIONS = 4;
const SEGMENTED_MAX_LABEL = 32;

function optionsOf(q: Question, ctx: AnswerControlContext): { value: string; label: string }[] {
  if (q.type === 'yesno') return [{ value: 'yes', label: ctx.yes }, { value: 'no', label: ctx.no }];
  return (q.options ?? []).map((o) => ({ value: o.value, label: pick(o.label, ctx.lang) }));
}

/**
 * One question as native form controls: text/date inputs, a segmented control for short
 * single choices (large targets, native radios under the labels), a radio or checkbox list
 * otherwise. Ids are `<prefix>-<questionId>[-<value>]` so labels and tests can find them.
 */
export function renderAnswerControl(q: Question, value: Answer | undefined, ctx: AnswerControlContext): TemplateResult {
  const id = `${ctx.idPrefix}-${q.id}`;
  const help = q.help ? html`<p class="help" id="${id}-help">${pick(q.help, ctx.lang)}</p>` : nothing;
  // The help, and the warnings while there are any.
  const describedBy = [q.help ? `${id}-help` : '', ctx.notices?.length ? `${id}-notice` : ''].filter(Boolean).join(' ') || nothing;
  if (q.type === 'text' || q.type === 'date') {
    return html`<div class="question" data-question=${q.id}>
      <label for=${id}>${pick(q.label, ctx.lang)}</label>${help}
      <input
        id=${id}
        type=${q.type === 'date' ? 'date' : 'text'}
        maxlength=${RECORD_TEXT_LIMITS.answer}
        aria-describedby=${describedBy}
        .value=${typeof value === 'string' ? value : ''}
        @change=${(e: Event) => ctx.set((e.target as HTMLInputElement).value)}
      />${renderNotices(id, ctx.notices)}
    </div>`;
  }
  const options = optionsOf(q, ctx);
  const multi = q.type === 'multi';
  const selected = new Set(Array.isArray(value) ? value : value ? [value] : []);
  const segmented = !multi && options.length <= SEGMENTED_MAX_OPTIONS && options.every((o) => o.label.length <= SEGMENTED_MAX_LABEL);
  const onChange = (option: string) => (e: Event) => {
    if (!multi) return ctx.set(option);
    const next = new Set(selected);
    if ((e.target as HTMLInputElement).checked) next.add(option);
    else next.delete(option);
    ctx.set([...next]);
  };
  return html`<fieldset class="question" data-question=${q.id} aria-describedby=${describedBy}>
    <legend>${pick(q.label, ctx.lang)}</legend>${help}
    ${segmented
      ? html`<div class="segmented">
          ${options.map(
            (o) => html`<label
              ><input type="radio" id="${id}-${o.value}" name=${id} .checked=${selected.has(o.value)} @change=${onChange(o.value)} /><span>${o.label}</span></label
            >`,
          )}
        </div>`
      : html`<div class="choices">
          ${options.map(
            (o) => html`<div class="choice">
              <input type=${multi ? 'checkbox' : 'radio'} id="${id}-${o.value}" name=${id} .checked=${selected.has(o.value)} @change=${onChange(o.value)} /><label for="${id}-${o.value}"
                >${o.label}</label
              >
            </div>`,
          )}
        </div>`}
    ${renderNotices(id, ctx.notices)}
  </fieldset>`;
}
