// The SDK's text functions on a server (a journal note, FHIR resources) are asked for a language
// by a host that may never have loaded it: bokmål under an `nn` label would be wrong without a
// word, so they refuse with an error that says what to do. Widgets never meet it: they render
// only in a language whose text they have awaited (LocalizeController).
import { BspError } from '../errors/bsp-error.js';
import type { Lang } from './lang.js';
import { languageReady } from './registry.js';

/** Languages with a module of their own under `@bsp/sdk/languages/`. */
const SHIPPED_MODULES = new Set(['nn', 'en']);

/** Throws a BspError (`invalid-config`) when `lang`'s text is not there yet; `what` names the function. */
export function requireLanguage(lang: Lang, what: string): void {
  if (languageReady(lang)) return;
  const how = SHIPPED_MODULES.has(lang) ? `import '@bsp/sdk/languages/${lang}' once at start-up, or await loadLanguage('${lang}') first` : `await loadLanguage('${lang}') first`;
  throw new BspError({
    code: 'invalid-config',
    message: `${what}: the text in "${lang}" is not loaded (${how}).`,
    issues: [{ path: 'lang', message: `"${lang}" is not loaded` }],
  });
}
