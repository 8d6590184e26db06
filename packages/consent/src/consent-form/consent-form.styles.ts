import { css } from 'lit';

export const consentFormStyles = css`
  .recipient { background: var(--_surface); }
  .recipient fieldset { background: var(--_bg); }
  .inline { display: flex; flex-wrap: wrap; gap: 0 1.25rem; }
  .status { font-weight: 600; }
  table { border-collapse: collapse; width: 100%; font-size: 0.9375em; }
  th, td { border: 1px solid var(--_border-subtle); padding: 0.375rem 0.5rem; text-align: start; vertical-align: top; }
  .table-wrap { overflow-x: auto; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 1rem 0; }
  .paper { display: none; }
  @media print {
    .screen { display: none !important; }
    .paper { display: block; font-size: 11pt; }
    .paper .line { border-bottom: 1px solid #000; min-height: 2em; margin: 0.5em 0 1em; }
    .paper .signature { display: grid; grid-template-columns: 1fr 1fr; gap: 2em; margin-top: 2em; }
    .paper .box { display: inline-block; width: 1em; height: 1em; border: 1px solid #000; vertical-align: middle; margin-inline: 0.25em; }
    .paper table { page-break-inside: avoid; }
  }
`;
