import { BspError, errorMessages, format, type Lang } from '@bsp/sdk';

/**
 * A public property a host set to the wrong kind of value, as the error the widget shows
 * (naming the property) instead of throwing into the host (issue 11).
 */
export function propertyError(lang: Lang, property: string, expected: string): BspError {
  return new BspError({
    code: 'invalid-input',
    message: format(errorMessages, lang, 'invalid-input', { what: property }),
    issues: [{ path: property, message: format(errorMessages, lang, 'wrongType', { expected }) }],
  });
}

/** The first of `names` whose value on `target` is not a string, if any. */
export function firstNonString(target: object, names: readonly string[]): string | undefined {
  return names.find((name) => typeof (target as Record<string, unknown>)[name] !== 'string');
}

/**
 * A plain copy of host data, read exactly once, or `ok: false` when reading it throws (a
 * throwing getter, a revoked Proxy). structuredClone refuses any Proxy, so a framework's
 * reactive Proxy (Vue) is copied through JSON instead.
 */
export function plainCopy(value: unknown): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: structuredClone(value) };
  } catch {
    try {
      return { ok: true, value: value === undefined ? undefined : JSON.parse(JSON.stringify(value)) };
    } catch {
      return { ok: false };
    }
  }
}
