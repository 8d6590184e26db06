/**
 * The SDK's zod schemas are built on first use, not when a bundle's modules are evaluated:
 * building them (every `object`, `string().check(…)`, `union`) was the largest part of a drop-in
 * bundle's module evaluation (bench/module-eval.mjs), and a page that shows the role panel never
 * parses a consent record.
 *
 * Why a Proxy and not zod's own `lazy(() => schema)`: `lazy` defers building the same way, but it
 * changes every exported constant's type to `ZodMiniLazy<…>` (no `.shape`, a different `.def`,
 * a different public `.d.ts`) and still constructs one zod instance per schema at load. Nor
 * getter functions (`checklistRecordSchema()`) with deprecated constants: every caller (CLI,
 * config.ts, scripts/json-schemas.mjs, hosts) would change. The Proxy below has exactly the
 * built schema's type and forwards every property read to the schema, built once on the first
 * read: `.safeParse`, `safeParse(schema, …)`, `toJSONSchema`, use inside other schemas
 * (`optional(x)` stores the Proxy and reads its `_zod` only when it parses) and `instanceof`
 * all see the real schema. zod's prototype methods run with `this` = the Proxy, which forwards
 * again, so clones and issues are the same. Building inside another schema's builder is fine:
 * a composed schema reads its parts' `_zod` only when it parses or is converted.
 *
 * The Proxy's own target stays an empty object, so the invariants a Proxy must keep hold:
 * descriptors read through it say `configurable: true`, and defining a non-configurable
 * property through it is refused (the empty target could not keep that promise). Deleting goes
 * to the empty target: nothing to delete from a schema.
 */
let builds = 0;

/**
 * Marked free of side effects, as zod marks its factories: a consumer's bundler (rollup, esbuild)
 * drops a deferred schema the app never uses. Our drop-in build loses the mark (esbuild minifies
 * each module before rollup tree-shakes), which is why schemas live beside their only users.
 */
/* @__NO_SIDE_EFFECTS__ */
export function deferred<T extends object>(build: () => T): T {
  let value: T | undefined;
  const real = (): T => (value ??= (builds++, build()));
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(real(), key),
    has: (_target, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    // Assignments arrive here too (the target has no own properties, so [[Set]] defines on the Proxy).
    defineProperty: (_target, key, descriptor) => descriptor.configurable !== false && Reflect.defineProperty(real(), key, descriptor),
  });
}

/** A probe for tests: how many deferred values were built so far (unused in bundles, so dropped there). */
export function deferredBuilds(): number {
  return builds;
}
