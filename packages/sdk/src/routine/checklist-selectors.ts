import { ownAnswer } from './condition.js';
import { visibleRecord } from './engine.js';
import { FOUR_POINTS } from './four-points.js';
import type { Procedure } from './procedure.js';
import type { ChecklistRecord, ChildEntry } from './record.js';

/**
 * Read-only views of a checklist record that views and outputs share: one definition each, so
 * the widget's child cards, the metrics and the journal output cannot drift apart.
 */

/** The four points documented per child (002 §5.3.2; DOMAIN §5), in the note's order. */
export const CHILD_POINTS: readonly string[] = Object.keys(FOUR_POINTS);

export interface ChildProgress {
  /** How many of the four points have an answer. */
  done: number;
  total: number;
  /** The points still without an answer. */
  missing: string[];
}

/** How far a child's four points are documented. */
export function childProgress(child: Pick<ChildEntry, 'answers'>): ChildProgress {
  const answered = (id: string) => {
    const a = ownAnswer(child.answers, id);
    return Array.isArray(a) ? a.length > 0 : Boolean(a);
  };
  const missing = CHILD_POINTS.filter((id) => !answered(id));
  return { done: CHILD_POINTS.length - missing.length, total: CHILD_POINTS.length, missing };
}

/**
 * Whether follow-up is planned for any child: a place of follow-up chosen in a step that applies
 * now (an answer left in a closed part does not count). Counted as the anonymous
 * `followup-planned` metric.
 */
export function followUpPlanned(record: ChecklistRecord, procedure: Procedure): boolean {
  return visibleRecord(record, procedure).children.some((c) => {
    const places = ownAnswer(c.answers, 'followUpWhere');
    return Array.isArray(places) ? places.length > 0 : Boolean(places);
  });
}
