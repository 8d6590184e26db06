import { html, nothing, type TemplateResult } from 'lit';

export interface StepperItem {
  id: string;
  title: string;
}

export interface StepperOptions {
  steps: StepperItem[];
  current: number;
  label: string;
  /** "Steg X av Y": Y is always the number of steps listed, so the two never disagree. */
  count: string;
  /** Said after a completed step's name, for screen readers. */
  completed: string;
  /** Shown when part 2 is closed, so a later "Steg 2 av 6" is not a surprise. */
  note?: string;
  goTo: (index: number) => void;
}

/**
 * A real stepper: the current step carries aria-current="step", completed steps are buttons
 * that go back to them, upcoming steps are plain text (they cannot be skipped to).
 */
export function renderStepper(o: StepperOptions): TemplateResult {
  return html`<nav aria-label=${o.label} class="stepper" part="progress">
    <ol>
      ${o.steps.map((s, i) =>
        i < o.current
          ? html`<li class="done">
              <button type="button" class="step-link" data-step=${s.id} @click=${() => o.goTo(i)}>
                <span class="step-number" aria-hidden="true">${i + 1}</span>${s.title}<span class="visually-hidden"> (${o.completed})</span>
              </button>
            </li>`
          : i === o.current
            ? html`<li class="current" aria-current="step"><span class="step-number" aria-hidden="true">${i + 1}</span>${s.title}</li>`
            : html`<li class="upcoming"><span class="step-number" aria-hidden="true">${i + 1}</span>${s.title}</li>`,
      )}
    </ol>
    <p class="step-count">${o.count}${o.note ? html` <span class="help">${o.note}</span>` : nothing}</p>
  </nav>`;
}
