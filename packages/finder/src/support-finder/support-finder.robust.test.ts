/**
 * Invariants of the finder at its boundaries (issues 11, 13, 15):
 * - a search term never reaches `location` unless the host sets `sync-url="all"`, whatever is typed;
 * - a wrong property value shows the error view naming the property and dispatches `bsp-error`,
 *   never throws and never leaves a blank widget; a corrected value brings the content back;
 * - `src` loading: a hang times out, an oversize body is refused, a superseded load never wins
 *   and never leaves "loading", the next good load clears the error, and the national catalog
 *   stays usable throughout (the failure is a warning above it);
 * - everyday words ("pappa drikker", "fengsel", "døde") find the services tagged with the situation;
 * - narrow (≤ 600 px): results come before the filters, which sit behind a disclosure button
 *   showing how many filters are on; the empty state keeps the helplines;
 * - youth view: quick exit by button or Escape twice, replacing the page in the history;
 * - a big catalog shows its first rows at once and ends with exactly what a one-go import
 *   gives (same services, same rejected rows, duplicates found across steps); a newer source
 *   set while it is being validated wins.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { importCatalog, nationalCatalog, type BspErrorDetail } from '@bsp/sdk';
import '../define.js';
import type { BspSupportFinder } from './support-finder.js';
import type { BspQuickExitEvent } from '../events/bsp-quick-exit.js';
import { stubFetch } from '../../../../test/stub-fetch.js';

const root = (el: BspSupportFinder) => el.shadowRoot!;
const ids = (el: BspSupportFinder) => [...root(el).querySelectorAll<HTMLElement>('[part="results"] [data-id]')].map((li) => li.dataset['id']!);
const text = (el: BspSupportFinder) => root(el).textContent!.replace(/\s+/g, ' ');

async function search(el: BspSupportFinder, value: string) {
  const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}


const localJson = (id: string) => JSON.stringify([{ id, name: `Lokalt ${id}`, description: 'Et lokalt tilbud.', audience: ['children'], format: ['group'], area: ['4601'] }]);
const nationalVisible = (el: BspSupportFinder) => ids(el).filter((id) => nationalCatalog.some((s) => s.id === id)).length > 0;

describe('<bsp-support-finder> boundaries', () => {
  it('never puts the search text in the URL by default, whatever is typed', async () => {
    const before = location.href;
    try {
      const el = await fixture<BspSupportFinder>(html`<bsp-support-finder sync-url></bsp-support-finder>`);
      const typed = ['mor drikker mye', 'pappa i fengsel', 'å ø æ', '<script>', 'a&b=c', '?bsp-q=x', '%20', ...Array.from({ length: 40 }, (_, n) => `ord${n} ${String.fromCharCode(65 + n)}`)];
      for (const term of typed) {
        await search(el, term);
        root(el).querySelector<HTMLInputElement>('[id$="-free"]')?.click();
        await el.updateComplete;
        const where = decodeURIComponent(location.href + history.state);
        expect(where).not.to.contain(term);
        expect(location.search).not.to.contain('bsp-q');
      }
      expect(location.search).to.match(/bsp-free=1|^\?wtr|^$/);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  // Many hostile values per property: test/robustness/widgets.cases.ts. Here: the way back.
  it('a wrong exit-url shows the error view naming it; a corrected one brings the content back', async () => {
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder audience="youth"></bsp-support-finder>`);
    const event = oneEvent(el, 'bsp-error');
    expect(() => el.setAttribute('exit-url', 'javascript:alert(1)')).not.to.throw();
    const { detail } = (await event) as CustomEvent<BspErrorDetail>;
    expect(detail.code).to.equal('invalid-input');
    expect(detail.issues.map((i) => i.path)).to.include('exitUrl');
    await el.updateComplete;
    expect(root(el).querySelector('[part="error"]')!.textContent).to.contain('exitUrl');
    expect(root(el).querySelector('[part="quick-exit"]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.setAttribute('exit-url', 'https://www.nrk.no/');
    await el.updateComplete;
    expect(root(el).querySelector('[part="error"]')).to.equal(null);
    expect(ids(el).length).to.be.greaterThan(0);
  });

  it('a src that hangs times out with a warning; the national catalog stays usable', async () => {
    const restore = stubFetch({ '/hang.json': { hang: true } });
    try {
      const el = await fixture<BspSupportFinder>(html`<bsp-support-finder src-timeout="60"></bsp-support-finder>`);
      const event = oneEvent(el, 'bsp-error');
      el.src = '/hang.json';
      const { detail } = (await event) as CustomEvent<BspErrorDetail>;
      expect(detail.code).to.equal('load-failed');
      expect(detail.issues[0]!.message).to.contain('svarte ikke innen');
      await el.updateComplete;
      expect(root(el).querySelector('[part="load-warning"]')).to.exist;
      expect(nationalVisible(el)).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('refuses a src larger than the limit, and the next good load clears the warning', async () => {
    const restore = stubFetch({ '/big.json': { body: localJson('x'.repeat(50)) }, '/good.json': { body: localJson('god') } });
    try {
      const el = await fixture<BspSupportFinder>(html`<bsp-support-finder src-max-bytes="100" lang="en"></bsp-support-finder>`);
      const event = oneEvent(el, 'bsp-error');
      el.src = '/big.json';
      const { detail } = (await event) as CustomEvent<BspErrorDetail>;
      expect(detail.issues[0]!.message).to.contain('is larger than');
      await el.updateComplete;
      expect(nationalVisible(el)).to.equal(true);
      el.srcMaxBytes = undefined;
      el.src = '/good.json';
      await waitUntil(() => ids(el).includes('god'), 'the good load arrives');
      expect(root(el).querySelector('[part="load-warning"]')).to.equal(null);
      expect(ids(el)).to.include('god');
    } finally {
      restore();
    }
  });

  it('a superseded load never wins; JSON served as text/plain is sniffed', async () => {
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const restore = stubFetch({ '/slow.json': { body: localJson('slow'), gate }, '/fast': { body: localJson('fast'), type: 'text/plain' } });
    try {
      const el = await fixture<BspSupportFinder>(html`<bsp-support-finder></bsp-support-finder>`);
      el.src = '/slow.json';
      await el.updateComplete;
      el.src = '/fast';
      await waitUntil(() => ids(el).includes('fast'), 'the later load arrives');
      release();
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(ids(el)).to.include('fast');
      expect(ids(el)).not.to.include('slow');
    } finally {
      restore();
    }
  });

  it('everyday words find the services tagged with the situation they name', async () => {
    const local = [
      { id: 'fengsel-lokal', name: 'Samtalegruppe', description: 'Et lokalt tilbud.', audience: ['youth'], format: ['group'], area: ['4601'], eligibility: { situations: ['prison'] } },
      { id: 'rus-lokal', name: 'Treffpunkt', description: 'Et lokalt tilbud.', audience: ['youth'], format: ['group'], area: ['4601'], eligibility: { situations: ['addiction'] } },
    ];
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder audience="youth" .services=${local}></bsp-support-finder>`);
    await search(el, 'fengsel');
    expect(ids(el)).to.include('fengsel-lokal');
    await search(el, 'pappa drikker');
    expect(ids(el)).to.include('rus-lokal');
    for (const id of nationalCatalog.filter((s) => s.eligibility?.situations?.includes('addiction') && s.audience.some((a) => a === 'youth' || a === 'children')).map((s) => s.id)) expect(ids(el)).to.include(id);
    await expect(el).to.be.accessible();
  });

  it('narrow: results first, filters behind a disclosure with the active-filter count', async function () {
    this.timeout(30_000); // axe over the open filters and the result list is slow on a busy machine
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder style="width: 320px; display: block"></bsp-support-finder>`);
    const toggle = root(el).querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;
    const filters = root(el).querySelector<HTMLElement>('[part="filters"]')!;
    expect(getComputedStyle(toggle).display).not.to.equal('none');
    expect(getComputedStyle(filters).display).to.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent!.trim()).to.equal('Filtre');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(filters).display).not.to.equal('none');
    root(el).querySelector<HTMLInputElement>('[id$="-free"]')!.click();
    root(el).querySelector<HTMLInputElement>('[id$="-situations-addiction"]')!.click();
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Filtre (2 valgt)');
    await expect(el).to.be.accessible();
    const first = root(el).querySelector('[part="service"]')!.getBoundingClientRect();
    toggle.click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="service"]')!.getBoundingClientRect().top).to.be.below(first.top);

    const wide = await fixture<BspSupportFinder>(html`<bsp-support-finder style="width: 1200px; display: block"></bsp-support-finder>`);
    expect(getComputedStyle(root(wide).querySelector('[part="filters-toggle"]')!).display).to.equal('none');
    expect(getComputedStyle(root(wide).querySelector('[part="filters"]')!).display).not.to.equal('none');
  });

  it('youth: empty state keeps the helplines, with youth wording', async () => {
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder audience="youth" lang="nn"></bsp-support-finder>`);
    await search(el, 'finnstikkjenokonstad');
    expect(text(el)).to.contain('Vi fann ingenting som passar');
    expect(root(el).querySelector('a[href="tel:116111"]')).to.exist;
    expect(text(el)).to.contain('Vel tema');
    expect(text(el)).not.to.contain('Nullstill');
    await expect(el).to.be.accessible();
  });

  it('youth: quick exit by button and by Escape twice replaces the page', async () => {
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder audience="youth" exit-url="https://www.nrk.no/"></bsp-support-finder>`);
    const exits: string[] = [];
    // The test handles the exit itself (a host may too); otherwise location.replace(url) runs.
    el.addEventListener('bsp-quick-exit', (e: BspQuickExitEvent) => {
      e.preventDefault();
      exits.push(e.detail.url);
    });
    const button = root(el).querySelector<HTMLButtonElement>('[part="quick-exit"]')!;
    expect(button.textContent).to.equal('Forlat siden raskt');
    button.click();
    expect(exits).to.deep.equal(['https://www.nrk.no/']);
    root(el).querySelector<HTMLInputElement>('input[type=search]')!.focus();
    await sendKeys({ press: 'Escape' });
    expect(exits).to.have.length(1);
    await sendKeys({ press: 'Escape' });
    expect(exits).to.have.length(2);
    await expect(el).to.be.accessible();

    const families = await fixture<BspSupportFinder>(html`<bsp-support-finder></bsp-support-finder>`);
    expect(root(families).querySelector('[part="quick-exit"]')).to.equal(null);
  });

  describe('a big catalog', () => {
    /** 6,000 rows with broken ones and duplicate ids spread through it (also past the first step). */
    const bigCatalog = (prefix: string) =>
      Array.from({ length: 6000 }, (_, i) =>
        i % 997 === 5
          ? { id: `${prefix}${i}`, name: 42 }
          : { id: i % 1499 === 7 ? `${prefix}1` : `${prefix}${i}`, name: `Tilbud ${i}`, description: 'Et lokalt tilbud.', audience: ['children'], format: ['group'], area: ['4601'] },
      );
    const inFull = (el: BspSupportFinder, count: number) => waitUntil(() => el.catalogServices.length === count, 'the whole catalog is in', { timeout: 20_000 });

    it('shows its first rows at once and ends with what a one-go import gives', async function () {
      this.timeout(30_000);
      const services = bigCatalog('b');
      const expected = importCatalog(services, 'nb');
      const errors: BspErrorDetail[] = [];
      const el = await fixture<BspSupportFinder>(html`<bsp-support-finder no-national @bsp-error=${(e: CustomEvent<BspErrorDetail>) => errors.push(e.detail)} .services=${services}></bsp-support-finder>`);
      expect(ids(el).length).to.be.greaterThan(0);
      await inFull(el, expected.services.length);
      expect(el.catalogServices.map((s) => s.id)).to.deep.equal(expected.services.map((s) => s.id));
      const rows = expected.rejected.flatMap((r) => r.issues.map((i) => `${r.row}.${i.path}`));
      expect(rows.length).to.be.greaterThan(5);
      expect(errors.flatMap((e) => e.issues.map((i) => i.path))).to.deep.equal(rows);
    });

    it('a newer source set while validating wins', async function () {
      this.timeout(30_000);
      const el = await fixture<BspSupportFinder>(html`<bsp-support-finder no-national .services=${bigCatalog('old')}></bsp-support-finder>`);
      el.services = [{ id: 'ny', name: 'Nytt tilbud', description: 'Et lokalt tilbud.', audience: ['children'], format: ['group'], area: ['4601'] }];
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(el.catalogServices.map((s) => s.id)).to.deep.equal(['ny']);
      expect(ids(el)).to.deep.equal(['ny']);
    });
  });
});
