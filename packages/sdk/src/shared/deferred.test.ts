/**
 * Invariants of schemas built on first use (deferred.ts):
 * - importing the SDK entry builds no deferred schema; a parse builds the ones it needs, each exactly
 *   once however often it parses, and none it does not need;
 * - a deferred schema behaves as the schema it defers in all that zod and callers do: for any input (valid,
 *   mutated, hostile: Proxies, throwing getters, `__proto__`) the same result, the same issue
 *   paths and byte-identical messages in every language; the same JSON Schema; `instanceof`,
 *   `.check()` clones, `in`, assignment, spreading and property listing work (a Proxy that
 *   broke its invariants would throw there).
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

/** Every schema the SDK exports. */
const exported = [
  sdk.checklistRecordSchema,
  sdk.childEntrySchema,
  sdk.answerSchema,
  sdk.noteEditSchema,
  sdk.consentRecordSchema,
  sdk.consentEntrySchema,
  sdk.directorySchema,
  sdk.unitSchema,
  sdk.contactPersonSchema,
  sdk.directoryLinkSchema,
  sdk.serviceSchema,
  sdk.catalogSchema,
  sdk.providerConfigSchema,
  sdk.procedureOverlaySchema,
];

/** How many schemas `use` built: 0 when everything it needed was built before. */
function buildsDuring(use: () => void): number {
  const before = deferredBuilds();
  use();
  return deferredBuilds() - before;
}

test('importing the SDK builds no deferred schema; a use builds what it needs, once', () => {
  assert.equal(deferredBuilds(), 0, 'nothing built at import');

  const readRecords = () => {
    for (let seed = 1; seed <= 20; seed++) assert.equal(sdk.readChecklistRecord(randomRecord(seed)).ok, true, `record ${seed}`);
    assert.equal(sdk.checklistRecordSchema.safeParse({}).success, false);
  };
  assert.ok(buildsDuring(readRecords) >= 3, 'the record, its answers and children, its consent record');
  assert.equal(buildsDuring(readRecords), 0, 'built once: reading again builds nothing');

  const readDirectories = () => {
    assert.equal(sdk.parseDirectory({ municipality: 'Bø', units: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] }, 'nb').ok, false);
    assert.equal(sdk.parseDirectory({ municipality: 'Bø', units: [] }, 'nb').ok, true);
  };
  assert.ok(buildsDuring(readDirectories) > 0, 'reading records did not build the directory schemas');
  assert.equal(buildsDuring(readDirectories), 0);
  assert.equal(buildsDuring(readRecords), 0);
});

/** The same small schema family, each part wrapped by `wrap`: deferred, or built at once. */
function family(wrap: <T extends object>(build: () => T) => T) {
  const text = wrap(() => string().check(minLength(1), maxLength(20)));
  const item = wrap(() => object({ id: text, tags: optional(array(text)), kind: zEnum(['a', 'b']) }));
  const unique = superRefine<{ id: string }[]>((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((entry, index) => {
      if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', message: 'duplicate-id', path: [index, 'id'], input: entry.id, params: { id: entry.id, firstPath: [] } });
      seen.add(entry.id);
    });
  });
  const list = wrap(() => union([array(item), object({ items: array(item).check(unique), note: optional(text) })]));
  return { text, item, list };
}
const lazySchemas = family(deferred);
const eagerSchemas = family((build) => build());

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
        const lazy = sdk.parseWith<unknown>(lazySchemas[part], input, { what: 'liste', lang });
        const eager = sdk.parseWith<unknown>(eagerSchemas[part], input, { what: 'liste', lang });
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
  assert.equal(Object.getPrototypeOf(Object.getPrototypeOf(item)), Object.getPrototypeOf(eagerSchemas.item), 'the schema is the prototype');
  assert.ok('_zod' in item && 'def' in item);
  assert.deepEqual(Object.keys({ ...item }), [], 'listing and spreading work (nothing own until written)');
  assert.ok('safeParse' in item);
  Object.assign(item, { note: 'kept' });
  assert.equal(Reflect.get(item, 'note'), 'kept', 'an assignment reaches the schema');
  Object.defineProperty(item, 'fixed', { value: 1, configurable: false });
  assert.equal(Reflect.get(item, 'fixed'), 1, 'even a non-configurable property can be defined, as on any object');
  const narrowed = item.check(superRefine((value, ctx) => void (value.id === 'no' && ctx.addIssue({ code: 'custom', message: 'no', input: value }))));
  assert.equal(narrowed.safeParse({ id: 'no', kind: 'a' }).success, false);
  assert.equal(narrowed.safeParse({ id: 'yes', kind: 'a' }).success, true);
  assert.equal(item.parse({ id: 'no', kind: 'a' }).id, 'no', 'the clone left the original alone');
});

test('every schema the SDK exports converts to JSON Schema through its Proxy, built once', () => {
  const convertAll = () => {
    for (const schema of exported) {
      assert.ok(schema instanceof $ZodType);
      const json = toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
      assert.ok(json.type !== undefined || Array.isArray(json.anyOf), JSON.stringify(json).slice(0, 80));
    }
  };
  convertAll();
  assert.equal(buildsDuring(convertAll), 0);
});
