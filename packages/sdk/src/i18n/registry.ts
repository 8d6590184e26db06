/**
 * The language registry: which languages exist, what each falls back to, and the text each
 * gives per area ("role-panel", "roles", "catalog", …). Every list of languages in the product
 * derives from here, so adding a language (Northern Sámi once a qualified translation exists)
 * is new files plus one `registerLanguage` call, not edits across the code.
 *
 * Bokmål is the root: every area carries its bokmål text statically (a missing bokmål key is a
 * type error), so text always resolves. Other languages are partial and fall back along their
 * chain (nn → nb, en → nb, se → nb). Shipped languages load their text per area on demand
 * (`loadLanguage`), so a bundle carries one language until the page asks for another.
 */

/** A registered language code ('nb', 'nn', 'en', or one a host registered). */
export type Lang = string;

/** The root language: every text exists in it. */
export const ROOT_LANG = 'nb';

/** A table of text for one area in one language. */
export type TextTable<V = string> = Readonly<Record<string, V | undefined>>;

/**
 * One area's text: bokmål inline (typed: its keys define the area), other languages loaded on
 * demand. `nn`/`en` inline are the older form, kept while areas move to per-language modules.
 */
export interface TextArea<K extends string = string, V = string> {
  /** The name registered languages give text under, e.g. `roles` (unnamed: inline text only). */
  readonly name?: string;
  readonly nb: Readonly<Record<K, V>>;
  readonly nn?: Readonly<Partial<Record<K, V>>>;
  readonly en?: Readonly<Partial<Record<K, V>>>;
  /** Loads this area's text in a language: `{ nn: () => import('./nn.js').then((m) => m.rolesNn) }`. */
  readonly load?: Readonly<Record<string, () => Promise<Readonly<Partial<Record<K, V>>>>>>;
}

export interface LanguageDefinition {
  code: string;
  /** The language to use where this one has no text; bokmål when left out. */
  fallback?: string;
  /** UI messages per area (`{ 'role-panel': { heading: '…' } }`); any subset of keys. */
  messages?: Readonly<Record<string, TextTable<unknown>>>;
  /** Content text per area (`{ roles: { 'helsepersonell.name': '…' } }`); any subset of keys. */
  content?: Readonly<Record<string, TextTable>>;
}

const fallbacks = new Map<string, string | undefined>();
/** Text given per language and area: by registerLanguage or loaded from an area's loaders. */
const texts = new Map<string, Map<string, Record<string, unknown>>>();
/** Every area that exists in this bundle, so a language load fetches only what is used. */
const areas = new Set<TextArea<string, unknown>>();
type Loader = () => Promise<TextTable<unknown>>;
/**
 * Loads by loader, not by area name: a widget's area shares its name with the SDK's (one table,
 * one override namespace) but brings its own loaders, and each must run.
 */
const loading = new Map<Loader, Promise<void>>();
const loaded = new WeakSet<Loader>();
/** Languages at least one of whose loads has finished (a failed one too: its text then falls back). */
const settled = new Set<string>();
let version = 0;

/**
 * Whether an area already has text for every bokmål key in `lang` without its own loader (a
 * statically imported language, or registerLanguage): then the loader need not run.
 */
function hasAllText(area: TextArea<string, unknown>, lang: string): boolean {
  const table = area.name === undefined ? undefined : texts.get(lang)?.get(area.name);
  return !!table && Object.keys(area.nb ?? {}).every((key) => table[key] !== undefined);
}

/** The loader still to run for an area in a language, if any. */
function pendingLoader(area: TextArea<string, unknown>, lang: string): Loader | undefined {
  const loader = area.load?.[lang];
  if (!loader || area.name === undefined || loaded.has(loader)) return undefined;
  if (!loading.has(loader) && hasAllText(area, lang)) {
    loaded.add(loader);
    return undefined;
  }
  return loader;
}

function addTexts(lang: string, area: string, table: TextTable<unknown>): void {
  let byArea = texts.get(lang);
  if (!byArea) texts.set(lang, (byArea = new Map()));
  byArea.set(area, { ...byArea.get(area), ...table });
  version += 1;
}

/** Registers a language (or adds text to one). Codes are lower-case BCP 47 primary subtags. */
export function registerLanguage(definition: LanguageDefinition): void {
  const code = definition.code.toLowerCase();
  if (!/^[a-z]{2,3}$/.test(code)) throw new RangeError(`Not a language code: ${definition.code}`);
  const fallback = code === ROOT_LANG ? undefined : (definition.fallback?.toLowerCase() ?? fallbacks.get(code) ?? ROOT_LANG);
  fallbacks.set(code, fallback);
  for (const group of [definition.messages, definition.content]) {
    for (const [area, table] of Object.entries(group ?? {})) {
      // An area whose keys are all given here (a statically imported language) is not fetched.
      addTexts(code, area, table);
    }
  }
  version += 1;
}

registerLanguage({ code: 'nb' });
registerLanguage({ code: 'nn', fallback: 'nb' });
registerLanguage({ code: 'en', fallback: 'nb' });

/** The registered languages, in registration order (nb, nn, en first). */
export function languages(): readonly string[] {
  return [...fallbacks.keys()];
}

export function isLanguage(code: string): boolean {
  return fallbacks.has(code);
}

/** The languages to look in, in order: the language itself, its fallbacks, ending in bokmål. */
export function fallbackChain(lang: Lang): readonly string[] {
  const chain: string[] = [];
  for (let code: string | undefined = lang; code && fallbacks.has(code) && !chain.includes(code); code = fallbacks.get(code)) {
    chain.push(code);
  }
  if (!chain.includes(ROOT_LANG)) chain.push(ROOT_LANG);
  return chain;
}

/** Grows whenever text is registered or loaded; caches built from text compare it. */
export function textsVersion(): number {
  return version;
}

/** Declares an area so language loads include it. Returns the area, for `export const x = defineArea(…)`. */
export function defineArea<K extends string, V>(area: TextArea<K, V>): TextArea<K, V> {
  areas.add(area as TextArea<string, unknown>);
  return area;
}

function inline<V>(area: TextArea<string, V>, lang: string): Readonly<Partial<Record<string, V>>> | undefined {
  return lang === 'nb' ? area.nb : lang === 'nn' ? area.nn : lang === 'en' ? area.en : undefined;
}

/** A table's own entry only: a key like `__proto__` or `toString` is not text (never Object.prototype's). */
function own<V>(table: Readonly<Partial<Record<string, V>>> | Record<string, unknown> | undefined, key: string): V | undefined {
  return table && Object.hasOwn(table, key) ? (table[key] as V | undefined) : undefined;
}

/** One key of an area in exactly that language (no fallback): undefined when it has no own text. */
export function ownLookup<V>(area: TextArea<string, V>, key: string, lang: Lang): V | undefined {
  const registered = area.name === undefined ? undefined : own<V>(texts.get(lang)?.get(area.name), key);
  return registered ?? own(inline(area, lang), key);
}

/** One key of an area in a language, following the fallback chain to bokmål. */
export function lookup<V>(area: TextArea<string, V>, key: string, lang: Lang): V | undefined {
  for (const code of fallbackChain(lang)) {
    const registered = area.name === undefined ? undefined : own<V>(texts.get(code)?.get(area.name), key);
    const value = registered ?? own(inline(area, code), key);
    if (value !== undefined) return value;
  }
  return undefined;
}


/**
 * Loads the text of a language (and its fallbacks) for every area in this bundle. Returns
 * undefined when everything is already there, so a caller can stay synchronous. A failed load
 * (offline) resolves too: the text then falls back, it never blocks rendering.
 */
export function loadLanguage(lang: Lang): Promise<void> | undefined {
  const pending: Promise<void>[] = [];
  for (const code of fallbackChain(lang)) {
    for (const area of areas) {
      const loader = pendingLoader(area, code);
      if (!loader) continue;
      const name = area.name!;
      let promise = loading.get(loader);
      if (!promise) {
        promise = loader()
          .then((table) => addTexts(code, name, table), () => undefined)
          .then(() => {
            loaded.add(loader);
            settled.add(code);
          });
        loading.set(loader, promise);
      }
      pending.push(promise);
    }
  }
  return pending.length ? Promise.all(pending).then(() => undefined) : undefined;
}

/** True when `loadLanguage(lang)` has nothing left to fetch. */
export function isLanguageLoaded(lang: Lang): boolean {
  return fallbackChain(lang).every((code) => [...areas].every((area) => !pendingLoader(area, code)));
}

/**
 * Whether text in `lang` can be used now: for it and each language it falls back to, nothing is
 * to be loaded, or a shipped area's text is all there (a language module such as
 * `@bsp/sdk/languages/nn` was imported, or registered), or a load has finished. Unlike
 * {@link isLanguageLoaded} it does not wait for every area a widget may still fetch: the SDK's
 * text functions ask this, a widget renders only what isLanguageLoaded allows.
 */
export function languageReady(lang: Lang): boolean {
  return fallbackChain(lang).every((code) => {
    const loadable = [...areas].filter((area) => area.name !== undefined && area.load?.[code]);
    return !loadable.length || settled.has(code) || loadable.some((area) => hasAllText(area, code));
  });
}
