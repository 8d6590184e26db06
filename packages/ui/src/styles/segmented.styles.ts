import { css } from 'lit';

/**
 * `.segmented`: yes/no/don't-know answers (the checklist, the consent form).
 *
 * - Segments wrap onto new lines at 320 px instead of shrinking below their 44 px target; the
 *   native radio stays in place (invisible) so clicks, arrows and Space keep native radio
 *   behaviour.
 * - Invisible here; forced colors paint it, so each segment keeps an outline there.
 * - A check mark next to the selected answer, so the choice does not rely on colour alone; drawn
 *   with borders because generated text would join the label's accessible name.
 */
export const segmentedStyles = css`
  .segmented {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0.25rem;
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--_bg);
    width: fit-content;
    max-width: 100%;
  }
  .segmented > label {
    position: relative;
    flex: 1 1 auto;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-width: 5rem;
    min-height: 2.75rem;
    padding: 0.375rem 1rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    color: var(--_text);
    font-weight: 400;
    text-align: center;
  }
  .segmented > label:hover { background: var(--_accent-surface); }
  .segmented > label > input[type='radio'] {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    opacity: 0;
    border: 0;
    border-radius: inherit;
  }
  .segmented > label:has(input:checked) {
    background: var(--_accent);
    color: var(--_accent-contrast);
    font-weight: 600;
  }
  .segmented > label:has(input:checked)::before {
    content: '';
    width: 0.375rem;
    height: 0.75rem;
    margin-top: -0.125rem;
    border: solid currentColor;
    border-width: 0 0.15rem 0.15rem 0;
    transform: rotate(45deg);
  }
  .segmented > label:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus-inner);
  }
  .segmented > label:has(input:disabled) { opacity: 0.6; cursor: not-allowed; }
  @media (forced-colors: active) {
    .segmented > label:has(input:checked) { background: Highlight; color: HighlightText; forced-color-adjust: none; }
  }
  @media print {
    .segmented { border: 0; padding: 0; }
    .segmented:has(input:checked) > label:not(:has(input:checked)) { display: none; }
    .segmented > label:has(input:checked) { background: none; color: var(--_text); }
  }
`;
