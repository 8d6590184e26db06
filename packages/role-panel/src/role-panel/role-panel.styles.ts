import { css } from 'lit';

export const rolePanelStyles = css`
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 1rem;
  }
  .views button[aria-current='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .unit-results {
    list-style: none;
    padding: 0;
    margin: 0.5rem 0 1rem;
    display: grid;
    gap: 0.25rem;
  }
  .unit-results button {
    width: 100%;
    justify-content: space-between;
    text-align: start;
    flex-wrap: wrap;
  }
  .unit-agency { font-size: 0.875em; opacity: 0.9; }
  .people {
    list-style: none;
    padding: 0;
    margin: 0 0 1rem;
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
  .person, .role-card {
    border: 1px solid var(--_border-subtle);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    background: var(--_bg);
  }
  .person > :is(h1, h2, h3, h4, h5, h6), .role-card > :is(h1, h2, h3, h4, h5, h6) { margin-top: 0; }
  .person dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 0.125rem 0.75rem; }
  .person dt { font-weight: 600; }
  .person dd { margin: 0; min-width: 0; }
  /* Numbers never split ("+47 00 00 / 00 20"); an address breaks only when it cannot fit its line. */
  .person dd a[href^='tel:'] { white-space: nowrap; }
  .person dd a[href^='mailto:'] { overflow-wrap: anywhere; }
  /* A narrow card stacks each label above its value, so an address gets the card's whole width
     (issue 29: at 320 px an e-mail address broke over four lines beside its label). */
  .people { container-type: inline-size; }
  @container (max-width: 24rem) {
    .person { padding: 0.625rem 0.75rem; }
    .person dl { grid-template-columns: 1fr; }
    .person dd + dt { margin-top: 0.375rem; }
    .person dd { font-size: 0.9375em; }
  }
  .roles {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  .role-card { display: flex; flex-direction: column; gap: 0.5rem; }
  .role-card p { flex: 1; }
  .does-not li::marker { content: '✕  '; color: var(--_danger); }
  [tabindex='-1']:focus { outline: none; }
  [tabindex='-1']:focus-visible { outline: 3px solid var(--_focus); }
`;
