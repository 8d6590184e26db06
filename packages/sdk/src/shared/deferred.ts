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
 * The Proxy's own target stays an empty object, so the invariants a Proxy must keep hold: no
 * property is reported non-configurable unless the target has it (descriptors read through
 * the Proxy say `configurable: true`; a non-configurable definition is mirrored on the target).
 */
const builds = new Map<string, number>();

export function deferred<T extends object>(name: string, build: () => T): T {
  let value: T | undefined;
  const real = (): T => {
    if (value === undefined) {
      value = build();
      builds.set(name, (builds.get(name) ?? 0) + 1);
    }
    return value;
  };
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(real(), key),
    set: (_target, key, given) => Reflect.set(real(), key, given),
    has: (_target, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
    deleteProperty: (_target, key) => Reflect.deleteProperty(real(), key),
    getOwnPropertyDescriptor: (target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(real(), key);
      return descriptor && !Reflect.getOwnPropertyDescriptor(target, key) ? { ...descriptor, configurable: true } : descriptor;
    },
    defineProperty: (target, key, descriptor) => {
      if (!Reflect.defineProperty(real(), key, descriptor)) return false;
      return descriptor.configurable === false ? Reflect.defineProperty(target, key, descriptor) : true;
    },
  });
}

/** How many times each deferred value was built, by name (tests: none at import, one per name after use). */
export function deferredBuilds(): ReadonlyMap<string, number> {
  return builds;
}
