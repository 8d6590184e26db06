import { css } from 'lit';

export const consentFormStyles = css`
  /* Words break only between letters when a single word is wider than the line ("Ne i"). */
  .screen { overflow-wrap: break-word; }
  .recipient { background: var(--_surface); }
  .recipient fieldset { background: var(--_bg); }
  .status { font-weight: 600; }
  .segmented { margin-bottom: 0.5rem; }
  .confirm { border-left: 0.375rem solid var(--_warning-border); background: var(--_warning-surface); padding: 0.5rem 1rem; border-radius: var(--_radius); }
  .history { list-style: none; padding: 0; margin: 0 0 1rem; }
  .history li { border-bottom: 1px solid var(--_border); padding: 0.5rem 0; }
  .history-title { margin: 0 0 0.25rem; display: flex; flex-wrap: wrap; gap: 0 0.75rem; }
  .history dl { display: grid; gap: 0.125rem; margin: 0; }
  .history dl div { display: flex; flex-wrap: wrap; gap: 0 0.5rem; }
  .history dt { color: var(--_text-subtle); }
  .history dt::after { content: ':'; }
  .history dd { margin: 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 1rem 0; }
  @media print {
    /* The paper (consent-paper.ts, with its own styles) is what prints; without it, this part. */
    .screen:not(.printed) { display: none !important; }
    .screen .actions, .screen [role='status'] { display: none; }
  }
`;
