// bsp-all's handle on the core chunk (Lit, the base element, the SDK core): every loader imports
// it beside its own chunk, so a page fetches both at once instead of finding the core only once
// the widget's chunk is parsed. A dynamic import keeps its exports, which places this module (and
// so the import) in the core chunk (packages/cdn/build/chunk-groups.mjs).
export { BspElement } from '@bsp/ui';
