/**
 * Invariants of schemas built on first use (deferred.ts):
 * - importing the SDK entry builds no schema; a parse builds the schemas it needs, each exactly
 *   once however often it parses, and none it does not need;
 * - a deferred schema is indistinguishable from the schema it defers: for any input (valid,
 *   mutated, hostile: Proxies, throwing getters, `__proto__`) the same result, the same issue
 *   paths and byte-identical messages in every language; the same JSON Schema; `instanceof`,
 *   `.check()` clones, spreading and property listing work (a Proxy that broke its invariants
 *   would throw there).
 * Node runs each test file in its own process, so the first test sees a fresh import.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { array, enum as zEnum, maxLength, minLength, object, optional, string, superRefine, toJSONSchema, union } from 'zod/mini';
import { $ZodObject, $ZodType } from 'zod/v4/core';
import * as sdk from '../index.js';
import { deferred, deferredBuilds } from './deferred.js';
import { hostileValues, mutations } from '../../../../test/robustness/hostile.js';
import { randomRecord } from '../../../../test/fixtures/checklist-records.js';
import '../languages/nn.js';
import '../languages/en.js';

const built = (name: string) => deferredBuilds().get(name) ?? 0;

test('importing the SDK builds no schema; the first parse builds what it needs, once', () => {
  assert.deepEqual([...deferredBuilds()], [], 'nothing built at import');

  for (let seed = 1; seed <= 20; seed++) assert.equal(sdk.readChecklistRecord(randomRecord(seed)).ok, true, `record ${seed}`);
  assert.equal(sdk.checklistRecordSchema.safeParse({}).success, false);
  assert.equal(built('checklistRecordSchema'), 1);
  assert.equal(built('consentRecordSchema'), 1, 'the record holds a consent record');
  for (const [name, count] of deferredBuilds()) assert.equal(count, 1, `${name} built ${count} times`);
  for (const unused of ['directorySchema', 'serviceSchema', 'catalogSchema', 'providerConfigSchema', 'procedureOverlaySchema']) {
    assert.equal(built(unused), 0, `${unused} is not needed to read a checklist record`);
  }

  assert.equal(sdk.parseDirectory({ municipality: 'Bø', units: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] }, 'nb').ok, false);
  assert.equal(sdk.parseDirectory({ municipality: 'Bø', units: [] }, 'nb').ok, true);
  assert.equal(built('directorySchema'), 1);
  for (const [name, count] of deferredBuilds()) assert.equal(count, 1, `${name} built ${count} times`);
});

test('a host value schema is built when the value is first checked, not when it is declared', () => {
  const view = sdk.hostValue.oneOf(['roles', 'unit']);
  const before = built('hostValue.oneOf');
  assert.equal(sdk.checkHostValue('view', view, 'unit', 'nb').ok, true);
  assert.equal(sdk.checkHostValue('view', view, 'x', 'nb').ok, false);
  assert.equal(built('hostValue.oneOf'), before + 1);
});

/** The same small schema family, each part wrapped by `wrap`: deferred, or built at once. */
function family(wrap: <T extends object>(name: string, build: () => T) => T) {
  const text = wrap('family text', () => string().check(minLength(1), maxLength(20)));
  const item = wrap('family item', () => object({ id: text, tags: optional(array(text)), kind: zEnum(['a', 'b']) }));
  const unique = superRefine<{ id: string }[]>((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((entry, index) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', message: 'duplicate-id', path: [index, 'id'], input: entry.id, params: { id: entry.id, firstPath: [] } });
      seen.add(entry.id);
    });
  });
  const list = wrap('family list', () => union([array(item), object({ items: array(item).check(unique), note: optional(text) })]));
  return { text, item, list };
}
const lazySchemas = family(deferred);
const eagerSchemas = family((_name, build) => build());

const valid = { items: [{ id: 'a', kind: 'a', tags: ['x', 'y'] }, { id: 'b', kind: 'b' }], note: 'ok' };
const inputs = [
  valid,
  [{ id: 'a', kind: 'b' }],
  { items: [{ id: 'a', kind: 'a' }, { id: 'a', kind: 'b' }] },
  ...mutations(valid, 20261123, 300).map((m) => m.value),
  ...hostileValues(7).map((h) => h.value),
  ...hostileValues(8).map((h) => ({ items: [{ id: h.value, kind: 'a', tags: [h.value] }] })),
];

test('a deferred schema parses every input exactly as the schema it defers (results, paths, messages)', () => {
  for (const lang of sdk.languages()) {
    inputs.forEach((input, n) => {
      for (const part of ['list', 'item', 'text'] as const) {
        const lazy = sdk.parseWith(lazySchemas[part], input, { what: 'liste', lang });
        const eager = sdk.parseWith(eagerSchemas[part], input, { what: 'liste', lang });
        assert.deepEqual(lazy, eager, `${part}, input ${n}, ${lang}`);
      }
    });
  }
});

test('a deferred schema converts to the same JSON Schema and behaves as a zod schema', () => {
  for (const part of ['list', 'item', 'text'] as const) {
    assert.deepEqual(toJSONSchema(lazySchemas[part], { io: 'input' }), toJSONSchema(eagerSchemas[part], { io: 'input' }), part);
  }
  const { item } = lazySchemas;
  assert.ok(item instanceof $ZodType && item instanceof $ZodObject);
  assert.equal(Object.getPrototypeOf(item), Object.getPrototypeOf(eagerSchemas.item));
  assert.deepEqual(Object.keys(item).sort(), Object.keys(eagerSchemas.item).sort());
  assert.deepEqual(Object.keys({ ...item }).sort(), Object.keys({ ...eagerSchemas.item }).sort());
  assert.ok(Object.getOwnPropertyDescriptors(item)._zod, 'descriptors can be listed');
  assert.ok('safeParse' in item);
  const narrowed = item.check(superRefine((value, ctx) => void (value.id === 'no' && ctx.addIssue({ code: 'custom', message: 'no', input: value }))));
  assert.equal(narrowed.safeParse({ id: 'no', kind: 'a' }).success, false);
  assert.equal(narrowed.safeParse({ id: 'yes', kind: 'a' }).success, true);
  assert.equal(item.parse({ id: 'no', kind: 'a' }).id, 'no', 'the clone left the original alone');
  assert.equal(built('family item'), 1);
});

test('every schema the SDK exports converts to JSON Schema through its Proxy, built once', () => {
  for (const schema of [sdk.providerConfigSchema, sdk.directorySchema, sdk.catalogSchema, sdk.serviceSchema, sdk.procedureOverlaySchema]) {
    assert.ok(schema instanceof $ZodType);
    const json = toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    assert.ok(json.type === 'object' || Array.isArray(json.anyOf), JSON.stringify(json).slice(0, 80));
  }
  for (const [name, count] of deferredBuilds()) assert.equal(count, 1, `${name} built ${count} times`);
});
