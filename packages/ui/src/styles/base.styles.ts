import { css } from 'lit';
import { tokens } from './tokens.js';

/**
 * What every widget shares: tokens, type, focus ring, form controls and buttons with 44 px
 * targets, reflow down to 320 px (rem sizes, wrapping flex), forced colors and reduced motion.
 */
export const baseStyles = [
  tokens,
  css`
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
    h2, h3, h4 {
      line-height: 1.25;
      margin: 1.25em 0 0.5em;
    }
    p { margin: 0 0 0.75em; }
    a {
      color: var(--_accent);
      text-underline-offset: 0.15em;
    }
    a:hover { color: var(--_accent-hover); }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
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
    button,
    .button {
      font: inherit;
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
    button:hover,
    .button:hover {
      background: var(--_accent-hover);
      border-color: var(--_accent-hover);
      color: var(--_accent-contrast);
    }
    button.secondary,
    .button.secondary {
      background: var(--_bg);
      color: var(--_accent);
    }
    button.secondary:hover,
    .button.secondary:hover {
      background: var(--_accent-surface);
      color: var(--_accent-hover);
    }
    button.link {
      background: none;
      border: none;
      color: var(--_accent);
      text-decoration: underline;
      padding: 0.5rem 0.25rem;
    }
    button[disabled] {
      opacity: 0.6;
      cursor: not-allowed;
    }
    input:not([type='checkbox'], [type='radio']),
    select,
    textarea {
      font: inherit;
      color: var(--_text);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      min-height: 2.75rem;
      padding: 0.5rem 0.75rem;
      width: 100%;
      max-width: 100%;
    }
    textarea { min-height: 6rem; resize: vertical; }
    input[type='checkbox'],
    input[type='radio'] {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0.125rem 0 0;
      accent-color: var(--_accent);
      flex: none;
    }
    label { cursor: pointer; }
    .choice {
      display: flex;
      gap: 0.5rem;
      align-items: flex-start;
      padding: 0.375rem 0;
    }
    fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.75rem 1rem 1rem;
      margin: 0 0 1rem;
      min-width: 0;
    }
    legend { font-weight: 600; padding: 0 0.25rem; }
    .help { color: var(--_text-subtle); font-size: 0.9375em; }
    .notice {
      border-left: 0.375rem solid var(--_accent);
      background: var(--_accent-surface);
      padding: 0.75rem 1rem;
      border-radius: var(--_radius);
      margin: 0 0 1rem;
    }
    .notice.warning { border-left-color: var(--_warning-border); background: var(--_warning-surface); }
    .notice.danger { border-left-color: var(--_danger); background: var(--_danger-surface); }
    @media (forced-colors: active) {
      button, .button { border: 2px solid ButtonText; }
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
      :host { max-width: none; color: #000; background: #fff; }
      button, .no-print { display: none !important; }
      a::after { content: ' (' attr(href) ')'; font-size: 0.875em; }
    }
  `,
];
