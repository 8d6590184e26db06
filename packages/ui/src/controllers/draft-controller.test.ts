/*
 * Invariants of the draft controller, for any adapter behaviour:
 * - no adapter call ever throws or rejects out of the controller;
 * - a failure (throw, rejection, hang past the timeout) gives status 'failed' and exactly one
 *   bsp-error with code 'storage-failed', however many calls fail;
 * - a draft answered after a local change is never restored;
 * - what cannot be read is copied aside, never deleted before it is copied.
 * - with `prepare` (a validator loaded on demand) a stored draft is read only once it is there;
 *   when it cannot load, the draft is left exactly as stored (not read, set aside or written over).
 */
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { createMemoryStorage, type ParseResult, type StorageAdapter } from '@bsp/sdk';
import { DraftController, type StoredDraft } from './draft-controller.js';
import { defineElement } from '../utils/define-element.js';

class DraftHost extends LitElement {}
defineElement('draft-controller-host', DraftHost);

const readNumber = (value: unknown): ParseResult<number> =>
  typeof value === 'number' ? { ok: true, value } : ({ ok: false, error: new Error('not a number') } as unknown as ParseResult<number>);

function setup(storage: StorageAdapter | undefined, timeoutMs = 50) {
  const host = document.createElement('draft-controller-host') as DraftHost;
  document.body.append(host);
  const restored: StoredDraft<number>[] = [];
  const errors: string[] = [];
  host.addEventListener('bsp-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
  const drafts = new DraftController<number>(host, { storage: () => storage, key: () => 'k', read: readNumber, restore: (d) => restored.push(d), timeoutMs });
  return { host, drafts, restored, errors };
}

const never = () => new Promise<never>(() => {});
const adapters: Record<string, StorageAdapter> = {
  throws: { get: () => { throw new Error('x'); }, set: () => { throw new Error('x'); }, remove: () => { throw new Error('x'); } },
  rejects: { get: () => Promise.reject(new Error('x')), set: () => Promise.reject(new Error('x')), remove: () => Promise.reject(new Error('x')) },
  hangs: { get: never, set: never, remove: never },
  'rejects with a non-Error': { get: () => Promise.reject(undefined), set: () => Promise.reject(null), remove: () => Promise.reject(0) },
};

describe('DraftController', () => {
  for (const [name, adapter] of Object.entries(adapters)) {
    it(`an adapter that ${name}: status 'failed', one storage-failed error, nothing thrown`, async () => {
      const { drafts, errors, host } = setup(adapter);
      await drafts.load();
      await drafts.save({ record: 1, step: 0 });
      await drafts.clear();
      expect(drafts.status).to.equal('failed');
      expect(errors).to.deep.equal(['storage-failed']);
      host.remove();
    });
  }

  it('restores a readable draft; step is a whole number ≥ 0 whatever was stored', async () => {
    for (const [step, expected] of [[3, 3], [-1, 0], ['2', 0], [Number.MAX_VALUE, 0], [null, 0], [1.5, 0]] as const) {
      const storage = createMemoryStorage();
      await storage.set('k', JSON.stringify({ record: 7, step }));
      const { drafts, restored, host } = setup(storage);
      await drafts.load();
      expect(restored).to.deep.equal([{ record: 7, step: expected }]);
      expect(drafts.status).to.equal('restored');
      host.remove();
    }
  });

  it('a draft that arrives after a local change is ignored', async () => {
    let answer!: (v: string) => void;
    const { drafts, restored, host } = setup({ get: () => new Promise((r) => (answer = r)), set: () => {}, remove: () => {} }, 10_000);
    const loading = drafts.load();
    await new Promise((r) => setTimeout(r, 0));
    drafts.touch();
    answer(JSON.stringify({ record: 1, step: 0 }));
    await loading;
    expect(restored).to.deep.equal([]);
    host.remove();
  });

  it('an unreadable draft is copied aside before the key is cleared', async () => {
    for (const bad of ['{', '[]', '"x"', JSON.stringify({ record: 'no' }), JSON.stringify({ step: 1 })]) {
      const storage = createMemoryStorage();
      await storage.set('k', bad);
      const { drafts, host } = setup(storage);
      await drafts.load();
      expect(await storage.get('k:unreadable')).to.equal(bad);
      expect(await storage.get('k')).to.equal(null);
      expect(drafts.status).to.equal('set-aside');
      host.remove();
    }
  });

  it('after a failed read it never writes over what may be stored', async () => {
    const writes: string[] = [];
    const { drafts, host } = setup({ get: () => Promise.reject(new Error('x')), set: (k) => void writes.push(k), remove: () => {} });
    await drafts.load();
    await drafts.save({ record: 1, step: 0 });
    expect(writes).to.deep.equal([]);
    host.remove();
  });

  it('prepare (a validator loaded on demand) runs only when a draft is stored; when it fails the draft is neither read, set aside nor written over', async () => {
    for (const [stored, ready, expected] of [
      [null, false, { prepared: 0, restored: 0 }],
      ['{"record":7,"step":1}', true, { prepared: 1, restored: 1 }],
      ['{"record":7,"step":1}', false, { prepared: 1, restored: 0 }],
      ['{not json', false, { prepared: 1, restored: 0 }],
    ] as const) {
      const storage = createMemoryStorage();
      if (stored !== null) await storage.set('k', stored);
      const host = document.createElement('draft-controller-host') as DraftHost;
      document.body.append(host);
      const restored: StoredDraft<number>[] = [];
      let prepared = 0;
      const drafts = new DraftController<number>(host, {
        storage: () => storage,
        key: () => 'k',
        prepare: async () => (prepared++, ready),
        read: readNumber,
        restore: (d) => restored.push(d),
      });
      await drafts.load();
      await drafts.save({ record: 2, step: 0 });
      expect({ prepared, restored: restored.length }, `${stored} ${ready}`).to.deep.equal(expected);
      if (stored !== null && !ready) {
        expect(await storage.get('k'), 'kept as stored').to.equal(stored);
        expect(await storage.get('k:unreadable')).to.equal(null);
        expect(drafts.status).to.equal('idle');
      }
      host.remove();
    }
  });
});
