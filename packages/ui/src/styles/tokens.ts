import { css } from 'lit';

/**
 * Theme tokens. Hosts set `--bsp-*`; unset tokens fall back to Designsystemet's `--ds-*`
 * (the Norwegian public-sector design system) so a host using it matches for free, then to
 * defaults close to that look. Private `--_*` names are what our styles read.
 */
export const tokens = css`
  :host {
    --_font: var(--bsp-font-family, var(--ds-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif));
    --_font-size: var(--bsp-font-size, 1rem);
    --_text: var(--bsp-color-text, var(--ds-color-neutral-text-default, #1e2b3c));
    --_text-subtle: var(--bsp-color-text-subtle, var(--ds-color-neutral-text-subtle, #4b5a6c));
    --_bg: var(--bsp-color-background, var(--ds-color-neutral-background-default, #ffffff));
    --_surface: var(--bsp-color-surface, var(--ds-color-neutral-surface-tinted, #f1f4f9));
    --_border: var(--bsp-color-border, var(--ds-color-neutral-border-default, #68778a));
    --_accent: var(--bsp-color-accent, var(--ds-color-accent-base-default, #0062ba));
    --_accent-hover: var(--bsp-color-accent-hover, var(--ds-color-accent-base-hover, #004b8f));
    --_accent-contrast: var(--bsp-color-accent-contrast, var(--ds-color-accent-contrast-default, #ffffff));
    --_accent-surface: var(--bsp-color-accent-surface, var(--ds-color-accent-surface-tinted, #e6f0fa));
    --_danger: var(--bsp-color-danger, var(--ds-color-danger-text-default, #a3201b));
    --_danger-surface: var(--bsp-color-danger-surface, var(--ds-color-danger-surface-tinted, #fdecea));
    --_warning-border: var(--bsp-color-warning-border, var(--ds-color-warning-border-default, #a15c00));
    --_warning-surface: var(--bsp-color-warning-surface, var(--ds-color-warning-surface-tinted, #fff4d6));
    --_success: var(--bsp-color-success, var(--ds-color-success-text-default, #1b6b34));
    --_focus: var(--bsp-color-focus, var(--ds-color-focus-outer, #00244e));
    --_radius: var(--bsp-radius, var(--ds-border-radius-md, 0.25rem));
    --_space: var(--bsp-space, 1rem);
    --_max-width: var(--bsp-max-width, 60rem);
  }
`;
