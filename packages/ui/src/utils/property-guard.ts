import { BspError, describeType, errorMessages, format, type Lang, type MessageCatalog } from '@bsp/sdk';

/**
 * How much host data a widget reads at its boundary (a `record`, an `overlay`, `childOptions`).
 * Real records are a few hundred values, a handful of levels deep and well under 100,000
 * characters; past these bounds a value is refused with the error view before anything
 * copies, validates or renders it. Counting is by visits, so an object that reuses one child
 * under two keys at every level (2^depth visits for JSON.stringify) is stopped, not expanded.
 */
export interface HostDataLimits {
  depth: number;
  values: number;
  characters: number;
}

export const HOST_DATA_LIMITS: Readonly<HostDataLimits> = { depth: 32, values: 10_000, characters: 1_000_000 };

/** Longest text accepted in a string property (a FHIR reference, a URL, a draft key, a name). */
export const MAX_PROPERTY_TEXT = 2_000;

type BoundaryKey = 'tooDeep' | 'tooManyValues' | 'tooMuchText';

/** Why host data was refused, after its path in the error view's issue line. */
export const boundaryMessages: MessageCatalog<BoundaryKey> = {
  nb: {
    tooDeep: 'har for mange nivåer inni hverandre: høyst {max}',
    tooManyValues: 'har for mange verdier: høyst {max}',
    tooMuchText: 'har for mye tekst: høyst {max} tegn',
  },
  nn: {
    tooDeep: 'har for mange nivå inni kvarandre: høgst {max}',
    tooManyValues: 'har for mange verdiar: høgst {max}',
    tooMuchText: 'har for mykje tekst: høgst {max} teikn',
  },
  en: {
    tooDeep: 'is nested too deeply: at most {max} levels',
    tooManyValues: 'has too many values: at most {max}',
    tooMuchText: 'has too much text: at most {max} characters',
  },
};

const number = (lang: Lang, n: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO').format(n);

/** A `bsp-error` for one property: the widget's "value is invalid" line, then what is wrong where. */
export function propertyIssueError(lang: Lang, property: string, path: readonly PropertyKey[], message: string): BspError {
  return new BspError({
    code: 'invalid-input',
    message: format(errorMessages, lang, 'invalid-input', { what: property }),
    issues: [{ path: [property, ...path.map(String)].join('.'), message }],
  });
}

/** The kind of a host value in the reader's words, never throwing (a Proxy may). */
function kindOf(value: unknown, lang: Lang): string {
  try {
    return describeType(value, lang);
  } catch {
    return typeof value;
  }
}

/**
 * A public property a host set to the wrong kind of value, as the error the widget shows
 * (naming the property) instead of throwing into the host (issue 11).
 */
export function propertyError(lang: Lang, property: string, expected: string, value?: unknown): BspError {
  return propertyIssueError(lang, property, [], format(errorMessages, lang, 'wrongType', { expected, received: kindOf(value, lang) }));
}

/**
 * The error for the first of `names` on `target` that is neither text nor unset, or text
 * longer than MAX_PROPERTY_TEXT; undefined when all are fine. Null and undefined mean "unset"
 * (Lit sets null when an attribute is removed).
 */
export function checkTextProperties(target: object, names: readonly string[], lang: Lang): BspError | undefined {
  for (const name of names) {
    const value = (target as Record<string, unknown>)[name];
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string') return propertyError(lang, name, format(errorMessages, lang, 'type.string'), value);
    if (value.length > MAX_PROPERTY_TEXT) return propertyIssueError(lang, name, [], format(errorMessages, lang, 'tooLong', { max: number(lang, MAX_PROPERTY_TEXT) }));
  }
  return undefined;
}

export type HostDataResult = { ok: true; value: unknown } | { ok: false; error: BspError };

type Container = Record<string, unknown> | unknown[];

/** An array, or an object whose own fields are its data (plain, null-prototype or a class instance). */
function isWalked(value: object): boolean {
  return Array.isArray(value) || Object.prototype.toString.call(value) === '[object Object]';
}

/**
 * A plain copy of host data, each value read exactly once and within HOST_DATA_LIMITS, or the
 * error naming the property (and the path inside it) when reading throws (a throwing getter, a
 * revoked Proxy), the value is too deep or too big, or holds an object that is not JSON data
 * (a Date, a Map). A framework's reactive Proxy (Vue) is read like the object it wraps; other
 * values (numbers, functions, symbols) are kept for the schema to refuse by kind.
 */
export function readHostData(value: unknown, property: string, lang: Lang, limits: Readonly<HostDataLimits> = HOST_DATA_LIMITS): HostDataResult {
  const refuse = (path: readonly PropertyKey[], message: string): HostDataResult => ({ ok: false, error: propertyIssueError(lang, property, path, message) });
  const over = (path: readonly PropertyKey[], key: BoundaryKey, max: number) => refuse(path, format(boundaryMessages, lang, key, { max: number(lang, max) }));
  const unreadable = (path: readonly PropertyKey[]) => refuse(path, format(errorMessages, lang, 'unreadable'));
  let values = 0;
  let characters = 0;
  const root: Record<string, unknown> = {};
  // Depth first with an explicit stack: no recursion, so depth costs no call stack.
  const stack: { from: unknown; into: Container; key: string | number; path: PropertyKey[] }[] = [{ from: value, into: root, key: 'value', path: [] }];
  while (stack.length) {
    const { from, into, key, path } = stack.pop()!;
    if (++values > limits.values) return over([], 'tooManyValues', limits.values);
    let copy: unknown = from;
    if (typeof from === 'string') {
      characters += from.length;
      if (characters > limits.characters) return over([], 'tooMuchText', limits.characters);
    } else if (from !== null && typeof from === 'object') {
      let keys: (string | number)[];
      let isArray: boolean;
      try {
        // Dates, Maps, RegExps, typed arrays: not JSON data, refused by their kind.
        if (!isWalked(from)) return refuse(path, format(errorMessages, lang, 'wrongType', { expected: 'JSON', received: kindOf(from, lang) }));
        // The count before the keys: a length of 1e9 must not allocate them.
        isArray = Array.isArray(from);
        const count = isArray ? (from as unknown[]).length : 0;
        if (values + stack.length + count > limits.values) return over(path, 'tooManyValues', limits.values);
        keys = isArray ? Array.from({ length: count }, (_, i) => i) : Object.keys(from);
      } catch {
        return unreadable(path);
      }
      if (path.length >= limits.depth) return over(path, 'tooDeep', limits.depth);
      if (values + stack.length + keys.length > limits.values) return over(path, 'tooManyValues', limits.values);
      const container: Container = isArray ? new Array<unknown>(keys.length) : {};
      // Pushed last to first, so they are copied (and object keys defined) in the host's order.
      for (const childKey of keys.reverse()) {
        if (typeof childKey === 'string') characters += childKey.length;
        let child: unknown;
        try {
          child = (from as Record<string | number, unknown>)[childKey];
        } catch {
          return unreadable([...path, childKey]);
        }
        stack.push({ from: child, into: container, key: childKey, path: [...path, childKey] });
      }
      if (characters > limits.characters) return over([], 'tooMuchText', limits.characters);
      copy = container;
    }
    // Defined, not assigned: a "__proto__" key stays a field and never sets a prototype.
    Object.defineProperty(into, key, { value: copy, enumerable: true, writable: true, configurable: true });
  }
  return { ok: true, value: root['value'] };
}
