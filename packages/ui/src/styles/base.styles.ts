import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * What every widget shares: tokens, type, focus ring, form controls and buttons with 44 px
 * targets, reflow down to 320 px (rem sizes, wrapping flex), forced colors and reduced motion.
 * Anatomy follows Designsystemet's public guidance: bold legends over regular-weight option
 * labels, 24 px radios and checkboxes drawn on the native inputs, borderless fieldsets and
 * subtle borders on decoration. What only some widgets use is in sheets of its own that those
 * widgets add to their `static styles`: radios, checkboxes and fieldsets (choice.styles.ts)
 * and the layout classes .segmented, .stepper, .card and .banner (shared-classes.styles.ts).
 *
 * - Two-tone ring (Designsystemet's focus anatomy): the inner colour separates the outer ring from
 *   any background the element sits on.
 */
const baseRules = css`
  :host {
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_bg);
    max-width: var(--_max-width);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Any level: widgets take their heading level from the host (heading-level). */
  h1, h2, h3, h4, h5, h6 {
    line-height: 1.25;
    font-weight: 600;
    margin: 1.25em 0 0.5em;
  }
  /* Deep levels (a widget placed low in the host's outline) never shrink below the body text. */
  h5, h6 { font-size: 1em; }
  p { margin: 0 0 0.75em; }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:hover { text-decoration-thickness: 2px; }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus-inner);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
    font-weight: 500;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  button:hover {
    background: var(--_accent-hover);
    border-color: var(--_accent-hover);
    color: var(--_accent-contrast);
  }
  button.secondary {
    background: transparent;
    color: var(--_link);
    border-color: var(--_link);
  }
  button.secondary:hover {
    background: var(--_accent-surface);
    color: var(--_link);
  }
  button.link {
    background: none;
    border: none;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    padding: 0.5rem 0.25rem;
  }
  :is(button, input[type='checkbox'], input[type='radio']):disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  input:not([type='checkbox'], [type='radio']),
  textarea {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    width: 100%;
  }
  textarea { min-height: 6rem; resize: vertical; }
  .help { color: var(--_text-subtle); font-size: 0.9375em; }
  .notice {
    border-left: 0.375rem solid var(--_accent);
    background: var(--_accent-surface);
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    margin: 0 0 1rem;
  }
  .notice.warning { border-left-color: var(--_warning-border); background: var(--_warning-surface); }
  .notice.danger { border-left-color: var(--_danger-border); background: var(--_danger-surface); }
`;

/** Forced colors, reduced motion and print. */
const environmentRules = css`
  @media (forced-colors: active) {
    button { border: 2px solid ButtonText; }
    :focus-visible { outline-color: Highlight; }
    .notice { border: 1px solid CanvasText; border-left-width: 0.375rem; }
  }
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    :host {
      max-width: none;
      --_text: #000;
      --_text-subtle: #333;
      --_bg: #fff;
      --_surface: #fff;
      --_link: #000;
    }
    button { display: none !important; }
    a::after { content: ' (' attr(href) ')'; font-size: 0.875em; }
  }
`;

export const baseStyles = [tokens, baseRules, environmentRules];
