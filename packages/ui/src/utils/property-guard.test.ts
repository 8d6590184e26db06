/*
 * Invariants of the property boundary (readHostData, checkTextProperties), for any host value:
 * - it never throws, whatever the value (Proxies, getters, cycles, 5,000-deep shared children);
 * - each host value is read at most once (a getter runs once), and the copy shares nothing
 *   with the host's object;
 * - JSON data within the limits comes back equal to its JSON round trip; "__proto__" stays a
 *   field and never sets a prototype;
 * - past a limit (depth, number of values, characters) the value is refused with an issue
 *   whose path starts with the property, and exactly at the limit it is accepted;
 * - every message is finished text in the reader's language (no "{placeholder}" left).
 */
import { expect } from '@open-wc/testing';
import type { Lang } from '@bsp/sdk';
import '@bsp/sdk/languages/nn';
import '@bsp/sdk/languages/en';
import { HOSTILE_KINDS, mutations } from '../../../../test/robustness/hostile.js';
import { HOST_DATA_LIMITS, MAX_PROPERTY_TEXT, checkTextProperties, propertyError, readHostData } from './property-guard.js';

const LANGS: Lang[] = ['nb', 'nn', 'en'];
const sample = { id: 'x', list: [1, 'to', null, true, { deep: ['a', { b: 'c' }] }], nested: { a: { b: { c: 'd' } } } };

function deep(depth: number, inner: (child: unknown) => unknown): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = inner(value);
  return value;
}

const pathOf = (result: ReturnType<typeof readHostData>) => (result.ok ? undefined : result.error.issues[0]!.path);
const messageOf = (result: ReturnType<typeof readHostData>) => (result.ok ? '' : result.error.issues[0]!.message);

describe('readHostData', () => {
  it('never throws, for every hostile kind, alone and placed anywhere in a sample', () => {
    const inputs = [...HOSTILE_KINDS.map((make) => make().value), ...mutations(sample, 7, 60).map((m) => m.value)];
    for (const input of inputs) for (const lang of LANGS) expect(() => readHostData(input, 'record', lang)).not.to.throw();
  });

  it('copies JSON data exactly, sharing nothing with the original', () => {
    for (const value of [sample, [], {}, 'text', 0, null, [[[]]], { 'a.b': { '': 1 } }]) {
      const result = readHostData(value, 'record', 'nb');
      expect(result.ok).to.equal(true);
      const copy = (result as { value: unknown }).value;
      expect(copy).to.deep.equal(JSON.parse(JSON.stringify(value)));
      if (value && typeof value === 'object') expect(JSON.stringify(copy)).to.equal(JSON.stringify(value));
      if (value && typeof value === 'object') expect(copy).not.to.equal(value);
    }
    const copy = (readHostData(sample, 'record', 'nb') as { value: typeof sample }).value;
    copy.nested.a.b.c = 'changed';
    expect(sample.nested.a.b.c).to.equal('d');
  });

  it('reads each value once: a getter that changes its answer cannot slip past the check', () => {
    let reads = 0;
    const host = {
      get children() {
        reads++;
        // A second read would get something far too deep.
        return reads === 1 ? [{ id: 'a' }] : deep(5_000, (c) => [c]);
      },
    };
    const result = readHostData(host, 'record', 'nb');
    expect(reads).to.equal(1);
    expect(result).to.deep.equal({ ok: true, value: { children: [{ id: 'a' }] } });
  });

  it('keeps "__proto__" as a field, never as a prototype', () => {
    const result = readHostData(JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}'), 'record', 'nb');
    const copy = (result as { value: Record<string, unknown> }).value;
    expect(Object.getPrototypeOf(copy)).to.equal(Object.prototype);
    expect(Object.keys(copy)).to.deep.equal(['__proto__', 'id']);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).to.deep.equal({ polluted: true });
    expect((copy as { polluted?: unknown }).polluted).to.equal(undefined);
    expect(({} as { polluted?: unknown }).polluted).to.equal(undefined);
  });

  it('reads a reactive Proxy (as Vue wraps data) like the object it wraps', () => {
    const reactive = new Proxy(structuredClone(sample), {});
    expect(readHostData(reactive, 'record', 'nb')).to.deep.equal({ ok: true, value: sample });
  });

  it('refuses 5,000-deep data, shared children (2^5000 paths) and cycles, naming where', () => {
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic['self'] = cyclic;
    const inputs = [deep(5_000, (c) => ({ units: c, nb: c })), deep(5_000, (c) => [c]), cyclic];
    for (const input of inputs) {
      const result = readHostData(input, 'overlay', 'nb');
      expect(result.ok).to.equal(false);
      expect(pathOf(result)!.startsWith('overlay.')).to.equal(true);
      expect(pathOf(result)!.split('.')).to.have.length(HOST_DATA_LIMITS.depth + 1);
    }
  });

  it('accepts data exactly at each limit and refuses it one past', () => {
    const limits = { depth: 3, values: 8, characters: 10 };
    const read = (value: unknown) => readHostData(value, 'p', 'en', limits);
    // Depth 3: the root and two levels of containers in it; a third level is refused.
    expect(read({ a: { b: { c: 'x' } } }).ok).to.equal(true);
    expect(pathOf(read({ a: { b: { c: { d: 'x' } } } }))).to.equal('p.a.b.c');
    // Values: the root plus seven items, then eight.
    expect(read(Array.from({ length: 7 }, () => 1)).ok).to.equal(true);
    expect(messageOf(read(Array.from({ length: 8 }, () => 1)))).to.equal('has too many values: at most 8');
    // A sparse array's length counts before any key is made.
    expect(read(new Array(1e9)).ok).to.equal(false);
    // Characters: keys and texts together.
    expect(read({ ab: 'cdefghij' }).ok).to.equal(true);
    expect(messageOf(read({ ab: 'cdefghijk' }))).to.equal('has too much text: at most 10 characters');
    const shared = 'x'.repeat(6);
    expect(read([shared, shared]).ok).to.equal(false);
  });

  it('refuses objects that are not JSON data by their kind, and unreadable values by their path', () => {
    expect(messageOf(readHostData({ at: new Date(0) }, 'record', 'en'))).to.match(/expected JSON, got Date/);
    expect(pathOf(readHostData({ at: new Map() }, 'record', 'en'))).to.equal('record.at');
    const getter = Object.defineProperty({}, 'label', {
      enumerable: true,
      get() {
        throw new Error('host getter');
      },
    });
    expect(pathOf(readHostData({ children: [getter] }, 'record', 'nb'))).to.equal('record.children.0.label');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(pathOf(readHostData({ a: proxy }, 'record', 'nb'))).to.equal('record.a');
  });

  it('gives finished text in every language', () => {
    const inputs = [deep(100, (c) => [c]), Array.from({ length: 20_000 }, () => 1), { a: new Date(0) }, HOSTILE_KINDS.find((k) => k().label === 'throwing Proxy')!().value];
    for (const lang of LANGS) {
      for (const input of inputs) {
        const result = readHostData(input, 'record', lang);
        expect(result.ok).to.equal(false);
        expect(messageOf(result)).not.to.match(/[{}]|undefined/);
      }
    }
  });
});

describe('checkTextProperties and propertyError', () => {
  const names = ['subject', 'draftKey'];

  it('treats null and undefined as unset, and text up to the limit as fine', () => {
    for (const value of [null, undefined, '', 'Patient/123', 'x'.repeat(MAX_PROPERTY_TEXT)]) {
      expect(checkTextProperties({ subject: value, draftKey: 'k' }, names, 'nb')).to.equal(undefined);
    }
  });

  it('names the first wrong property: another type, or text past the limit', () => {
    for (const value of [42, {}, [], true, Symbol('s'), () => 'x', 'x'.repeat(MAX_PROPERTY_TEXT + 1)]) {
      const error = checkTextProperties({ subject: 'ok', draftKey: value }, names, 'nn');
      expect(error?.issues[0]?.path).to.equal('draftKey');
      expect(error?.issues[0]?.message).not.to.match(/[{}]/);
    }
  });

  it('says what it got, not a placeholder', () => {
    for (const lang of LANGS) {
      const message = propertyError(lang, 'headingLevel', '1–6', 9).issues[0]!.message;
      expect(message).not.to.match(/[{}]/);
      expect(message).to.contain('1–6');
    }
  });
});
