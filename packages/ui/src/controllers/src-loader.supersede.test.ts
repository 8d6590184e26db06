/**
 * Invariants of `SrcLoader`'s loads:
 * 1. nothing is fetched until `load` is called;
 * 2. whatever mix of slow, failing and good responses (generated sequences), only the last
 *    `load` decides: a superseded load never calls `onLoad` and never leaves "loading"; the
 *    last one ends with its own text or error.
 */
import { expect } from '@open-wc/testing';
import { type BspErrorDetail, type Lang } from '@bsp/sdk';
import type { ReactiveController } from 'lit';
import { SrcLoader, type SrcLoaderOptions } from './src-loader.js';
import { stubFetch } from '../../../../test/stub-fetch.js';
import { pick, seededRandom, type Random } from '../../../../test/robustness/hostile.js';

/** The least a controller host needs: controllers, updates and events. */
class Host extends EventTarget {
  addController(_controller: ReactiveController): void {}
  removeController(_controller: ReactiveController): void {}
  requestUpdate(): void {}
  readonly updateComplete = Promise.resolve(true);
}

const settle = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

function loaderOn(host: Host, lang: Lang = 'nb', extra: Partial<SrcLoaderOptions> = {}) {
  const loaded: string[] = [];
  const loader = new SrcLoader(host, { lang: () => lang, what: () => 'katalogen', onLoad: (text) => void loaded.push(text), ...extra });
  return { loader, loaded };
}

describe('SrcLoader: only the last load decides', () => {
  it('fetches nothing without load()', async () => {
    let fetches = 0;
    const original = window.fetch;
    window.fetch = (...args) => (fetches++, original(...args));
    try {
      const host = new Host();
      for (let i = 0; i < 5; i++) {
        const { loader } = loaderOn(host, pick(seededRandom(i), ['nb', 'nn', 'en'] as const));
        loader.cancel();
        loader.hostDisconnected();
      }
      await settle();
      expect(fetches).to.equal(0);
    } finally {
      window.fetch = original;
    }
  });

  /** One step of a generated sequence: how the response comes. */
  interface Step {
    response: 'ok' | 'slow' | 'missing' | 'unreachable';
  }
  const responses = ['ok', 'slow', 'missing', 'unreachable'] as const;
  const steps = (random: Random): Step[] => Array.from({ length: 1 + Math.floor(random() * 5) }, () => ({ response: pick(random, responses) }));

  for (let seed = 1; seed <= 40; seed++) {
    it(`only the last load decides (generated sequence ${seed})`, async () => {
      const random = seededRandom(seed);
      const sequence = steps(random);
      const routes = Object.fromEntries(
        sequence.flatMap(({ response }, i) =>
          response === 'unreachable'
            ? []
            : [[`/s${i}.json`, response === 'missing' ? { status: 404 } : { body: `body ${i}`, ...(response === 'slow' && { gate: settle(5 + random() * 30) }) }]],
        ),
      );
      const restore = stubFetch(routes);
      try {
        const host = new Host();
        // Which load is the latest when a text or an error arrives.
        let latest = -1;
        const delivered: { from: number; latest: number }[] = [];
        const reported: { from: number; latest: number }[] = [];
        host.addEventListener('bsp-error', (e) => {
          const message = (e as CustomEvent<BspErrorDetail>).detail.issues[0]!.message;
          reported.push({ from: Number(/^\/s(\d+)\.json: /.exec(message)![1]), latest });
        });
        const { loader, loaded } = loaderOn(host, 'nb', { onLoad: (text) => (loaded.push(text), delivered.push({ from: Number(text.split(' ')[1]), latest })) });
        const loads: Promise<void>[] = [];
        for (const i of sequence.keys()) {
          latest = i;
          loads.push(loader.load(`/s${i}.json`));
          if (random() < 0.5) await settle(random() * 10);
        }
        await Promise.all(loads);
        const last = sequence.length - 1;
        const { response } = sequence[last]!;
        expect(loader.loading, 'never left loading').to.equal(false);
        if (response === 'ok' || response === 'slow') {
          expect(loaded.at(-1)).to.equal(`body ${last}`);
          expect(loader.error).to.equal(undefined);
        } else {
          expect(loader.error?.code).to.equal('load-failed');
          expect(loader.error?.issues[0]!.message.startsWith(`/s${last}.json: `)).to.equal(true);
          expect(reported.at(-1)).to.deep.equal({ from: last, latest: last });
        }
        await settle(40);
        // A superseded load delivers nothing and reports nothing, even after the last one ended.
        for (const arrival of [...delivered, ...reported]) expect(arrival.from, JSON.stringify(sequence)).to.equal(arrival.latest);
      } finally {
        restore();
      }
    });
  }
});
