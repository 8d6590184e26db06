import type { CodeSystemConceptDesignation, Element } from 'fhir/r4';
import { LANGS, type Lang, type LocalizedText } from '../i18n/lang.js';
import { TRANSLATION_URL } from './canonical.js';

/** Definitions are written in bokmål; nynorsk and English travel as translations. */
export const BASE_LANG: Lang = 'nb';

const others = LANGS.filter((l) => l !== BASE_LANG);

/**
 * The primitive extension (`_text`, `_title`, `_display`) carrying the other languages with the
 * FHIR translation extension, so one resource serves nb, nn and en.
 */
export function translations(text: LocalizedText): Element {
  return {
    extension: others.map((lang) => ({
      url: TRANSLATION_URL,
      extension: [
        { url: 'lang', valueCode: lang },
        { url: 'content', valueString: text[lang] },
      ],
    })),
  };
}

/** The same for a CodeSystem concept: designations in nn and en. */
export function designations(text: LocalizedText): CodeSystemConceptDesignation[] {
  return others.map((lang) => ({ language: lang, value: text[lang] }));
}
