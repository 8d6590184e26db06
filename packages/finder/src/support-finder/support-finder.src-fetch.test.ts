/**
 * Invariants of the finder when the code fetching `src` cannot load (it loads on demand,
 * packages/ui/src/controllers/src-fetch.ts; issue 12):
 * - the national services stay listed under the same warning, and the same `bsp-error` is
 *   dispatched, as for an unreachable `src` (code `load-failed`, the issue names `src`), once;
 * - search still works and the finder stays accessible; nothing throws;
 * - the next `src` change tries the code again and, once it loads, the local services show.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadLanguage, nationalCatalog } from '@bsp/sdk';
import '@bsp/ui/define';
import '../define.js';
import type { BspSupportFinder } from './support-finder.js';
import { srcFetch } from '../../../ui/src/controllers/src-loader.js';
import { stubFetch } from '../../../../test/stub-fetch.js';
import { errorsOf, failingImport, lazySeam } from '../../../../test/lazy-helpers.js';

const seam = lazySeam(srcFetch);
const root = (el: BspSupportFinder) => el.shadowRoot!;
const warning = (el: BspSupportFinder) => root(el).querySelector('[part="load-warning"]')?.textContent?.replace(/\s+/g, ' ').trim();
const ids = (el: BspSupportFinder) => [...root(el).querySelectorAll<HTMLElement>('[part="results"] [data-id]')].map((li) => li.dataset['id']!);
const local = [{ id: 'lokal-1', name: 'Lokal gruppe', description: 'Et lokalt tilbud.', audience: ['children'], format: ['group'], area: ['4601'] }];

describe('<bsp-support-finder> src when the fetching code cannot load', () => {
  before(() => Promise.all([loadLanguage('nn'), loadLanguage('en')]));
  afterEach(() => seam.unload());

  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`${lang}: national services under the unreachable-src warning; the next src retries`, async () => {
      const restore = stubFetch({ '/ok.json': { body: JSON.stringify(local), type: 'application/json' } });
      try {
        const reference = await fixture<BspSupportFinder>(html`<bsp-support-finder lang=${lang} audience="staff"></bsp-support-finder>`);
        const referenceErrors = errorsOf(reference);
        reference.src = '/nowhere.json';
        await waitUntil(() => warning(reference), 'an unreachable src warns');

        seam.unload(failingImport);
        const el = await fixture<BspSupportFinder>(html`<bsp-support-finder lang=${lang} audience="staff"></bsp-support-finder>`);
        const errors = errorsOf(el);
        el.src = '/nowhere.json';
        await waitUntil(() => warning(el), 'the failed code warns');
        expect(warning(el)).to.equal(warning(reference));
        expect(errors).to.deep.equal(referenceErrors);
        expect(errors.map((e) => [e.code, e.issues[0]!.path])).to.deep.equal([['load-failed', 'src']]);
        expect(ids(el).length).to.be.greaterThan(0);
        expect(ids(el).every((id) => nationalCatalog.some((s) => s.id === id))).to.equal(true);
        await expect(el).to.be.accessible();

        seam.importer = seam.real;
        el.src = '/ok.json';
        await waitUntil(() => ids(el).includes('lokal-1'), 'the next src loads');
        expect(warning(el)).to.equal(undefined);
        expect(errors).to.have.length(1);
      } finally {
        restore();
      }
    });
  }
});
