import { css } from 'lit';

export const childChecklistStyles = css`
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    list-style: none;
    padding: 0;
    margin: 0 0 0.5rem;
    counter-reset: step;
    font-size: 0.875em;
  }
  .progress li {
    counter-increment: step;
    padding: 0.125rem 0.5rem;
    border-radius: 1rem;
    border: 1px solid var(--_border);
    color: var(--_text-subtle);
  }
  .progress li::before { content: counter(step) '. '; }
  .progress li[aria-current='step'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
  }
  .progress li.done { color: var(--_text); }
  .step-count { color: var(--_text-subtle); margin: 0 0 0.5rem; }
  .nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: 1.5rem;
  }
  .child {
    background: var(--_surface);
  }
  .child-actions { display: flex; justify-content: flex-end; }
  .question { margin: 0 0 1rem; }
  .question > label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
  .note-items { list-style: none; padding: 0; margin: 0 0 1rem; }
  .note-items li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    justify-content: space-between;
    border-bottom: 1px solid var(--_border-subtle);
    padding: 0.375rem 0;
  }
  .note-items li.excluded .item-text { text-decoration: line-through; color: var(--_text-subtle); }
  .note { min-height: 14rem; font-family: ui-monospace, monospace; font-size: 0.9375em; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.75rem 0; }
  .guidance h3 { margin-top: 0; font-size: 1.0625em; }
  .guidance ul { margin: 0; padding-left: 1.25rem; }
  [tabindex='-1']:focus { outline: none; }
  :host(:state(complete)) .progress li { border-color: var(--_success); }
`;
