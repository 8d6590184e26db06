import { css } from 'lit';

/**
 * Layout classes every widget may use (markup documented in CONTRIBUTING.md, "Shared classes"):
 * - `.segmented`: radio inputs, each inside its `<label>`, shown as one segmented control;
 * - `.stepper`: an `<ol>` of steps, `aria-current="step"` on the current `<li>`, completed steps
 *   hold a `<button>`, upcoming steps plain text;
 * - `.card` with `.card-summary` (and `.card-body`): a `<details>` that summarises itself in one
 *   line when closed; `.card` on a `<div>` is a plain card;
 * - `.banner`: a persistent critical notice (`.banner.warning` for a lesser one).
 * In print the chosen answer is dark text with its check mark: paper drops backgrounds.
 * Built from Designsystemet's public anatomy (toggle group, card, alert), not its code.
 *
 * - Segmented control. Segments wrap onto new lines at 320 px instead of shrinking below their 44
 *   px target; the native radio stays in place (invisible) so clicks, arrows and Space keep native
 *   radio behaviour.
 * - Invisible here; forced colors paint it, so each segment keeps an outline there.
 * - A check mark next to the selected answer, so the choice does not rely on colour alone; drawn
 *   with borders because generated text would join the label's accessible name.
 * - Stepper. Numbers come from the list's own counter; only completed steps are buttons.
 * - Card and collapsible card.
 * - Chevron: right when closed, down when open.
 * - Banner: stays in place (no dismiss) for what must not be missed.
 */
export const sharedClassStyles = css`
  .segmented {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0.25rem;
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--_bg);
    width: fit-content;
    max-width: 100%;
  }
  .segmented > label {
    position: relative;
    flex: 1 1 auto;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-width: 5rem;
    min-height: 2.75rem;
    padding: 0.375rem 1rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    color: var(--_text);
    font-weight: 400;
    text-align: center;
  }
  .segmented > label:hover { background: var(--_accent-surface); }
  .segmented > label > input[type='radio'] {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    opacity: 0;
    border: 0;
    border-radius: inherit;
  }
  .segmented > label:has(input:checked) {
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
  }
  .segmented > label:has(input:checked)::before {
    content: '';
    width: 0.375rem;
    height: 0.75rem;
    margin-top: -0.125rem;
    border: solid currentColor;
    border-width: 0 0.15rem 0.15rem 0;
    transform: rotate(45deg);
  }
  .segmented > label:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus-inner);
  }
  .segmented > label:has(input:disabled) { opacity: 0.6; cursor: not-allowed; }

  .stepper {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    list-style: none;
    padding: 0;
    margin: 0 0 1rem;
    counter-reset: bsp-step;
  }
  .stepper > li {
    counter-increment: bsp-step;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    color: var(--_text-subtle);
  }
  .stepper > li::before {
    content: counter(bsp-step);
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    border: 2px solid var(--_border);
    font-size: 0.875em;
    font-weight: 600;
  }
  .stepper > li:has(button)::before {
    background: var(--_accent-surface);
    border-color: var(--_accent);
    color: var(--_text);
  }
  .stepper > li[aria-current='step'] {
    color: var(--_text);
    font-weight: 600;
  }
  .stepper > li[aria-current='step']::before {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
  }
  .stepper > li > button {
    min-height: 2.75rem;
    padding: 0 0.25rem;
    border: 0;
    background: none;
    color: var(--_link);
    font-weight: 400;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .stepper > li > button:hover { background: none; color: var(--_link); text-decoration-thickness: 2px; }

  .card {
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius-lg);
    background: var(--_bg);
    margin: 0 0 1rem;
  }
  div.card { padding: 1rem; }
  div.card > :first-child { margin-top: 0; }
  div.card > :last-child { margin-bottom: 0; }
  .card-summary {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    min-height: 2.75rem;
    padding: 0.625rem 1rem 0.625rem 2.75rem;
    position: relative;
    cursor: pointer;
    list-style: none;
    border-radius: var(--_radius-lg);
    font-weight: 600;
  }
  .card-summary::-webkit-details-marker { display: none; }
  .card-summary:hover { background: var(--_accent-surface); }
  .card-summary::before {
    content: '';
    position: absolute;
    left: 1.125rem;
    top: 1.25rem;
    width: 0.5rem;
    height: 0.5rem;
    border: solid var(--_text);
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
  }
  details[open] > .card-summary::before { transform: rotate(45deg); top: 1.125rem; }
  details[open] > .card-summary { border-end-start-radius: 0; border-end-end-radius: 0; }
  .card-meta { color: var(--_text-subtle); font-weight: 400; }
  .card-body { padding: 0.25rem 1rem 1rem; }

  .banner {
    display: block;
    border: 2px solid var(--_danger-border);
    border-left-width: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_danger-surface);
    color: var(--_text);
    padding: 0.75rem 1rem;
    margin: 0 0 1rem;
  }
  .banner.warning { border-color: var(--_warning-border); background: var(--_warning-surface); }
  .banner > :first-child { margin-top: 0; }
  .banner > :last-child { margin-bottom: 0; }
  .banner-title { display: block; font-weight: 600; margin: 0 0 0.25rem; }

  @media (forced-colors: active) {
    .segmented > label:has(input:checked) { background: Highlight; color: HighlightText; forced-color-adjust: none; }
    .stepper > li[aria-current='step']::before { background: Highlight; color: HighlightText; forced-color-adjust: none; }
    .card, .banner { border-color: CanvasText; }
  }
  @media print {
    .segmented { border: 0; padding: 0; }
    .segmented:has(input:checked) > label:not(:has(input:checked)) { display: none; }
    .segmented > label:has(input:checked) { background: none; color: var(--_text); }
    .card { break-inside: avoid; }
  }
`;
