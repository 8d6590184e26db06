import {
  array,
  email,
  minLength,
  object,
  optional,
  refine,
  regex,
  string,
  trim,
  type infer as Infer,
} from 'zod/mini';
import type { Lang } from '../i18n/lang.js';
import { parseWith, type ParseResult } from '../errors/parse.js';
import { safeHref } from '../shared/safe-href.js';
import { buildIndex, scoreIndex, termFor, vocabulary, words, type WordIndex } from '../search/words.js';

const text = () => string().check(trim(), minLength(1));

/** http(s), tel: or mailto: only. */
const safeUrl = () =>
  string().check(
    refine((value) => safeHref(value) !== undefined, { message: 'unsafe-link' }),
  );

export const contactPersonSchema = object({
  name: text(),
  title: optional(string()),
  phone: optional(string().check(regex(/^\+?[\d ()-]{3,20}$/))),
  email: optional(email()),
  /** When and how they can be reached, e.g. "Mån–fre 08–15". */
  reachable: optional(string()),
});

export const directoryLinkSchema = object({ label: text(), href: safeUrl() });

export const unitSchema = object({
  id: text(),
  name: text(),
  /** The agency or service area, e.g. "Hjemmebaserte tjenester". */
  agency: optional(string()),
  parentId: optional(string()),
  barneansvarlig: optional(array(contactPersonSchema)),
  deputy: optional(contactPersonSchema),
  /** Asked when the unit has no barneansvarlig. */
  leader: optional(contactPersonSchema),
  links: optional(array(directoryLinkSchema)),
});

export const directorySchema = object({
  municipality: text(),
  coordinator: optional(contactPersonSchema),
  /** The municipality's own procedure page and documents. */
  links: optional(array(directoryLinkSchema)),
  units: array(unitSchema),
});

export type ContactPerson = Infer<typeof contactPersonSchema>;
export type DirectoryUnit = Infer<typeof unitSchema>;
export type MunicipalDirectory = Infer<typeof directorySchema>;
export type DirectoryLink = Infer<typeof directoryLinkSchema>;

/** Validates a directory (object or JSON text); errors name the field path. */
export function parseDirectory(input: unknown, lang: Lang): ParseResult<MunicipalDirectory> {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      value = undefined;
    }
  }
  return parseWith(directorySchema, value, { what: 'directory', lang });
}

const unitIndexes = new WeakMap<MunicipalDirectory, { indexes: WordIndex[]; vocab: string }>();

/**
 * Units whose name or agency matches every word typed, ignoring case and diacritics, with
 * endings and compounds ("hjemmetjenesten" finds "Hjemmebaserte tjenester"); name hits first.
 * The index is built once per directory.
 */
export function findUnits(directory: MunicipalDirectory, query: string): DirectoryUnit[] {
  const typed = words(query);
  if (!typed.length) return [...directory.units];
  let prepared = unitIndexes.get(directory);
  if (!prepared) {
    const seen = new Set<string>();
    const indexes = directory.units.map((unit) => buildIndex([[unit.name], [unit.agency ?? '']], undefined, seen));
    prepared = { indexes, vocab: vocabulary(seen) };
    unitIndexes.set(directory, prepared);
  }
  const terms = typed.map((w) => termFor(w, prepared.vocab));
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
