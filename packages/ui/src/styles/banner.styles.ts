import { css } from 'lit';

/** `.banner`: a critical notice that stays in place (no dismiss) for what must not be missed (the checklist's critical guidance). */
export const bannerStyles = css`
  .banner {
    display: block;
    border: 2px solid var(--_danger-border);
    border-left-width: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_danger-surface);
    color: var(--_text);
    padding: 0.75rem 1rem;
    margin: 0 0 1rem;
  }
  .banner.warning { border-color: var(--_warning-border); background: var(--_warning-surface); }
  .banner > :first-child { margin-top: 0; }
  .banner > :last-child { margin-bottom: 0; }
  .banner-title { display: block; font-weight: 600; margin: 0 0 0.25rem; }
  @media (forced-colors: active) {
    .banner { border-color: CanvasText; }
  }
`;
