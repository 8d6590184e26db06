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
 * Each tag's loader (./define/*.ts). Every widget imports `@bsp/ui/define` (the provider, in the
 * shared core chunk) itself; importing it here too fetches the core beside the widget's chunk
 * instead of after it (one round trip, not two). The checklist embeds the consent form.
 */
const provider = () => import('./define/provider.js');
const consent = () => import('./define/consent.js');
const autoloader = createAutoloader({
  'bsp-provider': provider,
  'bsp-role-panel': () => Promise.all([provider(), import('./define/role-panel.js')]),
  'bsp-child-checklist': () => Promise.all([provider(), consent(), import('./define/checklist.js')]),
  'bsp-consent-form': () => Promise.all([provider(), consent()]),
  'bsp-support-finder': () => Promise.all([provider(), import('./define/finder.js')]),
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
