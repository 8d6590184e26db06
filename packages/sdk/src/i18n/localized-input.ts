import { looseObject, maxLength, minLength, string, superRefine, union } from 'zod/mini';
import type { LocalizedText } from './lang.js';
import { isLanguage } from './registry.js';

const text = () => string().check(minLength(1), maxLength(4000));

/**
 * Text from outside (catalogs): one string for every language, or an object per language with
 * bokmål required. Other keys pass validation and are kept only if they name a registered
 * language when normalized (so a language registered later is accepted too). A builder, not a
 * schema: the service schema builds it when it is first used, and bundles without a catalog
 * drop it.
 */
export const localizedTextInput = () =>
  union([
    text(),
    looseObject({ nb: text() }).check(
      // A registered language's text must be text too: `en: null` or `en: 42` is a mistake to
      // name, not a key to drop silently.
      superRefine((value, ctx) => {
        for (const [key, given] of Object.entries(value)) {
          if (key === 'nb' || !isLanguage(key)) continue;
          if (typeof given !== 'string') ctx.addIssue({ code: 'invalid_type', expected: 'string', path: [key], input: given });
          else if (given.length === 0) ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, path: [key], input: given });
          else if (given.length > 4000) ctx.addIssue({ code: 'too_big', origin: 'string', maximum: 4000, inclusive: true, path: [key], input: given });
        }
      }),
    ),
  ]);

/** Normalizes text from outside: registered languages with non-empty strings; the rest falls back. */
export function toLocalizedText(input: string | Readonly<Record<string, unknown>>, fallback?: LocalizedText): LocalizedText {
  if (typeof input === 'string') return { nb: input };
  const given = Object.entries(input).filter(
    (entry): entry is [string, string] => isLanguage(entry[0]) && typeof entry[1] === 'string' && entry[1] !== '',
  );
  const merged: Record<string, string | undefined> = { ...fallback, ...Object.fromEntries(given) };
  return { ...merged, nb: merged['nb'] ?? '' };
}
