import { css } from 'lit';

/* The checklist's own layout; segmented answers, the stepper, child cards and banners are the
 * shared classes from @bsp/ui (CONTRIBUTING.md, "Shared classes"). */
export const childChecklistStyles = css`
  .title { margin-top: 0; }
  .step-count { color: var(--_text-subtle); margin: 0 0 0.5rem; }
  .nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    margin-top: 1.5rem;
  }
  /* Fieldsets and legends are the shared base's; a question only sits closer to the next. */
  .question { margin: 0 0 1.25rem; }
  .question legend { margin-bottom: 0.375rem; }
  .question > label { display: block; font-weight: 600; margin-bottom: 0.25rem; }
  .choices { display: grid; gap: 0.125rem; }
  .child-actions { display: flex; justify-content: flex-end; margin-bottom: 0.5rem; }
  .draft-status { color: var(--_text-subtle); }
  .note-items { list-style: none; padding: 0; margin: 0 0 1rem; }
  .note-items li { border-bottom: 1px solid var(--_border-subtle); padding: 0.375rem 0; }
  .note-items ul { list-style: none; padding: 0; margin: 0; }
  .note-items li.note-group { border-bottom: 0; padding: 0.5rem 0 0; }
  .note-group-heading, .note-items li.group-heading .item-text { font-weight: 600; margin: 0; }
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
  .review-issues button.link { padding-block: 0; }
  .note-preview {
    white-space: pre-wrap;
    font-family: ui-monospace, monospace;
    font-size: 0.9375em;
    background: var(--_surface);
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }
  .confirm { margin-top: 1rem; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.75rem 0; }
  .guidance-region:empty { display: none; }
  .guidance-region .guidance { margin-top: -0.5rem; }
  .guidance :is(h3, h4, h5, h6) { margin-top: 0; font-size: 1.0625em; }
  .guidance ul { margin: 0; padding-left: 1.25rem; }
  [tabindex='-1']:focus { outline: none; }
`;
