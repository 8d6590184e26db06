// Checks of the values a host sets on a widget: plain functions, in every widget's first load
// (they run on every first render), and the kind of a value in words (`describeType`), which the
// checklist's and consent form's property checks give at once. The wording of a failed check is
// host-values.ts, loaded on demand. (`describeType` in a module of its own would leave the role
// panel's and finder's first load, 0.15 KB, but through bsp-all it becomes a `shared-core` chunk
// the consent form and checklist then fetch after their own: one request more, 0.7 KB more.)
import type { $ZodIssue } from 'zod/v4/core';
import type { Lang } from '../i18n/lang.js';
import { languages } from '../i18n/registry.js';
import { format, type MessageOverrides } from '../i18n/messages.js';
import { errorMessages } from './bsp-error.js';

/**
 * A hand-written check of one value a host hands a widget: the issues found (paths relative to
 * the value, in zod's issue shape so one module words them all), or none. `T` is the type a
 * value has once it passes. Plain functions rather than zod schemas: a widget's properties are
 * checked on every first render, and zod is then not in the bundle until host data needs it.
 */
export type HostValueCheck<T = unknown> = ((value: unknown) => $ZodIssue[]) & { readonly __checks?: T };

const wrongType = (expected: string, path: PropertyKey[] = []): $ZodIssue =>
  ({ code: 'invalid_type', expected, path, message: '' }) as $ZodIssue;

const typeCheck =
  <T>(expected: 'string' | 'number' | 'boolean', accepts: (value: unknown) => boolean): HostValueCheck<T> =>
  (value) => (accepts(value) ? [] : [wrongType(expected)]);

/** Checks for widget properties, so widget packages validate their own properties in one way. */
export const hostValue = {
  oneOf:
    <const V extends readonly [string, ...string[]]>(values: V): HostValueCheck<V[number]> =>
    (value) => (values.includes(value as string) ? [] : [{ code: 'invalid_value', values: [...values], path: [], message: '' } as $ZodIssue]),
  text: () => typeCheck<string>('string', (value) => typeof value === 'string'),
  // zod's number(): no NaN, no ±Infinity.
  number: () => typeCheck<number>('number', (value) => typeof value === 'number' && Number.isFinite(value)),
  boolean: () => typeCheck<boolean>('boolean', (value) => typeof value === 'boolean'),
};

/** `messages` on a widget or the provider: `{ nb?: { key: 'text' }, nn?: …, en?: … }`, plain objects only. */
export const checkMessageOverrides: HostValueCheck<MessageOverrides> = (value) => {
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
export const checkHeadingLevel: HostValueCheck<number> = (value) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 6
    ? []
    : [{ code: 'invalid_value', values: [1, 2, 3, 4, 5, 6], path: [], message: '' } as $ZodIssue];


/** Whether a value passes its check; a check that throws (a Proxy, a getter) is a failure. */
export function passes(check: HostValueCheck, value: unknown): boolean {
  try {
    return check(value).length === 0;
  } catch {
    return false;
  }
}

/** A JSON-like object: made by `{}`, `JSON.parse` or `Object.create(null)`; not a Date, Map or class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  try {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
  } catch {
    return false;
  }
}

type BasicKey = keyof (typeof errorMessages)['nb'];
const t = (lang: Lang, key: BasicKey, params: Record<string, string | number> = {}) => format(errorMessages, lang, key, params);

/** The kind of a value in the reader's words: "tekst", "tall", "liste", "null", … */
export function describeType(value: unknown, lang: Lang): string {
  if (value === null) return t(lang, 'type.null');
  if (Array.isArray(value)) return t(lang, 'type.array');
  if (typeof value === 'number' && Number.isNaN(value)) return t(lang, 'type.nan');
  if (typeof value === 'object' && !isPlainObject(value)) return t(lang, 'type.other', { type: className(value) });
  const kind = typeof value;
  if (kind === 'string' || kind === 'number' || kind === 'boolean' || kind === 'object' || kind === 'function') {
    return t(lang, `type.${kind}`);
  }
  return t(lang, 'type.other', { type: kind });
}

function className(value: object): string {
  try {
    const name: unknown = Object.getPrototypeOf(value)?.constructor?.name;
    return typeof name === 'string' && name ? name : 'object';
  } catch {
    return 'object';
  }
}

