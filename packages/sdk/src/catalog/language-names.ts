import type { Lang } from '../i18n/lang.js';

const displayNames = new Map<Lang, Intl.DisplayNames | null>();

/**
 * A language code as its name in the reader's language ("ar" → "Arabisk" / "Arabic"), for the
 * finder's language facet. Unknown or malformed codes stay as given.
 */
export function languageName(code: string, lang: Lang): string {
  if (!displayNames.has(lang)) {
    try {
      displayNames.set(lang, new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' }));
    } catch {
      displayNames.set(lang, null);
    }
  }
  let name: string | undefined;
  try {
    name = displayNames.get(lang)?.of(code);
  } catch {
    name = undefined;
  }
  return name ? name.charAt(0).toLocaleUpperCase(lang) + name.slice(1) : code;
}
