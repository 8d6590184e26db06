import { pick, type Lang, type LocalizedText } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import { errorIssueMessages } from './issue-messages.js';

/**
 * How a field path is read by a web editor: `units.1.email` becomes "enhet 2, e-post" (nb),
 * "eining 2, e-post" (nn), "unit 2, email" (en). A word names one item (used before its number
 * when the key holds a list); `list` names the list as a whole when no item is meant.
 */
export interface PathWord {
  readonly nb: string;
  readonly [lang: string]: string | LocalizedText | undefined;
  readonly list?: LocalizedText;
}

/** Table helpers for vocabularies: `w(nb, nn, en, list?)` and `l(nb, nn, en)`. */
export const w = (nb: string, nn: string, en: string, list?: LocalizedText): PathWord => ({ nb, nn, en, ...(list ? { list } : {}) });
export const l = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });

/**
 * The shared vocabulary: languages and the widgets' shared properties. Each data module adds
 * its own words when it parses (directory, catalog), so a bundle carries only the words it uses.
 */
const vocabulary = new Map<string, PathWord>(
  Object.entries({
    // Languages of localized text.
    nb: w('bokmål', 'bokmål', 'Bokmål'),
    nn: w('nynorsk', 'nynorsk', 'Nynorsk'),
    en: w('engelsk', 'engelsk', 'English'),
    // Shared widget properties and provider configuration (ui/base, ui/provider).
    messages: w('tekster (messages)', 'tekstar (messages)', 'texts (messages)'),
    storage: w('lagring (storage)', 'lagring (storage)', 'storage'),
    metrics: w('målinger (metrics)', 'målingar (metrics)', 'metrics'),
    lang: w('språk (lang)', 'språk (lang)', 'language (lang)'),
    config: w('konfigurasjon (config)', 'konfigurasjon (config)', 'configuration (config)'),
    directory: w('oversikt over enheter (directory)', 'oversikt over einingar (directory)', 'list of units (directory)'),
    catalog: w('tilbudskatalog (catalog)', 'tilbodskatalog (catalog)', 'service catalogue (catalog)'),
    procedure: w('prosedyre (procedure)', 'prosedyre (procedure)', 'procedure'),
    rolePanelUrl: w('adresse til rollepanelet (rolePanelUrl)', 'adresse til rollepanelet (rolePanelUrl)', 'role panel address (rolePanelUrl)'),
    json: w('JSON', 'JSON', 'JSON'),
    header: w('overskriftsrad', 'overskriftsrad', 'header row'),
  }),
);

/**
 * Adds or replaces words for path segments, e.g. `{ children: { nb: 'barn', nn: 'barn',
 * en: 'child', list: {…} } }` from the routine module. Later entries win.
 */
export function addPathWords(words: Readonly<Record<string, PathWord>>): void {
  for (const [key, word] of Object.entries(words)) vocabulary.set(key, word);
}

/** Every word known now (the language tests spell- and glossary-check them); not exported by the SDK. */
export function knownPathWords(): ReadonlyMap<string, PathWord> {
  return vocabulary;
}

/** The word for one key, or the key itself when none is known. */
export function pathWord(key: string, lang: Lang, asList = false): string {
  const word = vocabulary.get(key);
  if (!word) return key;
  return asList && word.list ? pick(word.list, lang) : pick(word as LocalizedText, lang);
}

const MAX_SHOWN_KEY = 60;

/**
 * A path in words, counted from 1: `['units', 1, 'email']` → "enhet 2, e-post".
 * An index with no key before it (a row of a top-level list) reads "nr. 2".
 */
export function describePath(path: readonly PropertyKey[], lang: Lang): string {
  if (!path.length) return format(errorIssueMessages, lang, 'root');
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const next = path[i + 1];
    if (typeof segment === 'number') {
      parts.push(format(errorIssueMessages, lang, 'item', { n: segment + 1 }));
      continue;
    }
    // Keys come from host data (unknown keys, record keys): shown shortened, never as markup.
    const key = String(segment).slice(0, MAX_SHOWN_KEY);
    if (typeof next === 'number') {
      parts.push(`${pathWord(key, lang)} ${next + 1}`);
      i++;
    } else parts.push(pathWord(key, lang, true));
  }
  return parts.join(', ');
}
