import { css } from 'lit';

/*
 * Local fallbacks for the shared visual classes (.segmented, .stepper, .card) that lane G
 * lands in @bsp/ui; the class names match so the shared styles take over when present.
 */
export const childChecklistStyles = css`
  .title { margin-top: 0; }
  .stepper ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    padding: 0;
    margin: 0 0 0.25rem;
    font-size: 0.9375em;
  }
  .stepper li { display: flex; align-items: center; gap: 0.375rem; color: var(--_text-subtle); }
  .stepper .step-number {
    display: inline-grid;
    place-items: center;
    min-width: 1.75rem;
    height: 1.75rem;
    border-radius: 50%;
    border: 1px solid currentColor;
    margin-inline-end: 0.375rem;
    font-size: 0.875em;
  }
  .stepper li.current { color: var(--_text); font-weight: 600; }
  .stepper li.current .step-number { background: var(--_accent); border-color: var(--_accent); color: var(--_accent-contrast); }
  .stepper .step-link {
    background: none;
    border: none;
    color: var(--_accent);
    padding: 0.25rem 0;
    min-height: 2.75rem;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .stepper .step-link:hover { background: none; color: var(--_accent-hover); }
  .step-count { color: var(--_text-subtle); margin: 0 0 0.5rem; }
  .nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: 1.5rem;
  }
  fieldset.question { border: none; padding: 0; margin: 0 0 1.25rem; min-width: 0; }
  fieldset.question legend { font-weight: 600; padding: 0; margin-bottom: 0.375rem; }
  .question { margin: 0 0 1.25rem; }
  .question label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
  .question label.choice { font-weight: 400; margin: 0; }
  .segmented { display: inline-flex; flex-wrap: wrap; border: 1px solid var(--_border); border-radius: var(--_radius); overflow: hidden; }
  .segmented .choice {
    position: relative;
    display: flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0 1rem;
    cursor: pointer;
    border-inline-start: 1px solid var(--_border);
    white-space: nowrap;
  }
  .segmented .choice:first-child { border-inline-start: none; }
  /* The native radio stays in place for forms, keyboard and screen readers; the label is the target. */
  .segmented input { position: absolute; inset: 0; opacity: 0; margin: 0; cursor: pointer; width: 100%; height: 100%; }
  .segmented .choice:has(input:checked) { background: var(--_accent); color: var(--_accent-contrast); font-weight: 600; }
  .segmented .choice:has(input:focus-visible) { outline: 3px solid var(--_focus); outline-offset: -3px; }
  .choices { display: grid; gap: 0.125rem; }
  .choices .choice { display: flex; align-items: center; gap: 0.5rem; min-height: 2.75rem; cursor: pointer; }
  .choices input { width: 1.25rem; height: 1.25rem; margin: 0; accent-color: var(--_accent); flex: none; }
  .card { border: 1px solid var(--_border-subtle, #c9d1db); border-radius: var(--_radius); background: var(--_surface); margin: 0 0 0.75rem; }
  .child > summary { padding: 0.625rem 1rem; min-height: 2.75rem; cursor: pointer; font-weight: 600; }
  .child-body { padding: 0 1rem 0.5rem; }
  .child-actions { display: flex; justify-content: flex-end; margin-bottom: 0.5rem; }
  .draft-status { color: var(--_text-subtle); }
  .note-items { list-style: none; padding: 0; margin: 0 0 1rem; }
  .note-items li { border-bottom: 1px solid var(--_border-subtle, #c9d1db); padding: 0.375rem 0; }
  .item-row { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; justify-content: space-between; align-items: center; }
  .item-text { flex: 1 1 20rem; }
  .item-controls { display: flex; flex-wrap: wrap; gap: 0 1rem; align-items: center; }
  .item-controls .choice { padding: 0; min-height: 2.75rem; align-items: center; font-size: 0.9375em; }
  .item-controls .core-item { margin: 0; }
  .note-items li.excluded .item-text { text-decoration: line-through; color: var(--_text-subtle); }
  .note-items .help, .note-items .notice { margin: 0.25rem 0; }
  .item-edit textarea { min-height: 4rem; }
  .review-issues { padding-left: 1.25rem; }
  .review-issues .blocking { font-weight: 600; }
  .review-issues button.link { padding-block: 0; min-height: 2.75rem; }
  .note-preview {
    white-space: pre-wrap;
    font-family: ui-monospace, monospace;
    font-size: 0.9375em;
    background: var(--_surface);
    border: 1px solid var(--_border-subtle, #c9d1db);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }
  .confirm { margin-top: 1rem; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.75rem 0; }
  .guidance-region:empty { display: none; }
  .guidance-region .guidance { margin-top: -0.5rem; }
  .critical-banners .banner { padding-block: 0.5rem; }
  .critical-banners .banner ul { font-size: 0.9375em; }
  .guidance :is(h3, h4, h5, h6) { margin-top: 0; font-size: 1.0625em; }
  .guidance ul { margin: 0; padding-left: 1.25rem; }
  [tabindex='-1']:focus { outline: none; }
`;
