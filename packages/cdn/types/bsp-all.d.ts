// Types of dist/bsp-all.js (copied beside it when @bsp/cdn is packed), for hosts that import the
// loader from the package (`import { observe } from '@bsp/cdn/bsp-all.js'`). Kept equal to
// packages/cdn/src/bsp-all.ts by packages/cdn/src/bsp-all-types.check.ts (npm run typecheck).

/**
 * Defines the given widget tags (e.g. `load(['bsp-child-checklist'])`); resolves when they are
 * defined. Unknown tags reject with a RangeError naming the known ones.
 */
export declare function load(tags: string | readonly string[]): Promise<void>;

/**
 * Defines the widgets under `root` (a host's shadow root, say) now and whenever more are added
 * there. Returns a function that stops watching.
 */
export declare function observe(root: Document | ShadowRoot | Element): () => void;
