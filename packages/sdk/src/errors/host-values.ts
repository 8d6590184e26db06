import type { $ZodIssue, $ZodType } from 'zod/v4/core';
import { boolean, enum as zEnum, number, object, string } from 'zod/mini';
import type { Lang } from '../i18n/lang.js';
import { languages } from '../i18n/registry.js';
import { format } from '../i18n/messages.js';
import { BspError, errorMessages } from './bsp-error.js';
import { findUnreadable, isPlainObject, issuePath, parseWith, toIssues, type ParseResult } from './parse.js';
import { describePath } from './path-words.js';
import { deferred } from '../shared/deferred.js';

/**
 * A hand-written check: the issues found (paths relative to the value), or none. Used for the
 * shared properties instead of zod schemas because it costs the drop-in bundles far less.
 */
export type HostValueCheck = (value: unknown) => $ZodIssue[];

/** A zod schema or a hand-written check for a value a host hands a widget. */
export type HostValueSchema<T> = $ZodType<T> | HostValueCheck;

/**
 * Small schema builders for widget properties, so widget packages validate their own
 * properties without depending on zod themselves.
 */
export const hostValue = {
  // Deferred: widgets call these when their modules are evaluated (their property tables).
  oneOf: <const V extends readonly [string, ...string[]]>(values: V) => deferred(() => zEnum(values)),
  text: () => deferred(() => string()),
  number: () => deferred(() => number()),
  boolean: () => deferred(() => boolean()),
};

const wrongType = (expected: string, path: PropertyKey[] = []): $ZodIssue =>
  ({ code: 'invalid_type', expected, path, message: '' }) as $ZodIssue;

/** `messages` on a widget or the provider: `{ nb?: { key: 'text' }, nn?: …, en?: … }`, plain objects only. */
export const checkMessageOverrides: HostValueCheck = (value) => {
  if (!isPlainObject(value)) return [wrongType('object')];
  const issues: $ZodIssue[] = [];
  const unknown = Object.keys(value).filter((key) => !languages().includes(key));
  if (unknown.length) issues.push({ code: 'unrecognized_keys', keys: unknown, path: [], message: '' } as $ZodIssue);
  for (const [lang, texts] of Object.entries(value)) {
    if (unknown.includes(lang) || texts === undefined) continue;
    if (!isPlainObject(texts)) issues.push(wrongType('object', [lang]));
    else for (const [key, text] of Object.entries(texts)) if (typeof text !== 'string') issues.push(wrongType('string', [lang, key]));
  }
  return issues;
};

/** `storage`: get, set and remove are functions (a class instance is fine: methods are read, not copied). */
export const checkStorageAdapter: HostValueCheck = (value) => {
  if (value === null || typeof value !== 'object') return [wrongType('object')];
  const methods = value as Record<string, unknown>;
  return (['get', 'set', 'remove'] as const).filter((name) => typeof methods[name] !== 'function').map((name) => wrongType('function', [name]));
};

/** `metrics`: a function receiving each metric. */
export const checkMetricsSink: HostValueCheck = (value) => (typeof value === 'function' ? [] : [wrongType('function')]);

/** `heading-level`: a whole number 1–6 (what `<h1>`–`<h6>` allow). */
export const checkHeadingLevel: HostValueCheck = (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6
    ? []
    : [{ code: 'invalid_value', values: [1, 2, 3, 4, 5, 6], path: [], message: '' } as $ZodIssue];

function unreadable(name: string, value: unknown, lang: Lang): BspError {
  const path = [name, ...(findUnreadable(value) ?? [])];
  return new BspError({
    code: 'invalid-input',
    message: format(errorMessages, lang, 'invalid-input', { what: name }),
    issues: [{ path: issuePath(path), field: describePath(path, lang), message: format(errorMessages, lang, 'unreadable') }],
  });
}

/**
 * Validates one value a host set on a widget, naming it: the paths start with the property
 * name (`messages.nb.heading`, in words "tekster (messages), bokmål, heading"). Never throws.
 */
export function checkHostValue<T>(name: string, schema: HostValueSchema<T>, value: unknown, lang: Lang, what = name): ParseResult<T> {
  if (typeof schema === 'function') {
    let issues: $ZodIssue[];
    try {
      issues = schema(value);
    } catch {
      return { ok: false, error: unreadable(name, value, lang) };
    }
    if (!issues.length) return { ok: true, value: value as T };
    const placed = issues.map((issue) => ({ ...issue, path: [name, ...issue.path] }) as $ZodIssue);
    return {
      ok: false,
      error: new BspError({ code: 'invalid-input', message: format(errorMessages, lang, 'invalid-input', { what }), issues: toIssues(placed, lang, { [name]: value }) }),
    };
  }
  const result = parseWith(object({ [name]: schema }), { [name]: value }, { what, lang, code: 'invalid-input' });
  if (result.ok) return { ok: true, value: (result.value as Record<string, T>)[name] as T };
  // A value that threw while being read is reported at the root: it is the property itself.
  const root = describePath([], lang);
  for (const issue of result.error.issues) {
    if (issue.path === root) Object.assign(issue, { path: name, field: describePath([name], lang) });
  }
  return result;
}
