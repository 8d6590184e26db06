import { css } from 'lit';

export const supportFinderStyles = css`
  :host { container-type: inline-size; }
  .layout { display: grid; gap: 1rem; }
  @container (min-width: 46rem) {
    .layout { grid-template-columns: minmax(13rem, 1fr) 2.5fr; align-items: start; }
  }
  .filters fieldset { padding: 0.5rem 0.75rem 0.75rem; }
  .filters .choice label .count { color: var(--_text-subtle); }
  .results { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
  .service {
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }
  .service h3 { margin: 0 0 0.25rem; font-size: 1.125em; }
  .badges { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; list-style: none; padding: 0; margin: 0.25rem 0 0.5rem; font-size: 0.875em; }
  .badges li { background: var(--_surface); border-radius: 1rem; padding: 0.125rem 0.5rem; }
  .lines { list-style: none; padding: 0; }
  .count-line { font-weight: 600; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem; justify-content: space-between; align-items: center; }
  dl.facts { display: grid; grid-template-columns: auto 1fr; gap: 0.25rem 1rem; }
  dl.facts dt { font-weight: 600; }
  dl.facts dd { margin: 0; }
  [tabindex='-1']:focus { outline: none; }
  @media print {
    .filters, .toolbar button, .service button { display: none !important; }
    .layout { display: block; }
  }
`;
