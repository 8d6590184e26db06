import type { Lang, LocalizedText } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import { errorMessages } from './bsp-error.js';

/**
 * How a field path is read by a web editor: `units.1.email` becomes "enhet 2, e-post" (nb),
 * "eining 2, e-post" (nn), "unit 2, email" (en). A word names one item (used before its number
 * when the key holds a list); `list` names the list as a whole when no item is meant.
 */
export interface PathWord extends LocalizedText {
  list?: LocalizedText;
}

const w = (nb: string, nn: string, en: string, list?: LocalizedText): PathWord => ({ nb, nn, en, ...(list ? { list } : {}) });
const l = (nb: string, nn: string, en: string): LocalizedText => ({ nb, nn, en });

/** The shared vocabulary: directory, catalog and the widgets' shared properties. */
const vocabulary = new Map<string, PathWord>(
  Object.entries({
    // Languages of localized text.
    nb: w('bokmål', 'bokmål', 'Bokmål'),
    nn: w('nynorsk', 'nynorsk', 'Nynorsk'),
    en: w('engelsk', 'engelsk', 'English'),
    // Directory (directory/directory.ts).
    municipality: w('kommune', 'kommune', 'municipality'),
    coordinator: w('koordinator', 'koordinator', 'coordinator'),
    units: w('enhet', 'eining', 'unit', l('enheter', 'einingar', 'units')),
    id: w('id', 'id', 'id'),
    name: w('navn', 'namn', 'name'),
    agency: w('virksomhet', 'verksemd', 'agency'),
    parentId: w('overordnet enhet', 'overordna eining', 'parent unit'),
    barneansvarlig: w('barneansvarlig', 'barneansvarleg', 'child responsible person', l('barneansvarlige', 'barneansvarlege', 'child responsible persons')),
    deputy: w('stedfortreder', 'stadfortredar', 'deputy'),
    leader: w('leder', 'leiar', 'leader'),
    title: w('tittel', 'tittel', 'title'),
    phone: w('telefon', 'telefon', 'phone'),
    email: w('e-post', 'e-post', 'email'),
    reachable: w('når de kan nås', 'når dei kan nåast', 'when they can be reached'),
    links: w('lenke', 'lenkje', 'link', l('lenker', 'lenkjer', 'links')),
    label: w('lenketekst', 'lenkjetekst', 'link text'),
    href: w('adresse', 'adresse', 'address'),
    // Catalog (catalog/schema.ts).
    services: w('tjeneste', 'teneste', 'service', l('tjenester', 'tenester', 'services')),
    description: w('beskrivelse', 'skildring', 'description'),
    url: w('nettadresse', 'nettadresse', 'web address'),
    status: w('status', 'status', 'status'),
    organization: w('organisasjon', 'organisasjon', 'organisation'),
    eligibility: w('hvem det er for', 'kven det er for', 'who it is for'),
    age_min: w('laveste alder', 'lågaste alder', 'minimum age'),
    age_max: w('høyeste alder', 'høgaste alder', 'maximum age'),
    whose_illness: w('hvem som er syk', 'kven som er sjuk', 'whose illness'),
    situations: w('situasjon', 'situasjon', 'situation', l('situasjoner', 'situasjonar', 'situations')),
    audience: w('målgruppe', 'målgruppe', 'audience', l('målgrupper', 'målgrupper', 'audiences')),
    format: w('form', 'form', 'format', l('former', 'former', 'formats')),
    languages: w('språk', 'språk', 'language', l('språk', 'språk', 'languages')),
    cost: w('pris', 'pris', 'cost'),
    referral_required: w('henvisning', 'tilvising', 'referral'),
    area: w('område', 'område', 'area', l('områder', 'område', 'areas')),
    phones: w('telefon', 'telefon', 'phone', l('telefoner', 'telefonar', 'phones')),
    number: w('nummer', 'nummer', 'number'),
    schedule: w('åpningstid', 'opningstid', 'opening hours'),
    last_checked: w('sist kontrollert', 'sist kontrollert', 'last checked'),
    sources: w('kilde', 'kjelde', 'source', l('kilder', 'kjelder', 'sources')),
    // Shared widget properties and provider configuration (ui/base, ui/provider).
    messages: w('tekster (messages)', 'tekstar (messages)', 'texts (messages)'),
    storage: w('lagring (storage)', 'lagring (storage)', 'storage'),
    metrics: w('målinger (metrics)', 'målingar (metrics)', 'metrics'),
    lang: w('språk (lang)', 'språk (lang)', 'language (lang)'),
    config: w('konfigurasjon (config)', 'konfigurasjon (config)', 'configuration (config)'),
    directory: w('oversikt over enheter (directory)', 'oversikt over einingar (directory)', 'unit directory (directory)'),
    catalog: w('tilbudskatalog (catalog)', 'tilbodskatalog (catalog)', 'service catalog (catalog)'),
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

/** The word for one key, or the key itself when none is known. */
export function pathWord(key: string, lang: Lang, asList = false): string {
  const word = vocabulary.get(key);
  if (!word) return key;
  return asList && word.list ? word.list[lang] : word[lang];
}

const MAX_SHOWN_KEY = 60;

/**
 * A path in words, counted from 1: `['units', 1, 'email']` → "enhet 2, e-post".
 * An index with no key before it (a row of a top-level list) reads "nr. 2".
 */
export function describePath(path: readonly PropertyKey[], lang: Lang): string {
  if (!path.length) return format(errorMessages, lang, 'root');
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const next = path[i + 1];
    if (typeof segment === 'number') {
      parts.push(format(errorMessages, lang, 'item', { n: segment + 1 }));
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
