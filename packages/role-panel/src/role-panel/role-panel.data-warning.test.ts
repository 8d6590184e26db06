// Issue 30: a directory mistake that changes meaning is never silent. The typo `barneansvarleg`
// made the panel say the unit has no barneansvarlig without a word; a parentId naming no unit
// was ignored. Now the panel still shows the directory, with a visible warning naming the field
// and the key meant, and one `bsp-error` of severity `warning`. Fails on the code before
// (no [part=data-warning], no event).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { BspErrorDetail } from '@bsp/sdk';
import '../define.js';
import type { BspRolePanel } from './role-panel.js';

const directory = {
  municipality: 'Testvik',
  units: [
    { id: 'sykehjem', name: 'Solsiden sykehjem', barneansvarleg: [{ name: 'Åse Ærlig' }] },
    { id: 'rus', name: 'Rusteamet', parentId: 'finnes-ikke' },
  ],
};

it('shows a warning for an unknown key and a missing parent, still lists the units, and sends one warning', async () => {
  const events: BspErrorDetail[] = [];
  const el = await fixture<BspRolePanel>(html`<bsp-role-panel lang="nb" view="ask" @bsp-error=${(e: CustomEvent<BspErrorDetail>) => events.push(e.detail)} .directory=${directory}></bsp-role-panel>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part="data-warning"]'), 'no data warning', { timeout: 5000 });
  const warning = el.shadowRoot!.querySelector('[part="data-warning"]')!.textContent!.replace(/\s+/g, ' ');
  expect(warning).to.contain('barneansvarleg').and.contain('mente du «barneansvarlig»?');
  expect(warning).to.contain('finnes-ikke');
  expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
  expect(el.shadowRoot!.textContent).to.contain('Solsiden sykehjem');
  expect(events.map((e) => e.severity)).to.deep.equal(['warning']);
  expect(events[0]!.issues.map((i) => i.path)).to.deep.equal(['units.0.barneansvarleg', 'units.1.parentId']);
  el.requestUpdate();
  await el.updateComplete;
  expect(events.length).to.equal(1);
  await expect(el).to.be.accessible();
});

it('a correct directory shows no warning', async () => {
  const el = await fixture<BspRolePanel>(html`<bsp-role-panel lang="nb" view="ask" .directory=${{ municipality: 'X', units: [{ id: 'a', name: 'A' }] }}></bsp-role-panel>`);
  await waitUntil(() => el.shadowRoot!.textContent!.includes("Testvik") || el.shadowRoot!.querySelector("input"), "not rendered", { timeout: 5000 });
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[part="data-warning"]')).to.equal(null);
});
