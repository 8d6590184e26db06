// The kind of a host value in the reader's words ("tekst", "liste"): the plain property checks
// of the checklist and the consent form word a wrong value at once; elsewhere only the wording
// on demand uses it.
import type { Lang } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import { errorMessages } from './bsp-error.js';
import { isPlainObject } from './host-checks.js';

type BasicKey = keyof (typeof errorMessages)['nb'];
const t = (lang: Lang, key: BasicKey, params: Record<string, string | number> = {}) => format(errorMessages, lang, key, params);

/** The kind of a value in the reader's words: "tekst", "tall", "liste", "null", … */
export function describeType(value: unknown, lang: Lang): string {
  if (value === null) return t(lang, 'type.null');
  if (Array.isArray(value)) return t(lang, 'type.array');
  if (typeof value === 'number' && Number.isNaN(value)) return t(lang, 'type.nan');
  if (typeof value === 'object' && !isPlainObject(value)) return t(lang, 'type.other', { type: className(value) });
  const kind = typeof value;
  if (kind === 'string' || kind === 'number' || kind === 'boolean' || kind === 'object' || kind === 'function') {
    return t(lang, `type.${kind}`);
  }
  return t(lang, 'type.other', { type: kind });
}

function className(value: object): string {
  try {
    const name: unknown = Object.getPrototypeOf(value)?.constructor?.name;
    return typeof name === 'string' && name ? name : 'object';
  } catch {
    return 'object';
  }
}

