import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { nationalCatalog, type BspErrorDetail } from '@bsp/sdk';
import '../define.js';
import type { BspSupportFinder } from './support-finder.js';
import type { FinderSelectDetail } from '../events/bsp-select.js';
import { runConformance, XSS } from '../../../../test/conformance.js';
import { expectOutlineBelow } from '../../../../test/heading-outline.js';
import { expectEachRefused, type BreakCase } from '../../../../test/refused-property.js';

const root = (el: BspSupportFinder) => el.shadowRoot!;
const count = (el: BspSupportFinder) => root(el).querySelector('[role="status"]')!.textContent!.trim();
const ids = (el: BspSupportFinder) => [...root(el).querySelectorAll<HTMLElement>('[part="results"] [data-id]')].map((li) => li.dataset['id']);
const box = (el: BspSupportFinder, suffix: string) => [...root(el).querySelectorAll('input')].find((i) => i.id.endsWith(suffix))!;

async function search(el: BspSupportFinder, text: string) {
  const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function check(el: BspSupportFinder, suffix: string) {
  box(el, suffix).click();
  await el.updateComplete;
}

const local = {
  services: [
    { id: 'lokal-gruppe', name: 'Lokal sorggruppe', description: 'For barn i sorg i Eksempel kommune.', audience: ['children'], format: ['group'], area: ['4601'], eligibility: { age_min: 8, age_max: 12, situations: ['bereavement'] }, languages: ['nb', 'ar'] },
  ],
};

runConformance<BspSupportFinder>({
  tag: 'bsp-support-finder',
  render: () => html`<bsp-support-finder></bsp-support-finder>`,
  makeInvalid: (el) => {
    el.services = [{ id: 'x', name: '', description: 'd', audience: ['children'], format: ['group'], area: 'national' }];
  },
  invalidPath: '1.name',
  shownPath: 'Rad 1',
  injectXss: (el) => {
    el.services = [{ id: 'xss', name: XSS, description: XSS, organization: { name: XSS }, audience: ['children'], format: ['group'], area: 'national', url: 'https://eksempel.invalid/' }];
  },
  overrideKey: 'heading',
});

describe('<bsp-support-finder>', () => {
  it('searches with and without diacritics and in nynorsk, and announces the count', async () => {
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder></bsp-support-finder>`);
    const total = ids(el).length;
    expect(count(el)).to.equal(`${total} tilbud`);
    await search(el, 'Kors på halsen');
    expect(ids(el)).to.include('kors-pa-halsen');
    const withDiacritics = ids(el);
    await search(el, 'kors pa halsen');
    expect(ids(el)).to.deep.equal(withDiacritics);
    await search(el, 'sysken');
    const nynorsk = ids(el);
    await search(el, 'søsken');
    expect(ids(el)).to.deep.equal(nynorsk);
    expect(nynorsk).to.include('sibs');
    expect(count(el)).to.equal(`${nynorsk.length} tilbud`);
    await expect(el).to.be.accessible();
  });

  it('narrows by each facet alone and combined, with counts', async () => {
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder .services=${local}></bsp-support-finder>`);
    const all = ids(el).length;
    await check(el, '-situations-addiction');
    const addiction = ids(el);
    expect(addiction.length).to.be.below(all);
    expect(addiction).to.include('bla-kors-kompasset');
    await check(el, '-situations-addiction');
    await check(el, '-formats-phone-chat');
    expect(ids(el).every((id) => nationalCatalog.find((s) => s.id === id)?.format.includes('phone-chat'))).to.equal(true);
    await check(el, '-free');
    const combined = ids(el);
    expect(combined.length).to.be.greaterThan(0);
    expect(combined.every((id) => nationalCatalog.find((s) => s.id === id)?.cost === 'free')).to.equal(true);
    root(el).querySelector<HTMLButtonElement>('button[id$="-clear"]')!.click();
    await el.updateComplete;
    expect(ids(el).length).to.equal(all);
    const age = box(el, '-age');
    age.value = '10';
    age.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(ids(el)).to.include('lokal-gruppe');
    age.value = '14';
    age.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(ids(el)).not.to.include('lokal-gruppe');
    await check(el, '-languages-ar');
    // The language facet names languages in the reader's language, not by code.
    expect(root(el).querySelector(`label[for$="-languages-ar"]`)!.textContent).to.match(/^Arabisk \(\d+\)$/);
    await check(el, '-who-sibling');
    await check(el, '-audiences-children');
    await check(el, '-noref');
    expect(count(el)).to.match(/^\d+ tilbud$/);
    await expect(el).to.be.accessible();
  });

  it('always offers the national lines when nothing matches', async () => {
    const metrics: string[] = [];
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder .metrics=${(m: { name: string }) => metrics.push(m.name)}></bsp-support-finder>`);
    await search(el, 'finnesikkeiheletatt');
    expect(count(el)).to.equal('0 tilbud');
    expect(root(el).textContent).to.contain('Her kan du ringe eller chatte');
    expect(root(el).querySelector('a[href="tel:80033321"]')).to.exist;
    expect(root(el).querySelector('a[href="tel:116111"]')).to.exist;
    expect(metrics).to.deep.equal(['no-results']);
    expect(metrics.join()).not.to.contain('finnesikke');
    await expect(el).to.be.accessible();
  });

  it('no-results counts once per empty streak, from the result: a helpline opened and closed is the same streak', async () => {
    const metrics: string[] = [];
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder .metrics=${(m: { name: string }) => metrics.push(m.name)}></bsp-support-finder>`);
    await search(el, 'finnesikkeiheletatt');
    await waitUntil(() => root(el).querySelector('.lines'), 'the helplines');
    // Nothing known: said plainly, each line with its hours, never «alltid».
    expect(root(el).textContent).to.contain('Vi fant ikke noe tilbud for akkurat de ordene.');
    expect(root(el).textContent).to.contain('omtrent fra 14 til 22');
    expect(root(el).textContent).not.to.contain('alltid');
    root(el).querySelector<HTMLButtonElement>('.lines [part="service"] button.link')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="detail"]')).to.exist;
    root(el).querySelector<HTMLButtonElement>('[part="detail"] button.link')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.lines')).to.exist;
    // (The view read the DOM: the detail has no list, so going back counted a second no-results.)
    expect(metrics.filter((m) => m === 'no-results')).to.have.length(1);
    await search(el, 'sorg');
    await search(el, 'finnesikkeiheletatt igjen');
    expect(metrics.filter((m) => m === 'no-results')).to.have.length(2);
  });

  it('youth: "fengsel", "pappa sitter inne" and "psyksik" find help, the situation\'s own services first', async () => {
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder audience="youth"></bsp-support-finder>`);
    for (const query of ['fengsel', 'pappa sitter inne']) {
      await search(el, query);
      await waitUntil(() => ids(el).includes('kors-pa-halsen'), `${query}: the general helplines`);
      expect(ids(el).slice(0, 4).sort(), query).to.deep.equal(['barneansvarlig-fengsel', 'barneombudet-fengsel', 'ffp', 'i-fengsel-chat']);
    }
    await search(el, 'mamma er psyksik');
    await waitUntil(() => ids(el).includes('ung-no'), 'a typo still finds help');
    await expect(el).to.be.accessible();
  });

  it('youth view: plain language, only services for children and young people', async () => {
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder audience="youth" lang="nn"></bsp-support-finder>`);
    expect(root(el).querySelector('h2')!.textContent).to.equal('Finn nokon å snakke med');
    expect(root(el).textContent).to.contain('Nokon i familien slit psykisk');
    expect(ids(el)).not.to.include('snakkemedbarn');
    expect(ids(el)).not.to.include('icdp');
    expect(ids(el)).to.include('kors-pa-halsen');
    expect(root(el).querySelector('[id$="-formats-group"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('families never get tools for professionals; staff do', async () => {
    const families = await fixture<BspSupportFinder>(html`<bsp-support-finder></bsp-support-finder>`);
    expect(ids(families)).not.to.include('snakkemedbarn');
    const staff = await fixture<BspSupportFinder>(html`<bsp-support-finder audience="staff"></bsp-support-finder>`);
    expect(ids(staff)).to.include('snakkemedbarn');
  });

  it('opens a detail view by keyboard and emits bsp-select', async () => {
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder lang="en"></bsp-support-finder>`);
    const more = root(el).querySelector<HTMLButtonElement>('[data-id="sibs"] button')!;
    expect(more.textContent!.trim()).to.equal('More about SIBS – groups for siblings and parents');
    more.focus();
    const selected = oneEvent(el, 'bsp-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await selected) as CustomEvent<FinderSelectDetail>;
    expect(detail.id).to.equal('sibs');
    await el.updateComplete;
    const section = root(el).querySelector('[part="detail"]')!;
    expect(section.textContent).to.contain('Frambu');
    expect(section.textContent).to.contain("not yet been checked against the provider's website");
    expect(root(el).activeElement?.tagName, 'focus on the detail heading, one level below the finder\'s').to.equal('H3');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part="detail"] button')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('[part="detail"]')).to.equal(null);
    expect(root(el).activeElement?.closest('[data-id]')?.getAttribute('data-id'), 'focus back on the opener').to.equal('sibs');
  });

  it('puts its headings below the host heading level (heading-level 1–6), list and detail, and refuses other levels', async () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      for (const audience of ['families', 'youth'] as const) {
        const el = await fixture<BspSupportFinder>(html`<bsp-support-finder heading-level=${level} audience=${audience}></bsp-support-finder>`);
        expectOutlineBelow(root(el), level, `${audience} list at ${level}:`);
        root(el).querySelector<HTMLButtonElement>('[part="results"] [data-id] button')!.click();
        await el.updateComplete;
        expectOutlineBelow(root(el), level, `${audience} detail at ${level}:`);
        if (level === 4) await expect(el).to.be.accessible();
      }
    }
    const wrongLevels = ['0', '7', 'to'].map((wrong): BreakCase<BspSupportFinder> => ['headingLevel', (el) => el.setAttribute('heading-level', wrong)]);
    await expectEachRefused(() => html`<bsp-support-finder></bsp-support-finder>`, wrongLevels);
  });

  it('loads the good rows of a broken catalog and reports the bad ones by row and field', async () => {
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder></bsp-support-finder>`);
    const event = oneEvent(el, 'bsp-error');
    el.services = [local.services[0], { id: 'bad', name: 'Uten format', description: 'x', audience: ['children'], format: [], area: 'national', url: 'javascript:alert(1)' }];
    const { detail } = (await event) as CustomEvent<BspErrorDetail>;
    expect(detail.issues.map((i) => i.path).sort()).to.deep.equal(['2.format', '2.url']);
    await el.updateComplete;
    expect(ids(el)).to.include('lokal-gruppe');
    expect(ids(el)).not.to.include('bad');
    expect(root(el).querySelector('[part="rejected"]')!.textContent).to.contain('Rad 2 (bad)');
  });

  it('loads a CSV catalog from src only when set', async () => {
    const csv = 'id;name;description;audience;format;area\ncsv-1;CSV-gruppe;Fra regnearket;youth;group;4601\n';
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder src=${url}></bsp-support-finder>`);
    await waitUntil(() => ids(el).includes('csv-1'), 'the CSV rows arrive');
  });

  it('mirrors the facets in the URL when asked, and reads them back; the free text only with sync-url="all"', async () => {
    const before = location.href;
    try {
      const el = await fixture<BspSupportFinder>(html`<bsp-support-finder sync-url></bsp-support-finder>`);
      await search(el, 'sorg');
      await check(el, '-situations-bereavement');
      expect(location.search).not.to.contain('bsp-q');
      expect(location.search).to.contain('bsp-situation=bereavement');
      const again = await fixture<BspSupportFinder>(html`<bsp-support-finder sync-url></bsp-support-finder>`);
      expect(box(again, '-situations-bereavement').checked).to.equal(true);
      const all = await fixture<BspSupportFinder>(html`<bsp-support-finder sync-url="all"></bsp-support-finder>`);
      await search(all, 'sorg');
      expect(location.search).to.contain('bsp-q=sorg');
      const reread = await fixture<BspSupportFinder>(html`<bsp-support-finder sync-url="all"></bsp-support-finder>`);
      expect(root(reread).querySelector<HTMLInputElement>('input[type=search]')!.value).to.equal('sorg');
      expect(ids(reread)).to.deep.equal(ids(all));
      const plain = await fixture<BspSupportFinder>(html`<bsp-support-finder></bsp-support-finder>`);
      expect(root(plain).querySelector<HTMLInputElement>('input[type=search]')!.value).to.equal('');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('prints the list without the filters and buttons', async () => {
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder></bsp-support-finder>`);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(root(el).querySelector('[part="filters"]')!).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('[part="results"] button')!).display).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('[part="results"]')!).display).not.to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
