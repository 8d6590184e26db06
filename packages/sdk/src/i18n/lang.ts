import { fallbackChain, isLanguage, languages, lookup, ROOT_LANG, type Lang, type TextArea } from './registry.js';

export type { Lang };
export const DEFAULT_LANG: Lang = ROOT_LANG;

/**
 * Content text given per language (overlays, CSV and JSON catalogs, host overrides): bokmål
 * required, any other registered language optional; a missing language falls back.
 */
export type LocalizedText = { readonly nb: string } & { readonly [lang: string]: string | undefined };

/** Shipped content: a key into an area's per-language modules (`roles` / `helsepersonell.name`). */
export interface ContentRef {
  readonly area: TextArea<string, string>;
  readonly key: string;
}

/** Content text as data holds it: keyed (shipped content) or given per language (from outside). */
export type Text = LocalizedText | ContentRef;

/** Content text in bokmål, nynorsk and English, in that order (content not yet keyed). */
export function localized(nb: string, nn: string, en: string): LocalizedText {
  return { nb, nn, en };
}

/** A function giving typed references into one area: a key bokmål lacks is a type error. */
export function contentKeys<K extends string>(area: TextArea<K, string>): (key: K) => ContentRef {
  return (key) => ({ area: area as TextArea<string, string>, key });
}

/**
 * Narrows any string (an attribute value, `document.documentElement.lang`) to a registered
 * language: `nn-NO` → nn, `no` → nb; anything unregistered → `fallback`.
 */
export function toLang(value: string | null | undefined, fallback: Lang = DEFAULT_LANG): Lang {
  if (!value) return fallback;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'no') return 'nb';
  return isLanguage(primary) ? primary : fallback;
}

function isRef(text: Text): text is ContentRef {
  return typeof (text as Partial<ContentRef>).area === 'object';
}

/** The text in a language, following the fallback chain (nn → nb, se → nb). */
export function pick(text: Text, lang: Lang): string {
  if (isRef(text)) return lookup(text.area, text.key, lang) ?? '';
  for (const code of fallbackChain(lang)) {
    const value = text[code];
    if (value) return value;
  }
  return text.nb;
}

/** The text in every registered language, as plain data (for export, JSON, validation). */
export function textByLanguage(text: Text): LocalizedText {
  return { ...Object.fromEntries(languages().map((lang) => [lang, pick(text, lang)])), nb: pick(text, ROOT_LANG) };
}
