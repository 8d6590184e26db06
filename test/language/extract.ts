/**
 * Every user-facing text the packages ship, per language: every message and content table as its
 * module defines it (catalogs.ts: SDK, widgets, CLI, the property guard), the path words error
 * messages name fields with, every LocalizedText reachable from the SDK's exports (FHIR labels,
 * path words of data modules), and the examples' visible text (examples.ts: demo pages, the journal
 * host, the configurator). Message functions are called with sample values; `{name}` placeholders
 * are dropped.
 */
import * as sdk from '../../packages/sdk/src/index.js';
import '../../packages/sdk/src/languages/nn.js';
import '../../packages/sdk/src/languages/en.js';
import { knownPathWords, addPathWords } from '../../packages/sdk/src/errors/path-words.js';
import { directoryPathWords } from '../../packages/sdk/src/directory/directory-schema.js';
import { catalogPathWords } from '../../packages/sdk/src/catalog/schema.js';
import { sourceTables, type ShippedLang, type SourceTable } from './catalogs.js';
import { exampleTexts, type ExampleText } from './examples.js';

export type { ShippedLang };
export const SHIPPED: readonly ShippedLang[] = ['nb', 'nn', 'en'];

/** Where a text comes from, for failure messages: "national.kors.description". */
export interface ShippedText {
  lang: ShippedLang;
  where: string;
  text: string;
}

/** Sample values: every counted message is read in its singular and its plural. */
const sampleParams = (n: number) =>
  new Proxy({} as Record<string, string | number>, {
    get: (_target, name) => (['count', 'min', 'max', 'errors', 'warnings'].includes(String(name)) ? n : ''),
    has: () => true,
  });

const isLang = (key: string): key is ShippedLang => (SHIPPED as readonly string[]).includes(key);

function walk(value: unknown, lang: ShippedLang | undefined, where: string, out: ShippedText[], seen: Set<unknown>): void {
  if (typeof value === 'string') {
    if (lang) out.push({ lang, where, text: value.replace(/\{\w+\}/g, ' ') });
    return;
  }
  if (typeof value === 'function') {
    // Only message functions (inside a language) are text; SDK functions are not called.
    if (lang) {
      for (const n of [1, 2]) {
        try {
          walk((value as (p: object) => unknown)(sampleParams(n)), lang, where, out, seen);
        } catch {
          /* not a message function */
        }
      }
    }
    return;
  }
  // zod schemas hold type names, not text.
  if (!value || typeof value !== 'object' || seen.has(value) || '_zod' in value) return;
  seen.add(value);
  const entries = Object.entries(value as Record<string, unknown>);
  // A LocalizedText ({ nb, nn?, en? }) or a message catalog ({ nb: {…}, nn: {…} }).
  const perLanguage = !lang && 'nb' in value && entries.every(([key]) => isLang(key));
  for (const [key, child] of entries) {
    if (perLanguage) walk(child, key as ShippedLang, `${where}.${key}`, out, seen);
    else walk(child, lang, `${where}.${key}`, out, seen);
  }
}

/**
 * All shipped text, each string once per language and place. `tables` and `examples` default to
 * what ships; a test passes copies with a planted defect to prove the checks find it.
 */
export function shippedTexts({ tables = sourceTables(), examples = exampleTexts() }: { tables?: readonly SourceTable[]; examples?: readonly ExampleText[] } = {}): ShippedText[] {
  const out: ShippedText[] = [];
  const seen = new Set<unknown>();
  for (const { area, lang, source, table } of tables) walk(table, lang, `${area}.${lang} (${source})`, out, seen);
  // Path words: the shared vocabulary and every data module's (registered when it parses).
  addPathWords(directoryPathWords);
  addPathWords(catalogPathWords);
  // A word names its key in parentheses ("tekster (messages)"): the key is code, not prose.
  const prose = (text: string) => text.replace(/\(\w+\)/g, ' ');
  for (const [key, word] of knownPathWords()) {
    for (const lang of SHIPPED) {
      const text = word[lang];
      if (typeof text === 'string') out.push({ lang, where: `path-word.${key}.${lang}`, text: prose(text) });
      const list = word.list?.[lang];
      if (typeof list === 'string') out.push({ lang, where: `path-word.${key}.list.${lang}`, text: prose(list) });
    }
  }
  for (const [name, value] of Object.entries(sdk)) walk(value, undefined, name, out, seen);
  for (const example of examples) out.push({ ...example, where: `example ${example.where}`, text: example.text.replace(/\{\w+\}/g, ' ') });
  return out;
}

/** Words as hunspell reads them: letters, split at hyphens; a definite or plural ending after a
 * hyphen ("JSON-en", "SMS-ar") belongs to the word before it. Single letters ("§ 10 a") skipped. */
export function words(text: string, lang: ShippedLang): string[] {
  // Addresses are not words: links, emails and bare domains ("sidetmedord.no").
  const plain = text.replace(/https?:\/\/\S+|\S+@\S+|\b[\w-]+\.(?:no|com|org|net)\b/g, ' ');
  return (plain.match(/\p{L}+(?:['’]s)?(?:-\p{L}+)*/gu) ?? []).flatMap((token) => {
    const [first = '', ...rest] = token.split('-');
    const parts = [first, ...rest.filter((part) => !/^(en|et|a|ar|ane|er|ene|s)$/i.test(part))];
    return parts.map((part) => (lang === 'en' ? part.replace(/['’]s$/, '') : part)).filter((part) => part.length > 1);
  });
}

