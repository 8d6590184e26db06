/**
 * The SDK's zod schemas are built on first use, not when a bundle's modules are evaluated:
 * building them (every `object`, `string().check(…)`, `union`) was the largest part of a drop-in
 * bundle's module evaluation (bench/module-eval.mjs), and a page that shows the role panel never
 * parses a checklist record.
 *
 * Why a Proxy and not zod's own `lazy(() => schema)`: `lazy` defers building the same way, but it
 * changes every exported constant's type to `ZodMiniLazy<…>` (no `.shape`, a different `.def`,
 * a different public `.d.ts`) and still constructs one zod instance per schema at load. Nor
 * getter functions (`checklistRecordSchema()`) with deprecated constants: every caller (CLI,
 * config.ts, scripts/json-schemas.mjs, hosts) would change. The Proxy below has exactly the
 * built schema's type and is the schema from its first use on, built once then:
 * `.safeParse`, `safeParse(schema, …)`, `toJSONSchema`, use inside other schemas
 * (`optional(x)` stores the Proxy and reads its `_zod` only when it parses) and `instanceof`
 * all see the real schema. zod's prototype methods run with `this` = the Proxy, which forwards
 * again, so clones and issues are the same. Building inside another schema's builder is fine:
 * a composed schema reads its parts' `_zod` only when it parses or is converted.
 *
 * The Proxy's target starts as an empty object; the first operation of any kind builds the
 * schema and makes it the target's prototype, so from then on every read finds the schema's
 * own properties (`_zod`, `def`) and methods, and writes land on the target. The target is an
 * ordinary object throughout, so the invariants a Proxy must keep hold by themselves; every
 * trap is the same forwarder (one handler for all, no per-schema closures at load). What
 * differs from the schema itself: its own properties are inherited (`Object.keys` lists none)
 * and `Object.getPrototypeOf` gives the schema; zod and the SDK read neither.
 */
let builds = 0;
/** The builder, kept on the target under a key nothing else knows until the first operation. */
const BUILD = Symbol();
type Target = { [BUILD]?: () => object };
type Forwarder = (target: Target, ...args: unknown[]) => unknown;
const handler: Record<PropertyKey, Forwarder> = {};
// Every trap: the names of Reflect's functions are exactly the Proxy traps.
for (const trap of Reflect.ownKeys(Reflect) as (keyof typeof Reflect)[]) {
  handler[trap] = (target, ...args) => {
    const build = target[BUILD];
    if (build) {
      delete target[BUILD];
      builds++;
      Object.setPrototypeOf(target, build());
    }
    return (Reflect[trap] as Forwarder)(target, ...args);
  };
}

/**
 * Marked free of side effects, as zod marks its factories: a consumer's bundler (rollup, esbuild)
 * drops a deferred schema the app never uses. Our drop-in build loses the mark (esbuild minifies
 * each module before rollup tree-shakes), which is why schemas live beside their only users.
 */
/* @__NO_SIDE_EFFECTS__ */
export function deferred<T extends object>(build: () => T): T {
  return new Proxy({ [BUILD]: build } as T, handler as ProxyHandler<T>);
}

/** A probe for tests: how many deferred values were built so far (unused in bundles, so dropped there). */
export function deferredBuilds(): number {
  return builds;
}
