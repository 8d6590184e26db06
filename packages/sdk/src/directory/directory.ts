import type { contactPersonSchema, directoryLinkSchema, directorySchema, unitSchema } from './directory-schema.js';
import type { infer as Infer } from 'zod/mini';
import { termFor, words } from '../search/words.js';
import { WordPostings } from '../search/word-postings.js';

export type ContactPerson = Infer<typeof contactPersonSchema>;
export type DirectoryUnit = Infer<typeof unitSchema>;
export type MunicipalDirectory = Infer<typeof directorySchema>;
export type DirectoryLink = Infer<typeof directoryLinkSchema>;

const unitIndexes = new WeakMap<MunicipalDirectory, { postings: WordPostings; vocab?: string }>();

/**
 * Indexes the directory's units for the search for up to `budgetMs` (all when omitted) and says
 * whether it is done: a widget spreads the work for a big directory over idle moments after it
 * is loaded, so no keystroke (the first included) builds it in one long task (issue 29: 159–440
 * ms at 25,000 units).
 */
export function prepareUnitSearch(directory: MunicipalDirectory, budgetMs = Infinity): boolean {
  let p = unitIndexes.get(directory);
  if (!p) unitIndexes.set(directory, (p = { postings: new WordPostings() }));
  const { postings } = p;
  const start = performance.now();
  while (postings.records < directory.units.length) {
    const unit = directory.units[postings.records]!;
    postings.add([words(unit.name), words(unit.agency ?? '')]);
    if (postings.records % 64 === 0 && performance.now() - start > budgetMs) return false;
  }
  p.vocab ??= postings.vocabulary;
  return true;
}

/** Weights of a unit's fields: a word found in the name counts twice one found in the agency. */
const UNIT_WEIGHTS = [2, 1];

/**
 * Units whose name or agency matches every word typed, ignoring case and diacritics, with
 * endings and compounds ("hjemmetjenesten" finds "Hjemmebaserte tjenester"); name hits first.
 * The index is built once per directory (`prepareUnitSearch`, here at the latest); a keystroke
 * reads the units holding the typed words, not every unit's text.
 */
export function findUnits(directory: MunicipalDirectory, query: string): DirectoryUnit[] {
  const typed = words(query);
  if (!typed.length) return [...directory.units];
  prepareUnitSearch(directory);
  const { postings, vocab } = unitIndexes.get(directory)!;
  const fields = typed.map((word) => postings.termFields(termFor(word, vocab)));
  // Ranked by score, best first, in directory order within a score (a stable bucket sort).
  const buckets: number[][] = [];
  for (let i = 0; i < directory.units.length; i++) {
    let score = 0;
    for (const f of fields) {
      const field = f[i]!;
      if (field < 0) {
        score = 0;
        break;
      }
      score += UNIT_WEIGHTS[field]!;
    }
    if (score) (buckets[score] ??= []).push(i);
  }
  const hits: DirectoryUnit[] = [];
  for (let score = buckets.length - 1; score > 0; score--) for (const i of buckets[score] ?? []) hits.push(directory.units[i]!);
  return hits;
}

export type WhoToAskSource = 'unit' | 'parent-unit' | 'leader' | 'coordinator';

export interface WhoToAsk {
  unit: DirectoryUnit;
  /** False when the unit has no barneansvarlig of its own (the audit found such units, 002 §3.3). */
  hasBarneansvarlig: boolean;
  barneansvarlig: ContactPerson[];
  deputy?: ContactPerson;
  /** Who to ask instead, in order, when the unit has none. */
  fallbacks: { source: WhoToAskSource; person: ContactPerson; unitName?: string }[];
}

/** The unit's barneansvarlig, or when missing: unit leader, the parent unit's barneansvarlig, the municipal coordinator. */
export function whoToAsk(directory: MunicipalDirectory, unitId: string): WhoToAsk | undefined {
  const unit = directory.units.find((u) => u.id === unitId);
  if (!unit) return undefined;
  const own = unit.barneansvarlig ?? [];
  const fallbacks: WhoToAsk['fallbacks'] = [];
  if (!own.length) {
    if (unit.leader) fallbacks.push({ source: 'leader', person: unit.leader });
    const seen = new Set([unit.id]);
    let parent = directory.units.find((u) => u.id === unit.parentId);
    while (parent && !seen.has(parent.id)) {
      seen.add(parent.id);
      for (const person of parent.barneansvarlig ?? []) {
        fallbacks.push({ source: 'parent-unit', person, unitName: parent.name });
      }
      if (parent.barneansvarlig?.length) break;
      parent = directory.units.find((u) => u.id === parent!.parentId);
    }
    if (directory.coordinator) fallbacks.push({ source: 'coordinator', person: directory.coordinator });
  }
  return { unit, hasBarneansvarlig: own.length > 0, barneansvarlig: own, deputy: unit.deputy, fallbacks };
}
