import type { Lang } from './lang.js';
import { lookup, type TextArea } from './registry.js';

/**
 * A message is a plain string, or a function for text with values or plurals.
 * Strings may hold `{name}` placeholders, filled from the params given to `format`.
 */
export type Message = string | ((params: Record<string, string | number>) => string);

/** A widget's message catalog: every key typed in bokmål; other languages partial, falling back. */
export type MessageCatalog<K extends string> = TextArea<K, Message>;

/** Host overrides: any subset of keys, per language. Values are plain strings (safe to come from JSON). */
export type MessageOverrides = Readonly<Record<Lang, Readonly<Record<string, string>> | undefined>>;

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Formats one message, preferring a host override for that key and language. */
export function format<K extends string>(
  catalog: MessageCatalog<K>,
  lang: Lang,
  key: K,
  params: Record<string, string | number> = {},
  overrides?: MessageOverrides,
): string {
  const table = overrides?.[lang];
  const override = table && Object.hasOwn(table, key) ? table[key] : undefined;
  if (typeof override === 'string') return fill(override, params);
  const message = lookup(catalog, key, lang) ?? key;
  return typeof message === 'function' ? message(params) : fill(message, params);
}

/**
 * Singular or plural by the language's own rule (`Intl.PluralRules`): the one rule every counted
 * message uses, so no text reads "1 errors". `{count}` in either form is filled with the count.
 * Languages whose rules have more categories (Northern Sámi has "two") get `other` until a
 * message gives more forms.
 */
const rules = /* @__PURE__ */ new Map<string, Intl.PluralRules>();

export interface PluralForms {
  one: string;
  other: string;
}

export function plural(lang: string, count: number | string, forms: PluralForms): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  const form = rule.select(Number(count)) === 'one' ? forms.one : forms.other;
  return form.replaceAll('{count}', String(count));
}
