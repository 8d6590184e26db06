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
  .paper { display: none; overflow-wrap: break-word; }
  @media print {
    .screen:not(.printed) { display: none !important; }
    .screen .actions, .screen [role='status'] { display: none; }
    .paper { display: block; font-size: 11pt; color: #000; }
    .paper table { border-collapse: collapse; width: 100%; page-break-inside: avoid; }
    .paper th, .paper td { border: 1px solid #000; padding: 0.25em 0.4em; text-align: start; vertical-align: top; }
    .paper .line { border-bottom: 1px solid #000; min-height: 2em; margin: 0.5em 0 1em; }
    .paper .signature { display: grid; grid-template-columns: 1fr 1fr; gap: 2em; margin-top: 2em; }
    .paper .box { display: inline-grid; place-items: center; width: 1.1em; height: 1.1em; border: 1px solid #000; vertical-align: middle; margin-inline: 0.25em; font-size: 0.9em; }
  }
`;
