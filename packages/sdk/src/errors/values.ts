// Reading host values safely (own properties only, never throwing) and showing them in a
// message: used only by the wording of what is wrong (parse.ts, host-values.ts, the catalogue
// import), which loads on demand. What every first render needs to check host values is in
// host-checks.ts (`isPlainObject`, `describeType`).

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
