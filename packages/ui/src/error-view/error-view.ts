import { html, css, type TemplateResult } from 'lit';
import { errorHeading, type BspErrorDetail, type Lang } from '@bsp/sdk';

/**
 * The shared error view: a heading, the translated message, and one line per field: the field
 * in words a web editor reads ("enhet 2, e-post"), the message, and the path a developer looks
 * for in the JSON (`units.1.email`). Everything is rendered as text; paths and messages may
 * echo host data.
 */
export function renderErrorView(detail: BspErrorDetail, lang: Lang): TemplateResult {
  return html`<div class="error-view" part="error" role="alert">
    <p class="error-heading"><strong>${errorHeading(lang)}</strong></p>
    <p>${detail.message}</p>
    ${detail.issues.length
      ? html`<ul class="error-issues">
          ${detail.issues.map((issue) =>
            issue.field && issue.field !== issue.path
              ? html`<li><strong>${issue.field}</strong>: ${issue.message} <code class="error-path">(${issue.path})</code></li>`
              : html`<li><code>${issue.path}</code>: ${issue.message}</li>`,
          )}
        </ul>`
      : null}
  </div>`;
}

/**
 * Data the widget still shows, with what in it is not used as written (`severity: 'warning'`):
 * the message and one line per finding, the field in words first. A status, not an alert: the
 * content below works.
 */
export function renderDataWarning(detail: BspErrorDetail): TemplateResult {
  return html`<div class="notice warning" part="data-warning" role="status">
    <p><strong>${detail.message}</strong></p>
    <ul class="error-issues">
      ${detail.issues.map((issue) => html`<li>${issue.field ? html`<strong>${issue.field}</strong>: ` : null}${issue.message} <code class="error-path">(${issue.path})</code></li>`)}
    </ul>
  </div>`;
}

export const errorViewStyles = css`
  .error-view {
    border: 2px solid var(--_danger);
    border-left-width: 0.5rem;
    background: var(--_danger-surface);
    color: var(--_text);
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    margin: 0 0 1rem;
  }
  .error-heading { color: var(--_danger); margin-bottom: 0.25rem; }
  .error-issues { margin: 0; padding-left: 1.25rem; }
  .error-issues code { font-family: ui-monospace, monospace; font-size: 0.9375em; }
  .error-issues .error-path { overflow-wrap: anywhere; }
`;
