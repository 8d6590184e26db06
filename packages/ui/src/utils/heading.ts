import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface HeadingOptions {
  id?: string;
  className?: string;
  /** A `::part` name for host styling. */
  part?: string;
  /** Focus target for moving focus programmatically (tabindex -1, `data-focus-target`). */
  focusable?: boolean;
}

/**
 * A real heading at a host-chosen level (`heading-level`), clamped to h1–h6. One template per
 * level: Lit cannot bind a tag name.
 */
export function renderHeading(level: number, content: unknown, o: HeadingOptions = {}): TemplateResult {
  const tab = o.focusable ? -1 : undefined;
  switch (Math.min(6, Math.max(1, Math.trunc(level) || 2))) {
    case 1:
      return html`<h1 id=${ifDefined(o.id)} class=${ifDefined(o.className)} part=${ifDefined(o.part)} tabindex=${ifDefined(tab)} ?data-focus-target=${o.focusable}>${content}</h1>`;
    case 2:
      return html`<h2 id=${ifDefined(o.id)} class=${ifDefined(o.className)} part=${ifDefined(o.part)} tabindex=${ifDefined(tab)} ?data-focus-target=${o.focusable}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(o.id)} class=${ifDefined(o.className)} part=${ifDefined(o.part)} tabindex=${ifDefined(tab)} ?data-focus-target=${o.focusable}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(o.id)} class=${ifDefined(o.className)} part=${ifDefined(o.part)} tabindex=${ifDefined(tab)} ?data-focus-target=${o.focusable}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(o.id)} class=${ifDefined(o.className)} part=${ifDefined(o.part)} tabindex=${ifDefined(tab)} ?data-focus-target=${o.focusable}>${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(o.id)} class=${ifDefined(o.className)} part=${ifDefined(o.part)} tabindex=${ifDefined(tab)} ?data-focus-target=${o.focusable}>${content}</h6>`;
  }
}
