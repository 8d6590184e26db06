/**
 * Invariants of `src` fetching on demand (issue 12: the fetching code is not in a widget's
 * first load; it loads with `LazyModule` when `load(src)` is first called):
 * 1. nothing is fetched, and the fetching code is not loaded, until `load` is called;
 * 2. fetching code that cannot load gives exactly what an unreachable `src` gives: one
 *    `bsp-error` (code `load-failed`, the issue names `src`), `error` kept, "loading" over, no
 *    `onLoad`, in nb, nn and en; the next `load` tries to load the code again;
 * 3. whatever mix of slow, failing and working code loads and slow, failing and good
 *    responses (generated sequences), only the last `load` decides: a superseded load never
 *    calls `onLoad` and never leaves "loading"; the last one ends with its own text or error.
 */
import { expect } from '@open-wc/testing';
import { loadLanguage, type BspErrorDetail, type Lang } from '@bsp/sdk';
import type { ReactiveController } from 'lit';
import { SrcLoader, srcFetch, type SrcLoaderOptions } from './src-loader.js';
import { stubFetch } from '../../../../test/stub-fetch.js';
import { errorsOf, failingImport, lazySeam } from '../../../../test/lazy-helpers.js';
import { pick, seededRandom, type Random } from '../../../../test/robustness/hostile.js';

/** The least a controller host needs: controllers, updates and events. */
class Host extends EventTarget {
  addController(_controller: ReactiveController): void {}
  removeController(_controller: ReactiveController): void {}
  requestUpdate(): void {}
  readonly updateComplete = Promise.resolve(true);
}

const seam = lazySeam(srcFetch);
const settle = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

function loaderOn(host: Host, lang: Lang = 'nb', extra: Partial<SrcLoaderOptions> = {}) {
  const loaded: string[] = [];
  const loader = new SrcLoader(host, { lang: () => lang, what: () => 'katalogen', onLoad: (text) => void loaded.push(text), ...extra });
  return { loader, loaded };
}

describe('SrcLoader: fetching code on demand', () => {
  before(() => Promise.all([loadLanguage('nn'), loadLanguage('en')]));
  afterEach(() => seam.unload());

  it('loads neither the fetching code nor anything over the network without load()', async () => {
    let imports = 0;
    seam.unload(() => (imports++, seam.real()));
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
      expect([imports, fetches]).to.deep.equal([0, 0]);
      expect(seam.module).to.equal(undefined);
    } finally {
      window.fetch = original;
    }
  });

  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`${lang}: fetching code that cannot load is reported as an unreachable src; the next load retries`, async () => {
      const restore = stubFetch({ '/ok.json': { body: '{"a":1}' } });
      try {
        // What an unreachable src gives, with the fetching code there.
        const reference = new Host();
        const unreachable = loaderOn(reference, lang);
        const referenceErrors = errorsOf(reference);
        await unreachable.loader.load('/nowhere.json');
        expect(referenceErrors).to.have.length(1);

        seam.unload(failingImport);
        const host = new Host();
        const errors = errorsOf(host);
        const { loader, loaded } = loaderOn(host, lang);
        await loader.load('/nowhere.json');
        expect(errors).to.deep.equal(referenceErrors);
        const [error] = errors as [BspErrorDetail];
        expect(error.code).to.equal('load-failed');
        expect(error.issues.map((issue) => issue.path)).to.deep.equal(['src']);
        expect(loader.error).to.deep.equal(error);
        expect(loader.loading).to.equal(false);
        expect(loaded).to.deep.equal([]);
        expect(seam.failure).to.not.equal(undefined);

        // The code still cannot load: one more error for the next load, nothing else.
        await loader.load('/ok.json');
        expect(errors).to.have.length(2);
        expect(errors[1]!.issues[0]!.message.startsWith('/ok.json: ')).to.equal(true);

        seam.importer = seam.real;
        await loader.load('/ok.json');
        expect(loaded).to.deep.equal(['{"a":1}']);
        expect(loader.error).to.equal(undefined);
        expect(loader.loading).to.equal(false);
        expect(errors).to.have.length(2);
      } finally {
        restore();
      }
    });
  }

  /** One step of a generated sequence: how the code loads and how the response comes. */
  interface Step {
    code: 'ok' | 'slow' | 'failing';
    response: 'ok' | 'slow' | 'missing' | 'unreachable';
  }
  const codes = ['ok', 'slow', 'failing'] as const;
  const responses = ['ok', 'slow', 'missing', 'unreachable'] as const;
  const steps = (random: Random): Step[] =>
    Array.from({ length: 1 + Math.floor(random() * 5) }, () => ({ code: pick(random, codes), response: pick(random, responses) }));

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
        for (const [i, step] of sequence.entries()) {
          // Each load finds the code as its step says: there, arriving late, or failing (after
          // any load of it already under way has ended).
          await srcFetch.load();
          seam.unload(step.code === 'failing' ? failingImport : step.code === 'slow' ? () => settle(random() * 30).then(seam.real) : seam.real);
          latest = i;
          loads.push(loader.load(`/s${i}.json`));
          if (random() < 0.5) await settle(random() * 10);
        }
        await Promise.all(loads);
        const last = sequence.length - 1;
        const { code, response } = sequence[last]!;
        expect(loader.loading, 'never left loading').to.equal(false);
        if (code !== 'failing' && (response === 'ok' || response === 'slow')) {
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
