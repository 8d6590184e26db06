import type { Text } from '../i18n/lang.js';
import { mappingGuidance } from './parts/mapping-guidance.js';
import { screeningGuidance } from './parts/screening-guidance.js';
import { guidanceFrom } from './parts/guidance-from.js';
import { defaultProcedure, type Procedure } from './procedure.js';
import type { ChecklistRecord } from './record.js';

// Re-exported with `export … from` (not the imports above): code that needs only part 1's guidance
// then does not depend on this module, nor on part 2's guidance through it (rollup places modules by their imports).
export { guidanceFrom } from './parts/guidance-from.js';
export { mappingGuidance } from './parts/mapping-guidance.js';
export { screeningGuidance } from './parts/screening-guidance.js';

export type GuidanceId =
  | 'cannot-clarify'
  | 'consent-refused'
  | 'interpreter'
  | 'sibling'
  | 'bereaved'
  | 'fear-of-report'
  | 'rare-case'
  | 'acute'
  | 'duty-to-report'
  | 'prison';

/**
 * Guidance for the hard situations the old procedure left blank (002 recommendation 3; DOMAIN §7),
 * shown at the moment it arises: right under the question whose answer calls for it (in that
 * child's card for a per-child answer), once (issue 27).
 */
export interface Guidance {
  id: GuidanceId;
  /** The step where it shows. */
  step: string;
  /** Shown directly under this question (absent: at the top of the step). */
  questionId?: string;
  /**
   * The question is a per-child one: the box shows in the card of the child whose answer raised
   * it (`childId`, set by `guidanceFrom`), once, however many children gave that answer.
   */
  perChild?: true;
  /** For `perChild` guidance: the child it is shown with (the first child whose answer raised it). */
  childId?: string;
  /** Critical guidance also stays as a banner on every later step, in the summary and the note. */
  critical: boolean;
  severity: 'info' | 'warning' | 'danger';
  title: Text;
  body: Text[];
  legalRef?: Text;
  /** Show a link to the role panel's "who do I ask?". */
  askLink?: boolean;
}

/** Every guidance: part 1's and part 2's. */
export const guidanceLibrary: Record<GuidanceId, Guidance> = { ...screeningGuidance, ...mappingGuidance };

/** The guidance the answers call for, in a stable order; only answers that are visible count. */
export function activeGuidance(record: ChecklistRecord, procedure: Procedure = defaultProcedure): Guidance[] {
  return guidanceFrom(guidanceLibrary, record, procedure);
}

/** Critical guidance: banner on later steps and in the summary, written into the note. */
export function criticalGuidance(record: ChecklistRecord, procedure: Procedure = defaultProcedure): Guidance[] {
  return activeGuidance(record, procedure).filter((g) => g.critical);
}
