import { css } from 'lit';

/** `.stepper`: the steps of a form (the checklist). Numbers come from the list's own counter; only completed steps are buttons. */
export const stepperStyles = css`
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
  @media (forced-colors: active) {
    .stepper > li[aria-current='step']::before { background: Highlight; color: HighlightText; forced-color-adjust: none; }
  }
`;
