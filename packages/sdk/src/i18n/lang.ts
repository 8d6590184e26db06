/** The languages every user-facing string ships in: bokmål, nynorsk, English. */
export const LANGS = ['nb', 'nn', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nb';

/** A piece of content text in all three languages (domain data, not UI chrome). */
export interface LocalizedText {
  nb: string;
  nn: string;
  en: string;
}

/** Content text in bokmål, nynorsk and English, in that order (used for all shipped content). */
export function localized(nb: string, nn: string, en: string): LocalizedText {
  return { nb, nn, en };
}

/** Narrows any string (an attribute value, `document.documentElement.lang`) to a Lang. */
export function toLang(value: string | null | undefined, fallback: Lang = DEFAULT_LANG): Lang {
  if (!value) return fallback;
  const v = value.toLowerCase();
  if (v === 'nb' || v === 'no' || v.startsWith('nb-') || v.startsWith('no-')) return 'nb';
  if (v === 'nn' || v.startsWith('nn-')) return 'nn';
  if (v === 'en' || v.startsWith('en-')) return 'en';
  return fallback;
}

/** Picks the text for a language. */
export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang];
}
