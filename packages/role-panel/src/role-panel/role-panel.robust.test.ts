/**
 * Invariants of the role panel at its boundaries (issues 11, 15):
 * - a wrong property value shows the error view naming the property and a `bsp-error`, never a
 *   throw or a blank widget; a corrected value brings the content back;
 * - `src`: a hang times out (never "loading" forever), a superseded load never wins and never
 *   leaves "loading", the next good load clears the warning;
 * - a person's title is not repeated when it says the same as their role label;
 * - unit search is ending- and compound-aware ("hjemmetjenesten"); long lists render in pages.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { BspErrorDetail, MunicipalDirectory } from '@bsp/sdk';
import '../define.js';
import type { BspRolePanel } from './role-panel.js';
import { stubFetch } from '../../../../test/stub-fetch.js';

const shadow = (el: BspRolePanel) => el.shadowRoot!;
const text = (el: BspRolePanel) => shadow(el).textContent!.replace(/\s+/g, ' ');
const unitNames = (el: BspRolePanel) => [...shadow(el).querySelectorAll('.unit-results li span:first-child')].map((s) => s.textContent);

const directory: MunicipalDirectory = {
  municipality: 'Testvik',
  units: [
    { id: 'hb', name: 'Etat for hjemmebaserte tjenester', agency: 'Hjemmebaserte tjenester', leader: { name: 'Lars Leder', title: 'Enhetsleder' } },
    { id: 'hs', name: 'Hjemmesykepleien Nord', barneansvarlig: [{ name: 'Hilde', title: 'Sykepleier' }] },
    { id: 'bup', name: 'Helsestasjon Sentrum', barneansvarlig: [{ name: 'Bente' }] },
  ],
};

async function typeSearch(el: BspRolePanel, value: string) {
  const input = shadow(el).querySelector<HTMLInputElement>('#unit-search')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}


describe('<bsp-role-panel> boundaries', () => {
  // Many hostile values per property: test/robustness/widgets.cases.ts. Here: the way back.
  it('a wrong view shows the error view naming it; a corrected one brings the content back', async () => {
    const el = await fixture<BspRolePanel>(html`<bsp-role-panel .directory=${directory}></bsp-role-panel>`);
    const event = oneEvent(el, 'bsp-error');
    expect(() => el.setAttribute('view', 'garbage')).not.to.throw();
    const { detail } = (await event) as CustomEvent<BspErrorDetail>;
    expect(detail.issues.map((i) => i.path)).to.include('view');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain('view');
    await expect(el).to.be.accessible();
    el.setAttribute('view', 'ask');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
    expect(shadow(el).querySelector('#unit-search')).to.exist;
  });

  it('a wrong src is not fetched; corrected, it loads', async () => {
    const restore = stubFetch({ '/ok.json': { body: JSON.stringify(directory) } });
    try {
      const el = await fixture<BspRolePanel>(html`<bsp-role-panel></bsp-role-panel>`);
      (el as unknown as { src: unknown }).src = 42;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="error"]')!.textContent).to.contain('src');
      el.src = '/ok.json';
      await waitUntil(() => unitNames(el).length === 3, 'the corrected src loads');
      expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
    } finally {
      restore();
    }
  });

  it('a hanging src times out instead of loading forever; the next good load clears the warning', async () => {
    const restore = stubFetch({ '/hang.json': { hang: true }, '/ok.json': { body: JSON.stringify(directory) } });
    try {
      const el = await fixture<BspRolePanel>(html`<bsp-role-panel src-timeout="50" lang="nn"></bsp-role-panel>`);
      const event = oneEvent(el, 'bsp-error');
      el.src = '/hang.json';
      await el.updateComplete;
      expect(text(el)).to.contain('Hentar oversikta');
      const { detail } = (await event) as CustomEvent<BspErrorDetail>;
      expect(detail.issues[0]!.message).to.contain('svarte ikkje innan');
      await el.updateComplete;
      expect(text(el)).not.to.contain('Hentar oversikta');
      expect(shadow(el).querySelector('[part="load-warning"]')).to.exist;
      el.src = '/ok.json';
      await waitUntil(() => unitNames(el).length === 3, 'the good load arrives');
      expect(shadow(el).querySelector('[part="load-warning"]')).to.equal(null);
      expect(unitNames(el)).to.have.length(3);
    } finally {
      restore();
    }
  });

  it('a superseded load never wins and never leaves "loading"', async () => {
    const other = { ...directory, units: [{ id: 'z', name: 'Sist valgt enhet' }] };
    let release = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const restore = stubFetch({ '/slow.json': { body: JSON.stringify(directory), gate }, '/fast.json': { body: JSON.stringify(other) } });
    try {
      const el = await fixture<BspRolePanel>(html`<bsp-role-panel></bsp-role-panel>`);
      el.src = '/slow.json';
      await el.updateComplete;
      el.src = '/fast.json';
      await waitUntil(() => unitNames(el).length === 1, 'the later load arrives');
      release();
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(unitNames(el)).to.deep.equal(['Sist valgt enhet']);
      expect(shadow(el).querySelector('p[role="status"]:not(#unit-count)')).to.equal(null);
    } finally {
      restore();
    }
  });

  it('does not repeat a title that says the same as the role label ("Enhetsleder · Enhetsleder")', async () => {
    const el = await fixture<BspRolePanel>(html`<bsp-role-panel unit="hb" .directory=${directory}></bsp-role-panel>`);
    expect(text(el)).to.contain('Lars Leder');
    expect(text(el)).not.to.match(/Enhetsleder\s*·\s*Enhetsleder/);
    const own = await fixture<BspRolePanel>(html`<bsp-role-panel unit="hs" .directory=${directory}></bsp-role-panel>`);
    expect(text(own)).to.match(/Barneansvarlig i Hjemmesykepleien Nord\s*·\s*Sykepleier/);
    await expect(own).to.be.accessible();
  });

  it('"hjemmetjenesten" finds the home-based units', async () => {
    const el = await fixture<BspRolePanel>(html`<bsp-role-panel .directory=${directory}></bsp-role-panel>`);
    await typeSearch(el, 'hjemmetjenesten');
    expect(unitNames(el)).to.include('Etat for hjemmebaserte tjenester');
    await typeSearch(el, 'sykepleien');
    expect(unitNames(el)).to.deep.equal(['Hjemmesykepleien Nord']);
  });

  it('renders a big directory in pages with "show more"', async () => {
    const big: MunicipalDirectory = { municipality: 'Storby', units: Array.from({ length: 130 }, (_, i) => ({ id: `u${i}`, name: `Enhet ${i}` })) };
    const el = await fixture<BspRolePanel>(html`<bsp-role-panel .directory=${big}></bsp-role-panel>`);
    expect(unitNames(el)).to.have.length(50);
    expect(text(el)).to.contain('130 enheter passer');
    const more = [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Vis flere enheter (80 til)'))!;
    more.click();
    await el.updateComplete;
    expect(unitNames(el)).to.have.length(100);
    await expect(el).to.be.accessible();
  });
});
