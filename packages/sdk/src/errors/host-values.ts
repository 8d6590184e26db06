import type { $ZodType } from 'zod/v4/core';
import { array, boolean, custom, enum as zEnum, number, object, optional, pipe, record, strictObject, string } from 'zod/mini';
import type { Lang } from '../i18n/lang.js';
import type { MessageOverrides } from '../i18n/messages.js';
import type { MetricsSink } from '../metrics.js';
import type { StorageAdapter } from '../storage/storage-adapter.js';
import { isPlainObject, parseWith, type ParseResult } from './parse.js';
import { describePath } from './path-words.js';

/** A schema for a value a host hands a widget (a property, an attribute, a config part). */
export type HostValueSchema<T> = $ZodType<T>;

/** `custom` whose message the error module words as "wrong type: expected function, got …". */
const fn = <T>() => custom<T>((value) => typeof value === 'function', { message: 'expected:function' });

/**
 * Small schema builders for widget properties, so widget packages validate their own
 * properties without depending on zod themselves.
 */
export const hostValue = {
  oneOf: <const V extends readonly [string, ...string[]]>(values: V) => zEnum(values),
  text: () => string(),
  number: () => number(),
  boolean: () => boolean(),
  list: <T>(item: HostValueSchema<T>) => array(item),
  record: <T>(value: HostValueSchema<T>) => record(string(), value),
  function: fn,
  optional: <T>(schema: HostValueSchema<T>) => optional(schema),
};

const overridesOfOneLang = optional(record(string(), string()));

/** `messages` on a widget or the provider: `{ nb?: { key: 'text' }, nn?: …, en?: … }`. */
export const messageOverridesSchema: HostValueSchema<MessageOverrides> = plainObject(strictObject({ nb: overridesOfOneLang, nn: overridesOfOneLang, en: overridesOfOneLang }));

/**
 * Refuses values that are not JSON-like objects (a Date, Map or class instance where data is
 * expected) before `schema` looks at them: zod's object schemas accept any non-array object.
 */
export function plainObject<T>(schema: HostValueSchema<T>): HostValueSchema<T> {
  return pipe(custom<unknown>((value) => isPlainObject(value), { message: 'expected:object' }), schema) as unknown as HostValueSchema<T>;
}

/** `storage`: an object with get, set and remove (a class instance is fine: its methods are checked, not copied). */
export const storageAdapterSchema: HostValueSchema<StorageAdapter> = object({ get: fn(), set: fn(), remove: fn() }) as unknown as HostValueSchema<StorageAdapter>;

/** `metrics`: a function receiving each metric. */
export const metricsSinkSchema: HostValueSchema<MetricsSink> = fn<MetricsSink>();

/**
 * Validates one value a host set on a widget, naming it: the paths start with the property
 * name (`messages.nb.heading`, in words "tekster (messages), bokmål, heading"). Never throws.
 */
export function checkHostValue<T>(name: string, schema: HostValueSchema<T>, value: unknown, lang: Lang, what = name): ParseResult<T> {
  const result = parseWith(object({ [name]: schema }), { [name]: value }, { what, lang, code: 'invalid-input' });
  if (result.ok) return { ok: true, value: (result.value as Record<string, T>)[name] as T };
  // A value that threw while being read is reported at the root: it is the property itself.
  const root = describePath([], lang);
  for (const issue of result.error.issues) {
    if (issue.path === root) Object.assign(issue, { path: name, field: describePath([name], lang) });
  }
  return result;
}
