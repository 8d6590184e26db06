// bsp-all's loader for this tag: run only for its side effect, so the define module's npm
// re-exports are tree-shaken out of bsp-all's chunks.
// Every widget needs Lit and the base element that the provider's chunk (the core) holds: with the
// provider defined here too, a page fetches the core beside this widget's chunk, and the widget
// never loads the provider on demand (packages/ui/src/provider/provider-on-demand.ts).
import '@bsp/ui/define';
import '@bsp/finder/define';
