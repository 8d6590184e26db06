import { html, nothing, type TemplateResult } from 'lit';
import type { BspErrorDetail } from '@bsp/sdk';

export interface LoadWarningOptions {
  /** What the failure means for the reader ("You are seeing the national services."), inside the box. */
  help?: string;
  /** A button inside the box, after the text: the checklist's "Try again". */
  action?: { label: string; run: () => unknown };
}

/**
 * Something did not load, shown above the content that still works (the national catalog, the
 * answers so far): the error's message, what it means (`help`), its issue lines (`src: …: 404`)
 * and an optional action. The one markup for every load warning: `part="load-warning"`,
 * `role="alert"`. Nothing when there is no error.
 */
export function renderLoadWarning(error: BspErrorDetail, options?: LoadWarningOptions): TemplateResult;
export function renderLoadWarning(error: BspErrorDetail | undefined, options?: LoadWarningOptions): TemplateResult | typeof nothing;
export function renderLoadWarning(error: BspErrorDetail | undefined, { help, action }: LoadWarningOptions = {}): TemplateResult | typeof nothing {
  if (!error) return nothing;
  return html`<div class="notice warning" part="load-warning" role="alert">
    <p><strong>${error.message}</strong></p>
    ${help ? html`<p>${help}</p>` : nothing}
    ${error.issues.map((issue) => html`<p class="help"><code>${issue.path}</code>: ${issue.message}</p>`)}
    ${action ? html`<button type="button" class="secondary" @click=${action.run}>${action.label}</button>` : nothing}
  </div>`;
}
