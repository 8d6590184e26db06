import type { contactPersonSchema, directoryLinkSchema, directorySchema, unitSchema } from './directory-schema.js';
import type { infer as Infer } from 'zod/mini';
import { buildIndex, scoreIndex, termFor, vocabulary, words, type WordIndex } from '../search/words.js';

export type ContactPerson = Infer<typeof contactPersonSchema>;
export type DirectoryUnit = Infer<typeof unitSchema>;
export type MunicipalDirectory = Infer<typeof directorySchema>;
export type DirectoryLink = Infer<typeof directoryLinkSchema>;

const unitIndexes = new WeakMap<MunicipalDirectory, { indexes: WordIndex[]; seen: Set<string>; vocab?: string }>();

/**
 * Indexes the directory's units for the search for up to `budgetMs` (all when omitted) and says
 * whether it is done: a widget spreads the work for a big directory over idle moments after it
 * is loaded, so no keystroke (the first included) builds it in one long task (issue 29: 159–440
 * ms at 25,000 units).
 */
export function prepareUnitSearch(directory: MunicipalDirectory, budgetMs = Infinity): boolean {
  let p = unitIndexes.get(directory);
  if (!p) unitIndexes.set(directory, (p = { indexes: [], seen: new Set() }));
  const start = performance.now();
  while (p.indexes.length < directory.units.length) {
    const unit = directory.units[p.indexes.length]!;
    p.indexes.push(buildIndex([[unit.name], [unit.agency ?? '']], undefined, p.seen));
    if (p.indexes.length % 64 === 0 && performance.now() - start > budgetMs) return false;
  }
  if (p.vocab === undefined) {
    p.vocab = vocabulary(p.seen);
    p.seen = new Set();
  }
  return true;
}

/**
 * Units whose name or agency matches every word typed, ignoring case and diacritics, with
 * endings and compounds ("hjemmetjenesten" finds "Hjemmebaserte tjenester"); name hits first.
 * The index is built once per directory (`prepareUnitSearch`, here at the latest).
 */
export function findUnits(directory: MunicipalDirectory, query: string): DirectoryUnit[] {
  const typed = words(query);
  if (!typed.length) return [...directory.units];
  prepareUnitSearch(directory);
  const prepared = unitIndexes.get(directory)! as { indexes: WordIndex[]; vocab: string };
  const terms = typed.map((word) => termFor(word, prepared.vocab));
  const hits: { unit: DirectoryUnit; score: number }[] = [];
  directory.units.forEach((unit, i) => {
    const score = scoreIndex(prepared.indexes[i]!, terms, [2, 1]);
    if (score) hits.push({ unit, score });
  });
  return hits.sort((a, b) => b.score - a.score).map((h) => h.unit);
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
