/**
 * Invariants of the role panel when the code fetching `src` cannot load (it loads on demand,
 * packages/ui/src/controllers/src-fetch.ts; issue 12):
 * - the panel shows the same warning and dispatches the same `bsp-error` as for an unreachable
 *   `src` (code `load-failed`, the issue names `src`), once per `src`, in the reader's language;
 * - it keeps working (views, roles) and stays accessible; nothing throws;
 * - the next `src` change tries the code again and, once it loads, the directory shows and the
 *   warning goes;
 * - without `src` (none, an empty one, inline data) the code is not loaded and nothing is fetched.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadLanguage, type MunicipalDirectory } from '@bsp/sdk';
import '../define.js';
import type { BspRolePanel } from './role-panel.js';
import { srcFetch } from '../../../ui/src/controllers/src-loader.js';
import { stubFetch } from '../../../../test/stub-fetch.js';
import { expectFailedLikeUnreachable, failingImport, lazySeam, loadWarningOf } from '../../../../test/lazy-helpers.js';

const seam = lazySeam(srcFetch);
const shadow = (el: BspRolePanel) => el.shadowRoot!;
const unitNames = (el: BspRolePanel) => [...shadow(el).querySelectorAll('.unit-results li span:first-child')].map((s) => s.textContent);
const directory: MunicipalDirectory = { municipality: 'Testvik', units: [{ id: 'a', name: 'Enhet A' }, { id: 'b', name: 'Enhet B' }] };

describe('<bsp-role-panel> src when the fetching code cannot load', () => {
  before(() => Promise.all([loadLanguage('nn'), loadLanguage('en')]));
  afterEach(() => seam.unload());

  it('loads no fetching code and fetches nothing without src', async () => {
    let imports = 0;
    seam.unload(() => (imports++, seam.real()));
    let fetches = 0;
    const restore = stubFetch({});
    const stubbed = window.fetch;
    window.fetch = (...args) => (fetches++, stubbed(...args));
    try {
      await fixture(html`<bsp-role-panel></bsp-role-panel>`);
      await fixture(html`<bsp-role-panel .directory=${directory} view="roles"></bsp-role-panel>`);
      const cleared = await fixture<BspRolePanel>(html`<bsp-role-panel src=""></bsp-role-panel>`);
      cleared.directory = directory;
      await cleared.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect([imports, fetches]).to.deep.equal([0, 0]);
    } finally {
      restore();
    }
  });

  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`${lang}: warns as for an unreachable src, keeps working, and the next src retries`, async () => {
      const restore = stubFetch({ '/ok.json': { body: JSON.stringify(directory) } });
      try {
        const reference = await fixture<BspRolePanel>(html`<bsp-role-panel lang=${lang}></bsp-role-panel>`);
        const el = await fixture<BspRolePanel>(html`<bsp-role-panel lang=${lang}></bsp-role-panel>`);
        const errors = await expectFailedLikeUnreachable(reference, el, () => seam.unload(failingImport));
        expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
        await expect(el).to.be.accessible();
        // Still working: the roles view opens.
        el.view = 'roles';
        await el.updateComplete;
        expect(shadow(el).querySelectorAll('.role-card').length).to.be.greaterThan(2);
        el.view = 'ask';

        seam.importer = seam.real;
        el.src = '/ok.json';
        await waitUntil(() => unitNames(el).length === 2, 'the next src loads');
        expect(loadWarningOf(el)).to.equal(undefined);
        expect(errors).to.have.length(1);
      } finally {
        restore();
      }
    });
  }
});
