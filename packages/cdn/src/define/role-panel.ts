// bsp-all's loader for this tag: run only for its side effect, so the define module's npm
// re-exports are tree-shaken out of bsp-all's chunks.
import '@bsp/role-panel/define';
