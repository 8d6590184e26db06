import { css } from 'lit';

/** `.card`, `.card-summary`, `.card-body`, `.card-meta`: (collapsible) cards (the checklist's children); the chevron points right when closed, down when open. */
export const cardStyles = css`
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
  @media (forced-colors: active) {
    .card { border-color: CanvasText; }
  }
  @media print {
    .card { break-inside: avoid; }
  }
`;
