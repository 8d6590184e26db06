// Keys a schema does not know, and the known key a typo most likely meant. zod's objects drop
// unknown keys silently, so `barneansvarleg` would quietly mean "no barneansvarlig" and
// `wordign` would make a whole overlay do nothing: every municipal input (directory, catalog,
// overlay, provider configuration) is walked here, by the CLI (an error), the JSON Schemas'
// parity test and the widgets at run time (a warning, so an older widget still shows a newer
// file). Loaded on demand with the validators, never in a first render.
import type { $ZodType } from 'zod/v4/core';
import { safeParse } from 'zod/mini';
import { isLanguage } from '../i18n/registry.js';
import { suggestKey } from './suggest-key.js';
import type { Lang } from '../i18n/lang.js';
import type { BspIssue } from './bsp-error.js';
import { issueAt } from './findings.js';
import { shownValue } from './values.js';

export interface UnknownKey {
  /** Where the key is, the key itself last (`['units', 0, 'barneansvarleg']`). */
  path: PropertyKey[];
  key: string;
  /** The known key it most likely means, when one is close enough. */
  suggestion?: string;
}

/** The minimum of zod's internal definition the walk needs (zod/mini and zod share it). */
interface SchemaDef {
  type: string;
  shape?: Record<string, $ZodType>;
  innerType?: $ZodType;
  element?: $ZodType;
  options?: $ZodType[];
  valueType?: $ZodType;
  in?: $ZodType;
  catchall?: $ZodType;
}
const defOf = (schema: $ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const MAX_FOUND = 200;

/**
 * Every key in `value` the schema would drop, with a suggestion. Reads own enumerable keys only
 * and never throws (an unreadable value is the validator's business, not this walk's).
 */
export function findUnknownKeys(schema: $ZodType, value: unknown, path: PropertyKey[] = []): UnknownKey[] {
  const found: UnknownKey[] = [];
  try {
    walk(schema, value, path, found);
  } catch {
    // A Proxy or getter that throws: parseWith reports it; the keys found so far stand.
  }
  return found;
}

function walk(schema: $ZodType, value: unknown, path: PropertyKey[], found: UnknownKey[]): void {
  if (found.length >= MAX_FOUND) return;
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      if (def.innerType) walk(def.innerType, value, path, found);
      return;
    case 'pipe':
      if (def.in) walk(def.in, value, path, found);
      return;
    case 'array':
      if (Array.isArray(value) && def.element) value.forEach((item, i) => walk(def.element!, item, [...path, i], found));
      return;
    case 'record':
      if (isObject(value) && def.valueType) for (const [k, v] of Object.entries(value)) walk(def.valueType, v, [...path, k], found);
      return;
    case 'union': {
      const options = def.options ?? [];
      const chosen =
        options.find((option) => safeParse(option, value).success) ??
        options.find((option) => (defOf(option).type === 'object') === isObject(value) && (defOf(option).type === 'array') === Array.isArray(value));
      if (chosen) walk(chosen, value, path, found);
      return;
    }
    case 'object': {
      if (!isObject(value)) return;
      const shape = def.shape ?? {};
      // A loose object passes other keys; text per language (`{ nb, … }`) keeps only registered
      // languages, so there any other key is a typo that vanishes.
      const loose = !!def.catchall && defOf(def.catchall).type !== 'never';
      const perLanguage = 'nb' in shape;
      const known = Object.keys(shape);
      for (const [key, v] of Object.entries(value)) {
        if (Object.hasOwn(shape, key)) walk(shape[key]!, v, [...path, key], found);
        else if (!(loose && (!perLanguage || isLanguage(key)))) {
          const suggestion = suggestKey(key, known);
          found.push({ path: [...path, key], key, ...(suggestion ? { suggestion } : {}) });
        }
      }
      return;
    }
    default:
      return;
  }
}

/** Every key the schema would drop, as issues: "enhet 1, barneansvarleg: … mente du «barneansvarlig»?". */
export function unknownKeyIssues(schema: $ZodType, value: unknown, lang: Lang, base: readonly PropertyKey[] = []): BspIssue[] {
  return findUnknownKeys(schema, value, [...base]).map(({ path, suggestion }) =>
    suggestion ? issueAt(path, lang, 'unknownKeySuggestion', { suggestion: shownValue(suggestion) }) : issueAt(path, lang, 'unknownKey'),
  );
}
