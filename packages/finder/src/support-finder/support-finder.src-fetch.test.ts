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
import { expectFailedLikeUnreachable, failingImport, lazySeam, loadWarningOf } from '../../../../test/lazy-helpers.js';

const seam = lazySeam(srcFetch);
const root = (el: BspSupportFinder) => el.shadowRoot!;
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
        const el = await fixture<BspSupportFinder>(html`<bsp-support-finder lang=${lang} audience="staff"></bsp-support-finder>`);
        const errors = await expectFailedLikeUnreachable(reference, el, () => seam.unload(failingImport));
        expect(ids(el).length).to.be.greaterThan(0);
        expect(ids(el).every((id) => nationalCatalog.some((s) => s.id === id))).to.equal(true);
        await expect(el).to.be.accessible();

        seam.importer = seam.real;
        el.src = '/ok.json';
        await waitUntil(() => ids(el).includes('lokal-1'), 'the next src loads');
        expect(loadWarningOf(el)).to.equal(undefined);
        expect(errors).to.have.length(1);
      } finally {
        restore();
      }
    });
  }
});
