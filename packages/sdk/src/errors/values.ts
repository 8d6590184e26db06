// Reading host values safely (own properties only, never throwing) and naming their kind: used
// by every widget's first render (property checks, the host-data boundary). The wording of
// what is wrong (parse.ts, path-words.ts) loads only when something is.
import type { Lang } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import { errorMessages } from './bsp-error.js';

type ErrorKey = keyof (typeof errorMessages)['nb'];
const t = (lang: Lang, key: ErrorKey, params: Record<string, string | number> = {}) => format(errorMessages, lang, key, params);

/** `units.2.name`: the field path as a host would look for it in its JSON. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** What was found at a path: absent, a value, or something that threw when read (a hostile getter or Proxy). */
export type FoundValue = { present: false } | { present: true; value: unknown } | { present: true; unreadable: true };

/**
 * Walks `input` along `path` with own-property access only, so a key like `toString` or
 * `__proto__` finds nothing rather than `Object.prototype`'s members. zod/mini issues carry no
 * input; this is how messages can say "wrong type" rather than "missing".
 */
export function valueAt(input: unknown, path: readonly PropertyKey[]): FoundValue {
  let value = input;
  try {
    for (const key of path) {
      if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return { present: false };
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (!descriptor) return { present: false };
      value = 'value' in descriptor ? descriptor.value : descriptor.get?.call(value);
    }
  } catch {
    return { present: true, unreadable: true };
  }
  return value === undefined ? { present: false } : { present: true, value };
}

const MAX_VISITED = 10_000;

/**
 * Where reading a value throws (a Proxy trap, a getter): the first such path, breadth first,
 * or undefined when none is found within a bounded walk (deep or huge inputs stay cheap).
 */
export function findUnreadable(input: unknown): PropertyKey[] | undefined {
  const queue: { value: unknown; path: PropertyKey[] }[] = [{ value: input, path: [] }];
  for (let visited = 0; queue.length && visited < MAX_VISITED; visited++) {
    const { value, path } = queue.shift()!;
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) continue;
    let keys: PropertyKey[];
    try {
      keys = Reflect.ownKeys(value);
    } catch {
      return path;
    }
    for (const ownKey of keys) {
      // Array indices as numbers, as zod reports them (and so they read "enhet 2").
      const key = Array.isArray(value) && typeof ownKey === 'string' && /^\d+$/.test(ownKey) ? Number(ownKey) : ownKey;
      const child = valueAt(value, [key]);
      if ('unreadable' in child) return [...path, key];
      if (child.present && 'value' in child) queue.push({ value: child.value, path: [...path, key] });
    }
  }
  return undefined;
}

const MAX_SHOWN_VALUE = 40;

/** A short, single-line rendering of a host value for a message (shown as text, never markup). */
export function shownValue(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const oneLine = text.replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return oneLine.length > MAX_SHOWN_VALUE ? `${oneLine.slice(0, MAX_SHOWN_VALUE - 1)}…` : oneLine;
}

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

function className(value: object): string {
  try {
    const name: unknown = Object.getPrototypeOf(value)?.constructor?.name;
    return typeof name === 'string' && name ? name : 'object';
  } catch {
    return 'object';
  }
}

