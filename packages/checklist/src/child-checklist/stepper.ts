import { html, nothing, type TemplateResult } from 'lit';

export interface StepperItem {
  id: string;
  title: string;
}

export interface StepperOptions {
  steps: StepperItem[];
  current: number;
  /** The furthest step visited: every visited step stays reachable after going back (default: the current one). */
  reachable?: number;
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
 * A real stepper on the shared `.stepper` class: the current step carries aria-current="step",
 * visited steps (before it, and after it when the professional went back to fix something) are
 * buttons, steps never reached are plain text (they cannot be skipped to). The list numbers the steps.
 */
export function renderStepper(o: StepperOptions): TemplateResult {
  const reachable = Math.max(o.current, o.reachable ?? o.current);
  return html`<nav aria-label=${o.label} part="progress">
    <ol class="stepper">
      ${o.steps.map((s, i) =>
        i !== o.current && i <= reachable
          ? html`<li><button type="button" data-step=${s.id} @click=${() => o.goTo(i)}>${s.title}<span class="visually-hidden"> (${o.completed})</span></button></li>`
          : i === o.current
            ? html`<li aria-current="step">${s.title}</li>`
            : html`<li>${s.title}</li>`,
      )}
    </ol>
    <p class="step-count">${o.count}${o.note ? html` <span class="help">${o.note}</span>` : nothing}</p>
  </nav>`;
}
