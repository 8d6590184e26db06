import { css } from 'lit';

/**
 * Theme tokens. Hosts set `--bsp-*`; unset tokens fall back to Designsystemet's `--ds-*`
 * (the Norwegian public-sector design system) so a host using it matches for free, then to
 * the values of Designsystemet's default light theme. Private `--_*` names are what our styles
 * read. Every `--ds-*` name here must exist in `@digdir/designsystemet-css` (design-tokens.test.ts).
 *
 * Colours resolve on the host element from inherited `--ds-*` variables, so Designsystemet's
 * `data-color-scheme` (light, dark, auto with `prefers-color-scheme`) on any ancestor switches
 * the widgets too. Accent colours read the unprefixed `--ds-color-base-*` / `-surface-*` /
 * `-text-*` names first: Designsystemet points those at the colour chosen with `data-color`
 * (accent, brand1, neutral …), so `data-color` recolours buttons, links and selections.
 *
 * - The inner fallback makes an unset --ds-font-family valid; the outer stack keeps a sans-serif
 *   when the named font is not loaded (Designsystemet sets it to just "Inter").
 * - Borders of form controls need 3:1 against the background (WCAG 1.4.11); cards and dividers are
 *   decoration and use the lighter subtle border.
 */
export const tokens = css`
  :host {
    --_font: var(--bsp-font-family, var(--ds-font-family, system-ui)), system-ui, -apple-system,
      'Segoe UI', Roboto, sans-serif;
    --_font-size: var(--bsp-font-size, 1rem);
    --_text: var(--bsp-color-text, var(--ds-color-neutral-text-default, #292c30));
    --_text-subtle: var(--bsp-color-text-subtle, var(--ds-color-neutral-text-subtle, #5b5d60));
    --_bg: var(--bsp-color-background, var(--ds-color-neutral-background-default, #ffffff));
    --_surface: var(--bsp-color-surface, var(--ds-color-neutral-background-tinted, #f3f3f4));
    --_border: var(--bsp-color-border, var(--ds-color-neutral-border-default, #77797b));
    --_border-subtle: var(--bsp-color-border-subtle, var(--ds-color-neutral-border-subtle, #bbbcbd));
    --_accent: var(--bsp-color-accent, var(--ds-color-base-default, var(--ds-color-accent-base-default, #0062ba)));
    --_accent-hover: var(--bsp-color-accent-hover, var(--ds-color-base-hover, var(--ds-color-accent-base-hover, #004f96)));
    --_accent-contrast: var(
      --bsp-color-accent-contrast,
      var(--ds-color-base-contrast-default, var(--ds-color-accent-base-contrast-default, #ffffff))
    );
    --_accent-surface: var(
      --bsp-color-accent-surface,
      var(--ds-color-surface-tinted, var(--ds-color-accent-surface-tinted, #ddeaf6))
    );
    --_link: var(--bsp-color-link, var(--ds-color-text-subtle, var(--ds-color-accent-text-subtle, #005db1)));
    --_danger: var(--bsp-color-danger, var(--ds-color-danger-text-default, #590d0d));
    --_danger-border: var(--bsp-color-danger-border, var(--ds-color-danger-border-default, #ce4d4d));
    --_danger-surface: var(--bsp-color-danger-surface, var(--ds-color-danger-surface-tinted, #f8e4e4));
    --_warning-border: var(--bsp-color-warning-border, var(--ds-color-warning-border-default, #a56d13));
    --_warning-surface: var(--bsp-color-warning-surface, var(--ds-color-warning-surface-tinted, #fae6c6));
    --_focus: var(--bsp-color-focus, var(--ds-color-focus-outer, #292c30));
    --_focus-inner: var(--bsp-color-focus-inner, var(--ds-color-focus-inner, #ffffff));
    --_radius: var(--bsp-radius, var(--ds-border-radius-md, 0.25rem));
    --_radius-lg: var(--bsp-radius-lg, var(--ds-border-radius-lg, 0.5rem));
    --_max-width: var(--bsp-max-width, 60rem);
  }
`;
