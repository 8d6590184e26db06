// The draft store's promises, over adapters that misbehave as real ones do: writes that resolve
// late and out of order, a second writer on the key, failures, unreadable drafts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { ParseResult } from '../errors/parse.js';
import { DraftStore, type DraftStoreOptions } from './draft-store.js';
import { createMemoryStorage, type StorageAdapter } from './storage-adapter.js';

type Draft = { answers: number[] };
const read = (value: unknown): ParseResult<Draft> =>
  value && typeof value === 'object' && Array.isArray((value as Draft).answers) ? { ok: true, value: value as Draft } : ({ ok: false, error: new Error('no') } as never);
const store = (adapter: StorageAdapter, options: Partial<DraftStoreOptions<Draft>> = {}) => new DraftStore<Draft>(adapter, { read, timeoutMs: 200, ...options });
const payload = (text: string | null) => (text === null ? null : (JSON.parse(text) as { draft: Draft }).draft);

/** A plain adapter (no capabilities) whose writes land after a random delay, when they resolve: a server behind a promise. */
function lateWriter(delays: number[]): StorageAdapter & { data: Map<string, string> } {
  const data = new Map<string, string>();
  let n = 0;
  const later = <R>(fn: () => R) => new Promise<R>((resolve) => setTimeout(() => resolve(fn()), delays[n++ % delays.length]));
  return {
    data,
    get: (key) => later(() => data.get(key) ?? null),
    set: (key, value) => later(() => void data.set(key, value)),
    remove: (key) => later(() => void data.delete(key)),
  };
}

test('an adapter whose writes resolve late and out of order ends with the last answer stored (20 seeds)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 3, maxLength: 12 }), fc.integer({ min: 3, max: 9 }), async (delays, answers) => {
      const adapter = lateWriter(delays);
      const drafts = store(adapter);
      await drafts.open('p1');
      const saves: Promise<void>[] = [];
      const given: number[] = [];
      for (let i = 0; i < answers; i++) {
        given.push(i);
        saves.push(drafts.save({ answers: [...given] }));
        // Answers come faster than the adapter writes.
        await new Promise((resolve) => setTimeout(resolve, delays[i % delays.length]! / 3));
      }
      await Promise.all(saves);
      assert.deepEqual(payload(adapter.data.get('p1') ?? null), { answers: given });
      assert.equal(drafts.status, 'idle');
    }),
    { numRuns: 20, seed: 20261207 },
  );
});

test('switching keys: an answer given before the switch is stored under the old key, never the new', async () => {
  const adapter = lateWriter([15, 0, 5]);
  const drafts = store(adapter);
  await drafts.open('p1');
  const first = drafts.save({ answers: [1] });
  await drafts.open('p2');
  assert.equal(drafts.key, 'p2');
  await Promise.all([first, drafts.save({ answers: [2] })]);
  assert.deepEqual(payload(adapter.data.get('p1')!), { answers: [1] });
  assert.deepEqual(payload(adapter.data.get('p2')!), { answers: [2] });
});

for (const [name, make] of [
  ['a plain adapter (detected at the next save)', () => ({ ...createMemoryStorage(), compareAndSet: undefined, subscribe: undefined })],
  ['an adapter with compareAndSet', () => ({ ...createMemoryStorage(), subscribe: undefined })],
] as const) {
  test(`two writers on one key with ${name}: the second is told, nothing is overwritten silently`, async () => {
    const adapter: StorageAdapter = make();
    const conflicts: string[] = [];
    const a = store(adapter);
    const b = store(adapter, { onConflict: (key) => conflicts.push(key) });
    await a.open('k');
    await b.open('k');
    await a.save({ answers: [1] });
    await b.save({ answers: [9] });
    assert.deepEqual(payload((await adapter.get('k'))!), { answers: [1] }, "b did not overwrite a's draft");
    assert.equal(b.status, 'conflict');
    assert.deepEqual(conflicts, ['k']);
    await b.save({ answers: [9, 9] });
    assert.deepEqual(payload((await adapter.get('k'))!), { answers: [1] }, 'nothing is written while the conflict stands');
    // a goes on: what is stored is what it wrote.
    await a.save({ answers: [1, 2] });
    assert.equal(a.status, 'idle');
    // The user chooses: take what is stored, or keep theirs.
    const taken = await b.takeStored();
    assert.deepEqual(taken.kind === 'restored' && taken.draft, { answers: [1, 2] });
    assert.equal(b.status, 'idle');
    await a.save({ answers: [1, 2, 3] });
    await b.save({ answers: [7] });
    assert.equal(b.status, 'conflict');
    await b.keepMine({ answers: [7] });
    assert.deepEqual(payload((await adapter.get('k'))!), { answers: [7] });
    assert.equal(b.status, 'idle');
  });
}

test('with subscribe, a write by someone else is told at once, before the next save', async () => {
  const adapter = createMemoryStorage();
  const conflicts: string[] = [];
  const a = store(adapter);
  const b = store(adapter, { onConflict: (key) => conflicts.push(key) });
  await a.open('k');
  await b.open('k');
  await a.save({ answers: [1] });
  assert.deepEqual(conflicts, ['k']);
  assert.equal(a.status, 'idle', 'its own write is not a conflict');
});

test('failures: status failed and one report per outage, nothing thrown; a hanging adapter times out', async () => {
  const never = () => new Promise<never>(() => {});
  for (const adapter of [
    { get: () => { throw new Error('x'); }, set: () => { throw new Error('x'); }, remove: () => { throw new Error('x'); } },
    { get: () => Promise.reject(new Error('x')), set: () => Promise.reject(null), remove: () => Promise.reject(0) },
    { get: never, set: never, remove: never },
  ] as StorageAdapter[]) {
    const failures: unknown[] = [];
    const drafts = store(adapter, { timeoutMs: 20, onFailure: (e) => failures.push(e) });
    assert.equal((await drafts.open('k')).kind, 'failed');
    await drafts.save({ answers: [1] });
    await drafts.clear();
    assert.equal(drafts.status, 'failed');
    assert.equal(failures.length, 1);
  }
  // A failing write after a good read: told, and the next good write clears it.
  let fail = true;
  const memory = createMemoryStorage();
  const flaky: StorageAdapter = { get: memory.get, remove: memory.remove, set: (k, v) => (fail ? Promise.reject(new Error('x')) : memory.set(k, v)) };
  const failures: unknown[] = [];
  const drafts = store(flaky, { onFailure: (e) => failures.push(e) });
  await drafts.open('k');
  await drafts.save({ answers: [1] });
  assert.equal(drafts.status, 'failed');
  fail = false;
  await drafts.save({ answers: [1, 2] });
  assert.equal(drafts.status, 'idle');
  assert.deepEqual(payload((await memory.get('k'))!), { answers: [1, 2] });
  assert.equal(failures.length, 1);
});

test('an unreadable draft is copied aside before the key starts afresh; an older unwrapped draft is read', async () => {
  const adapter = createMemoryStorage();
  await adapter.set('k', '{not json');
  const drafts = store(adapter);
  assert.deepEqual(await drafts.open('k'), { kind: 'set-aside', setAsideKey: 'k:unreadable' });
  assert.equal(await adapter.get('k:unreadable'), '{not json');
  assert.equal(await adapter.get('k'), null);
  await adapter.set('old', JSON.stringify({ answers: [4] }));
  const opened = await drafts.open('old');
  assert.deepEqual(opened, { kind: 'restored', draft: { answers: [4] }, revision: 0 });
});

test('a draft that could not be read is never written over', async () => {
  const memory = createMemoryStorage();
  await memory.set('k', JSON.stringify({ bspDraft: 1, revision: 3, savedAt: '', draft: { answers: [1] } }));
  let down = true;
  const adapter: StorageAdapter = { get: (k) => (down ? Promise.reject(new Error('x')) : memory.get(k)), set: memory.set, remove: memory.remove };
  const drafts = store(adapter);
  await drafts.open('k');
  down = false;
  await drafts.save({ answers: [] });
  await drafts.clear();
  assert.deepEqual(payload((await memory.get('k'))!), { answers: [1] });
});
