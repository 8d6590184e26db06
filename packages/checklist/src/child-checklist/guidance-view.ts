import { html, nothing, type TemplateResult } from 'lit';
import { pick, type Guidance, type Lang, type Step } from '@bsp/sdk';
import { renderHeading } from '@bsp/ui';

/** What the guidance boxes need from the checklist. */
export interface GuidanceContext {
  lang: Lang;
  /** The checklist's heading level: a box's heading is two below it. */
  headingLevel: number;
  legalRefLabel: string;
  askLabel: string;
  /** Where "who do I ask?" goes; no link without it. */
  askUrl?: string;
}

/**
 * Guidance for one place in the step: right under the question it is anchored to (in the card of
 * the child it is placed with, for a per-child question), or at the top of the step when it has
 * no anchor on this step. Each box is in exactly one place (issue 27). Always a polite live
 * region, present even when empty, so guidance that appears because of an answer is announced.
 */
export function renderGuidance(c: GuidanceContext, guidance: readonly Guidance[], step: Step, questionId: string | undefined, childId?: string): TemplateResult {
  const anchors = new Set([...step.questions, ...(step.childQuestions ?? [])].map((q) => q.id));
  const here = guidance.filter((g) =>
    g.step === step.id
      ? questionId
        ? g.questionId === questionId && g.childId === childId
        : !g.questionId || !anchors.has(g.questionId)
      : !questionId && step.id === 'summary' && !g.critical && g.severity === 'danger',
  );
  return html`<div class="guidance-region" aria-live="polite" data-guidance-for=${questionId ?? step.id}>${here.map((g) => renderGuidanceBox(c, g))}</div>`;
}

/**
 * The region under a child's question, only where the library anchors per-child guidance to that
 * question (so a card has no empty region per field).
 */
export function renderChildGuidance(c: GuidanceContext, library: Readonly<Partial<Record<string, Guidance>>>, guidance: readonly Guidance[], step: Step, questionId: string, childId: string): TemplateResult | typeof nothing {
  const anchored = Object.values(library).some((g) => g?.perChild && g.step === step.id && g.questionId === questionId);
  return anchored ? renderGuidance(c, guidance, step, questionId, childId) : nothing;
}

/** Critical guidance (duty to report, acute) stays in view on every later step and the summary. */
export function renderCriticalBanners(c: GuidanceContext, guidance: readonly Guidance[], steps: readonly Step[], index: number): TemplateResult | typeof nothing {
  const order = new Map(steps.map((s, i) => [s.id, i]));
  const later = guidance.filter((g) => g.critical && (order.get(g.step) ?? -1) < index);
  if (!later.length) return nothing;
  return html`<div class="critical-banners">${later.map((g) => renderGuidanceBox(c, g, true))}</div>`;
}

function renderGuidanceBox(c: GuidanceContext, g: Guidance, banner = false): TemplateResult {
  // A banner is the shared persistent `.banner` (`.warning` for the lesser kind); in place, a notice.
  const kind = banner ? `banner ${g.severity === 'danger' ? '' : 'warning'}` : `notice ${g.severity === 'info' ? '' : g.severity}`;
  return html`<div class="guidance ${kind}" part="guidance" data-guidance=${g.id} data-banner=${banner ? 'true' : 'false'}>
    ${renderHeading(c.headingLevel + 2, pick(g.title, c.lang))}
    <ul>${g.body.map((b) => html`<li>${pick(b, c.lang)}</li>`)}</ul>
    ${g.legalRef ? html`<p class="help">${c.legalRefLabel}: ${pick(g.legalRef, c.lang)}</p>` : nothing}
    ${g.askLink && c.askUrl ? html`<p><a href=${c.askUrl}>${c.askLabel}</a></p>` : nothing}
  </div>`;
}
