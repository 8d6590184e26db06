import type { CodeSystemConceptDesignation, Element } from 'fhir/r4.js';
import type { ContentRef, Lang, LocalizedText, Text } from '../i18n/lang.js';
import { languages, loadLanguage, ownLookup, ROOT_LANG } from '../i18n/registry.js';
import { TRANSLATION_URL } from './canonical.js';

/** Definitions are written in bokmål; every other registered language travels as a translation. */
export const BASE_LANG = ROOT_LANG;

/**
 * The registered languages (from the registry, so a language a host registers is included)
 * other than bokmål in which the text has its own wording (the content of nn and en must be
 * registered or loaded: `@bsp/sdk/languages/nn`, `loadLanguage('nn')`). A language without its own text is
 * left out rather than given bokmål under its code: renderers fall back to the base text.
 */
function ownTranslations(text: Text): [Lang, string][] {
  return languages().flatMap((lang) => {
    if (lang === BASE_LANG) return [];
    const ref = text as Partial<ContentRef>;
    const value = ref.area && ref.key ? ownLookup(ref.area, ref.key, lang) : (text as LocalizedText)[lang];
    return value ? [[lang, value] as [Lang, string]] : [];
  });
}

/**
 * The primitive extension (`_text`, `_title`, `_display`) carrying the other languages with the
 * FHIR translation extension, so one resource serves nb, nn and en. Undefined when the text has
 * no other language (an element with no extension would break ele-1).
 */
export function translations(text: Text): Element | undefined {
  const others = ownTranslations(text);
  if (!others.length) return undefined;
  return {
    extension: others.map(([lang, value]) => ({
      url: TRANSLATION_URL,
      extension: [
        { url: 'lang', valueCode: lang },
        { url: 'content', valueString: value },
      ],
    })),
  };
}

/** The same for a CodeSystem concept: a designation per other language. */
export function designations(text: Text): CodeSystemConceptDesignation[] | undefined {
  const others = ownTranslations(text);
  return others.length ? others.map(([language, value]) => ({ language, value })) : undefined;
}

/**
 * Loads the text of every registered language, so a Questionnaire built next carries all its
 * translations: the published one, byte for byte (a widget on a bokmål page has loaded bokmål
 * only, and one url|version must never name two different resources; issue 31).
 */
export async function loadFhirTranslations(): Promise<void> {
  await Promise.all(languages().map((lang) => loadLanguage(lang)));
}
