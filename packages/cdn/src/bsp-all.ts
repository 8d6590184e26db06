/**
 * bsp-all.js: one script tag for a site template. It defines only the widgets a page uses:
 * every `bsp-*` tag in the document, now and whenever a framework (or innerHTML) adds one later,
 * loads that widget's chunk from beside this file (`bsp-all/*.js`, same origin as the script).
 * A page without widgets loads nothing more.
 *
 * Widgets inside a host's own shadow root are invisible to the document observer: the host
 * imports this module and calls `observe(shadowRoot)` or `load(['bsp-support-finder'])`.
 */
import { createAutoloader } from './autoloader.js';

/**
 * The language chunks of this build by hash, `{ nn: { core: 'BIrv2wXU', finder: … } }`
 * (`bsp-all/lang-nn-core-BIrv2wXU.js`):
 * written in at build time (packages/cdn/build/chunk-groups.mjs, `languageChunkMap`); empty
 * where the source runs unbuilt.
 */
const LANGUAGE_CHUNKS = '__BSP_LANGUAGE_CHUNKS__';
const languageChunks: Readonly<Record<string, Readonly<Record<string, string>>>> = LANGUAGE_CHUNKS.startsWith('{') ? JSON.parse(LANGUAGE_CHUNKS) : {};

/**
 * On a page in another language than bokmål (`<html lang="nn">`), a widget's text in that
 * language is fetched beside its code rather than after it (the widget finds its language only
 * once its code runs): one round trip less before its first render. Only what the widget would
 * fetch anyway; a failure is the widget's to meet (its text then falls back), so it is ignored.
 */
function preloadLanguage(...groups: string[]): undefined {
  const lang = (document.documentElement.lang.split('-')[0] ?? '').toLowerCase();
  for (const group of groups) {
    const hash = languageChunks[lang]?.[group];
    if (hash) import(/* @vite-ignore */ `./bsp-all/lang-${lang}-${group}-${hash}.js`).catch(() => undefined);
  }
  return undefined;
}

/**
 * Each tag's loader (./define/*.ts), each beside the core (./define/core.ts: one round trip, not
 * two). The checklist embeds the consent form. `<bsp-provider>` loads only when a page has one
 * (found here, or by a widget under it: packages/ui/src/provider/provider-on-demand.ts).
 */
const core = () => import('./define/core.js');
const consent = () => import('./define/consent.js');
const autoloader = createAutoloader({
  'bsp-provider': () => Promise.all([core(), import('./define/provider.js')]),
  'bsp-role-panel': () => Promise.all([core(), import('./define/role-panel.js'), preloadLanguage('core', 'role-panel')]),
  'bsp-child-checklist': () => Promise.all([core(), consent(), import('./define/checklist.js'), preloadLanguage('core', 'consent', 'checklist')]),
  'bsp-consent-form': () => Promise.all([core(), consent(), preloadLanguage('core', 'consent')]),
  'bsp-support-finder': () => Promise.all([core(), import('./define/finder.js'), preloadLanguage('core', 'finder')]),
});

/**
 * Defines the given widget tags (e.g. `load(['bsp-child-checklist'])`); resolves when they are
 * defined. For widgets the document observer cannot see (in a shadow root, not yet attached).
 */
export const load = autoloader.load;

/**
 * Defines the widgets under `root` (a host's shadow root, say) now and whenever more are added
 * there. Returns a function that stops watching.
 */
export const observe = autoloader.observe;

if (typeof document !== 'undefined') observe(document);
