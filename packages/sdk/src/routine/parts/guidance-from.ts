import { ownAnswer } from '../condition.js';
import { visibleRecord } from '../engine.js';
import type { Guidance, GuidanceId } from '../guidance.js';
import type { Procedure } from '../procedure.js';
import type { ChecklistRecord } from '../record.js';

/**
 * `activeGuidance` from the guidance a page has: part 1's until part 2 is there (the checklist's
 * first load), the whole library after. Guidance the library lacks is left out. Each box is
 * placed once: its step and question, and for a per-child question the child (`childId`).
 */
export function guidanceFrom(library: Partial<Record<GuidanceId, Guidance>>, record: ChecklistRecord, procedure: Procedure): Guidance[] {
  const visible = visibleRecord(record, procedure);
  const a = (id: string) => ownAnswer(visible.answers, id);
  const triggers = a('triggers');
  const active: GuidanceId[] = ['rare-case', 'fear-of-report'];
  if (a('hasChildren') === 'unknown') active.push('cannot-clarify');
  if (a('childWithoutCareNow') === 'yes') active.push('acute');
  if (a('neglectConcern') === 'yes') active.push('duty-to-report');
  if (Array.isArray(triggers) && triggers.includes('prison')) active.push('prison');
  if (a('interpreter') === 'yes') active.push('interpreter');
  const sibling = visible.children.find((c) => ownAnswer(c.answers, 'relation') === 'sibling');
  if (sibling) active.push('sibling');
  if (Array.isArray(triggers) && triggers.includes('death')) active.push('bereaved');
  if (a('consentStatus') === 'refused' || a('consentStatus') === 'partial') active.push('consent-refused');
  // A per-child box goes with the first child whose answer raised it: one box, in that card.
  const childOf: Partial<Record<GuidanceId, string>> = sibling ? { sibling: sibling.id } : {};
  return active.flatMap((id) => {
    const g = library[id];
    if (!g) return [];
    const childId = g.perChild ? childOf[id] : undefined;
    return childId ? [{ ...g, childId }] : [g];
  });
}
