import { css } from 'lit';

/**
 * Radios, checkboxes, `.choice` rows and fieldsets, for the widgets that ask questions (the
 * checklist, the consent form, the finder's filters); the role panel has none. Radios and
 * checkboxes stay native inputs (keyboard, forms, assistive technology) and are only
 * drawn larger: 24 px (WCAG 2.5.8 target size) with the mark painted by gradients in
 * currentColor, so the mark follows the theme's contrast colour in light and dark.
 *
 * - A check mark from two rotated strokes: a short one down-right, a long one up-right.
 */
export const choiceStyles = css`
  input[type='checkbox'],
  input[type='radio'] {
    appearance: none;
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    padding: 0;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg) no-repeat center;
    color: var(--_accent-contrast);
    cursor: pointer;
    print-color-adjust: exact;
  }
  input[type='radio'] { border-radius: 50%; }
  input:is([type='checkbox'], [type='radio']):hover { border-color: var(--_accent); }
  input:is([type='checkbox'], [type='radio']):checked {
    background-color: var(--_accent);
    border-color: var(--_accent);
  }
  input[type='radio']:checked {
    background-image: radial-gradient(circle closest-side, currentColor 45%, transparent 52%);
  }
  input[type='checkbox']:checked {
    --_stroke: transparent calc(50% - 0.1em), currentColor calc(50% - 0.08em),
      currentColor calc(50% + 0.08em), transparent calc(50% + 0.1em);
    padding: 0.1875rem;
    background-origin: content-box;
    background-image: linear-gradient(45deg, var(--_stroke)), linear-gradient(-45deg, var(--_stroke));
    background-size: 36% 36%, 66% 66%;
    background-position: 10% 74%, 90% 48%;
  }
  label { cursor: pointer; }
  .choice {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    padding: 0.375rem 0;
    font-weight: 400;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 1.5rem;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.5rem;
  }
  /* System colours cannot paint our gradient marks: give the inputs back to the system. */
  @media (forced-colors: active) {
    input[type='checkbox'], input[type='radio'] { appearance: auto; }
  }
`;
