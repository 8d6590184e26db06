/**
 * A small seeded generator of hostile values, shared by the SDK fuzz tests (Node) and the
 * widget fuzz tests (browser). Same seed, same values: a failure names its seed and label and
 * can be replayed. No DOM and no Node APIs here.
 */

import { rng as seededRandom } from '../fixtures/checklist-records.js';

// The seeded generator (mulberry32) the checklist fixtures use, shared rather than copied.
export { seededRandom };

export type Random = () => number;

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

export interface Hostile {
  label: string;
  value: unknown;
}

export const XSS_STRINGS = [
  '<img src=x onerror="window.__bspXss=1">',
  '<script>window.__bspXss=1</script>',
  '"><svg onload=window.__bspXss=1>',
  'javascript:window.__bspXss=1',
  '{{constructor.constructor("window.__bspXss=1")()}}',
  '${window.__bspXss=1}',
];

const throwing = (what: string) => () => {
  throw new Error(`hostile ${what}`);
};

/** A Proxy whose every trap throws: reading, listing, checking or describing it fails. */
export function throwingProxy(): object {
  const trap = throwing('proxy trap');
  return new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap, set: trap, defineProperty: trap });
}

/** An object whose listed keys throw when read (an accessor a host object might have). */
export function throwingGetters(keys: readonly string[]): object {
  const target: Record<string, unknown> = {};
  for (const key of keys) Object.defineProperty(target, key, { enumerable: true, get: throwing(`getter ${key}`) });
  return target;
}

function deep(depth: number, inner: (child: unknown) => unknown): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = inner(value);
  return value;
}

/** Every kind of hostile value, each made fresh (Proxies and getters are not shared between tries). */
export const HOSTILE_KINDS: readonly (() => Hostile)[] = [
  () => ({ label: 'null', value: null }),
  () => ({ label: 'zero', value: 0 }),
  () => ({ label: 'negative number', value: -1 }),
  () => ({ label: 'NaN', value: Number.NaN }),
  () => ({ label: 'Infinity', value: Number.POSITIVE_INFINITY }),
  () => ({ label: 'huge number', value: 1e308 }),
  () => ({ label: 'true', value: true }),
  () => ({ label: 'false', value: false }),
  () => ({ label: 'empty string', value: '' }),
  () => ({ label: 'blank string', value: '   \n\t ' }),
  () => ({ label: 'huge string', value: 'å'.repeat(200_000) }),
  () => ({ label: 'NUL and bidi override', value: 'a\u0000b\u202Ec' }),
  () => ({ label: 'lone surrogate', value: '\uD800x' }),
  () => ({ label: 'toString', value: 'toString' }),
  () => ({ label: '__proto__ string', value: '__proto__' }),
  ...XSS_STRINGS.map((xss, n) => () => ({ label: `xss ${n}`, value: xss })),
  () => ({ label: 'empty array', value: [] }),
  () => ({ label: 'array of junk', value: [null, 1, 'x', {}, []] }),
  () => ({ label: 'empty object', value: {} }),
  () => ({ label: '__proto__ key', value: JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}') }),
  () => ({ label: 'toString keys', value: { toString: 'x', valueOf: 1, hasOwnProperty: null, constructor: { prototype: { polluted: true } } } }),
  () => ({ label: 'null prototype', value: Object.create(null) }),
  () => ({ label: 'frozen object', value: Object.freeze({ id: Object.freeze(['x']) }) }),
  () => ({ label: 'throwing Proxy', value: throwingProxy() }),
  () => ({ label: 'throwing getters', value: throwingGetters(['id', 'name', 'nb', 'nn', 'en', 'units', 'services', 'get', 'set', 'remove', 'municipality']) }),
  () => ({ label: 'deep array', value: deep(5_000, (child) => [child]) }),
  () => ({ label: 'deep object', value: deep(5_000, (child) => ({ units: child, nb: child })) }),
  () => ({ label: 'function', value: () => 'x' }),
  () => ({ label: 'symbol', value: Symbol('hostile') }),
  () => ({ label: 'bigint', value: BigInt(42) }),
  () => ({ label: 'date', value: new Date(Number.NaN) }),
  () => ({ label: 'map', value: new Map([['nb', 'x']]) }),
  () => ({ label: 'regexp', value: /x/ }),
];

/** `count` hostile values, drawn with the seed; every kind appears once before any repeats. */
export function hostileValues(seed: number, count = HOSTILE_KINDS.length): Hostile[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, n) => (n < HOSTILE_KINDS.length ? HOSTILE_KINDS[n]! : pick(random, HOSTILE_KINDS))());
}

/** `count` hostile values picked at random with the seed (a different mix per seed). */
export function sampleHostile(seed: number, count: number): Hostile[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => pick(random, HOSTILE_KINDS)());
}

/** Hostile values as strings, for attributes (which are always text). */
export function hostileAttributeValues(seed: number, count: number): Hostile[] {
  const random = seededRandom(seed);
  const texts = ['garbage', 'DE', '-1', 'NaN', 'null', 'undefined', '__proto__', 'toString', 'constructor', ' ', 'å'.repeat(20_000), '\u202E\u0000', ...XSS_STRINGS];
  return Array.from({ length: count }, (_, n) => {
    const value = n < texts.length ? texts[n]! : `${pick(random, texts)}${Math.floor(random() * 1000)}`;
    return { label: `"${value.slice(0, 30)}"`, value };
  });
}

export type Path = (string | number)[];

/** Every path in a JSON-like value (containers and leaves), root excluded. */
export function pathsOf(value: unknown, base: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...base, key], ...pathsOf(child, [...base, key])]);
}

export interface Mutation extends Hostile {
  /** Where the sample was changed. */
  path: Path;
  /** The change replaced text with a non-text primitive, which every schema here refuses. */
  surelyInvalid: boolean;
}

const primitiveNonText = (value: unknown) =>
  value === null || typeof value === 'number' || typeof value === 'boolean';

/**
 * A valid sample with one place changed: a hostile value put there, or the key deleted.
 * This is how generated inputs reach deep fields with a known path.
 */
export function mutations(sample: unknown, seed: number, count: number): Mutation[] {
  const random = seededRandom(seed);
  const paths = pathsOf(sample);
  return Array.from({ length: count }, () => {
    const path = pick(random, paths);
    const copy = structuredClone(sample) as Record<string | number, unknown>;
    const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy);
    const key = path[path.length - 1]!;
    const before = parent[key];
    if (random() < 0.15 && !Array.isArray(parent)) {
      delete parent[key];
      return { label: `delete ${path.join('.')}`, value: copy, path, surelyInvalid: false };
    }
    const hostile = pick(random, HOSTILE_KINDS)();
    parent[key] = hostile.value;
    return {
      label: `${path.join('.')} = ${hostile.label}`,
      value: copy,
      path,
      surelyInvalid: typeof before === 'string' && primitiveNonText(hostile.value),
    };
  });
}

/**
 * Whether an issue path (dots, 0-based, as BspIssue.path) points at or around a changed place:
 * the same field, one inside it, or a container holding it (unions and duplicate checks
 * report on the container).
 */
export function pathConcerns(issuePath: string, changed: Path): boolean {
  const issue = issuePath.split('.');
  const place = changed.map(String);
  const shared = Math.min(issue.length, place.length);
  return issue.slice(0, shared).join('.') === place.slice(0, shared).join('.');
}

/** Texts that must never reach a reader: signs of a value shown without being understood. */
export const LEAKED_INTERNALS = /undefined|\[object |native code|function \(|=>/;
