import { css } from 'lit';

export const supportFinderStyles = css`
  :host { container-type: inline-size; }
  /* Wide: filters in a column beside the results. Narrow (≤ 600 px): the results first, the
     filters behind a disclosure button with the active-filter count, print left to the browser. */
  .layout { display: grid; gap: 0 1rem; grid-template-areas: 'toolbar' 'filters' 'list'; }
  .toolbar { grid-area: toolbar; }
  .filters { grid-area: filters; }
  .list { grid-area: list; }
  @container (min-width: 46rem) {
    .layout { grid-template-columns: minmax(13rem, 1fr) 2.5fr; grid-template-rows: auto 1fr; grid-template-areas: 'filters toolbar' 'filters list'; align-items: start; }
  }
  .search { margin-bottom: 0.75rem; }
  .search input { width: 100%; box-sizing: border-box; }
  .filters-toggle { display: none; }
  @container (max-width: 37.5rem) {
    .filters-toggle { display: inline-flex; }
    .filters:not(.open), .toolbar .print, .quick-exit p { display: none; }
    .filters.open { margin-bottom: 1rem; }
    /* Phones: the first result within the first screen at 320×568 (issue 29: it was at 703 px).
       The results heading stays in the outline (the section is labelled by it), out of sight. */
    .title { font-size: 1.25em; line-height: 1.25; margin: 0 0 0.25rem; }
    .intro { font-size: 0.9375em; margin: 0 0 0.5rem; }
    .search .help { font-size: 0.875em; margin: 0 0 0.25rem; }
    .search, .toolbar { margin-bottom: 0.5rem; }
    .toolbar .results-heading { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .quick-exit { padding: 0; }
    .service { padding: 0.625rem 0.75rem; }
  }
  /* The youth view's quick exit stays in view while reading (issue 29: it scrolled 1,312 px away),
     as a thin bar in the flow above the heading: it pushes nothing down when it sticks. */
  .quick-exit {
    position: sticky; top: 0; z-index: 1;
    display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; justify-content: flex-end;
    padding: 0.25rem 0; background: var(--_bg);
  }
  .quick-exit p { margin: 0; }
  .nowrap { white-space: nowrap; }
  .contact p { margin: 0.25rem 0; }
  .address { overflow-wrap: anywhere; }
  .filters fieldset { padding: 0.5rem 0.75rem 0.75rem; }
  .filters .choice label .count { color: var(--_text-subtle); }
  .results { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
  .service {
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
  }
  .service > :is(h1, h2, h3, h4, h5, h6) { margin: 0 0 0.25rem; font-size: 1.125em; }
  .badges { display: flex; flex-wrap: wrap; gap: 0.25rem 0.5rem; list-style: none; padding: 0; margin: 0.25rem 0 0.5rem; font-size: 0.875em; }
  .badges li { background: var(--_surface); border-radius: 1rem; padding: 0.125rem 0.5rem; }
  .lines { list-style: none; padding: 0; }
  .count-line { font-weight: 600; margin: 0; }
  .toolbar { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; margin-bottom: 0.75rem; }
  .toolbar > :is(h1, h2, h3, h4, h5, h6) { margin: 0; }
  .toolbar .print { margin-inline-start: auto; }
  dl.facts { display: grid; grid-template-columns: auto 1fr; gap: 0.25rem 1rem; }
  dl.facts dt { font-weight: 600; }
  dl.facts dd { margin: 0; }
  [tabindex='-1']:focus { outline: none; }
  @media print {
    .filters, .filters-toggle, .quick-exit, .toolbar button, .service button { display: none !important; }
    .layout { display: block; }
  }
`;
