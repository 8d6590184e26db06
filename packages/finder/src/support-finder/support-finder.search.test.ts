/**
 * Invariants of the finder's text search on demand (issue 12: the word index, synonyms and
 * scoring are not in its first load), in this order in one page, so the module starts unloaded:
 * 1. without a query, the first render never waits for the search: it shows the whole pool even
 *    while the search's import hangs; the search is fetched after that render;
 * 2. with a query in the first render (a shared link, `sync-url="all"`), that render already shows
 *    the query's results: never the unfiltered list first;
 * 3. whatever is typed (words from the catalog, misspellings, generated and hostile strings),
 *    the list is exactly what the SDK's `filterServices` gives for the same pool and filters;
 * 4. when the search cannot load: typing leaves every service the filters allow under a warning
 *    (no error view, nothing throws), one `bsp-error` (load-failed) however much is typed; once
 *    it can load, the next keystroke searches and the warning goes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { filterServices, nationalCatalog, pick as pickText, type Service } from '@bsp/sdk';
import '../define.js';
import { finderSearch, type BspSupportFinder } from './support-finder.js';
import { XSS_STRINGS, pick, seededRandom } from '../../../../test/robustness/hostile.js';
import { errorsOf, failingImport, lazySeam, recordShown } from '../../../../test/lazy-helpers.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const seam = lazySeam(finderSearch);
const realImporter = seam.real;
const useImporter = (importer: () => Promise<unknown>) => seam.unload(importer);

const ids = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('[part="results"] [data-id]')].map((li) => li.dataset['id']!);
const count = (el: HTMLElement) => root(el).querySelector('.count-line')?.textContent?.trim() ?? '';
/** The families' pool: what `<bsp-support-finder>` searches with its default audience. */
const familyPool: Service[] = nationalCatalog.filter((s) => s.audience.some((a) => a !== 'professionals'));

async function type(el: BspSupportFinder, text: string) {
  const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

describe('<bsp-support-finder> search on demand', () => {
  it('(1) without a query the first render does not wait for the search, which loads after it', async () => {
    expect(seam.module, 'unloaded at the start of the page').to.equal(undefined);
    let requested = 0;
    let release!: () => void;
    useImporter(() => {
      requested++;
      return new Promise((resolve) => (release = () => resolve(realImporter())));
    });
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder></bsp-support-finder>`);
    expect(count(el)).to.equal(`${familyPool.length} tilbud`);
    expect(ids(el)).to.deep.equal(familyPool.slice(0, 50).map((s) => s.id));
    await waitUntil(() => requested === 1, 'the search is fetched after the first render');
    release();
    await waitUntil(() => seam.module, 'loaded');
    await expect(el).to.be.accessible();
  });

  it('(2) a query in the first render: that render already shows its results', async () => {
    const before = location.href;
    try {
      for (const query of ['sorg', 'rus', 'kreft']) {
        useImporter(() => new Promise((resolve) => setTimeout(resolve, 30)).then(realImporter));
        history.replaceState(null, '', `?bsp-q=${query}`);
        const el = document.createElement('bsp-support-finder') as BspSupportFinder;
        el.setAttribute('sync-url', 'all');
        document.body.append(el);
        const shown = recordShown(el);
        await el.updateComplete;
        const expected = filterServices(familyPool, { query }).services;
        expect(expected.length, query).to.be.greaterThan(0).and.lessThan(familyPool.length);
        expect(count(el), query).to.equal(`${expected.length} tilbud`);
        expect(shown(), query).not.to.contain(`${familyPool.length} tilbud`);
        el.remove();
      }
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('(3) whatever is typed, the list is what filterServices gives', async () => {
    useImporter(realImporter);
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder></bsp-support-finder>`);
    const random = seededRandom(12);
    const catalogWords = familyPool.flatMap((s) => pickText(s.name, 'nb').split(/\s+/)).filter((w) => w.length > 2);
    const queries = [
      ...Array.from({ length: 25 }, () => pick(random, catalogWords)),
      ...Array.from({ length: 10 }, () => `${pick(random, catalogWords).slice(0, 4)} ${pick(random, ['syk', 'mamma', 'sjuk', 'pappa drikker', 'sorg'])}`),
      ...XSS_STRINGS,
      '   ',
      'er i på',
      'ÆØÅ æøå',
      'x'.repeat(500),
    ];
    for (const query of queries) {
      await type(el, query);
      const expected = filterServices(familyPool, { query }).services;
      expect(count(el), query).to.equal(`${expected.length} tilbud`);
      expect(ids(el), query).to.deep.equal(expected.slice(0, 50).map((s) => s.id));
    }
  });

  it('(4) a search that cannot load: all services the filters allow, a warning, one bsp-error; then it recovers', async () => {
    useImporter(failingImport);
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder></bsp-support-finder>`);
    const errors = errorsOf(el);
    for (const text of ['s', 'so', 'sor', 'sorg']) await type(el, text);
    expect(root(el).querySelector('[part="error"]')).to.equal(null);
    const warning = root(el).querySelector('[part="load-warning"]');
    expect(warning?.textContent).to.contain('Søket virker ikke akkurat nå');
    expect(count(el)).to.equal(`${familyPool.length} tilbud`);
    expect(errors.map((e) => e.code)).to.deep.equal(['load-failed']);
    expect(errors[0]!.message).to.equal('Kunne ikke hente søket.');
    await expect(el).to.be.accessible();

    seam.importer = realImporter;
    await type(el, 'sorg ');
    expect(root(el).querySelector('[part="load-warning"]')).to.equal(null);
    expect(count(el)).to.equal(`${filterServices(familyPool, { query: 'sorg ' }).services.length} tilbud`);
    expect(errors.length).to.equal(1);
  });
});
