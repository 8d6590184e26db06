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
 * Each tag's loader (./define/*.ts), each beside the core (./define/core.ts: one round trip, not
 * two). The checklist embeds the consent form. `<bsp-provider>` loads only when a page has one
 * (found here, or by a widget under it: packages/ui/src/provider/provider-on-demand.ts).
 */
const core = () => import('./define/core.js');
const consent = () => import('./define/consent.js');
const autoloader = createAutoloader({
  'bsp-provider': () => Promise.all([core(), import('./define/provider.js')]),
  'bsp-role-panel': () => Promise.all([core(), import('./define/role-panel.js')]),
  'bsp-child-checklist': () => Promise.all([core(), consent(), import('./define/checklist.js')]),
  'bsp-consent-form': () => Promise.all([core(), consent()]),
  'bsp-support-finder': () => Promise.all([core(), import('./define/finder.js')]),
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
