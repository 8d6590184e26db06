/*
 * A keyboard-only walk of the role panel (Tab, Shift+Tab, Enter, Escape; text typed as key
 * presses; no clicks, no `.value`). Invariants, checked after every key press:
 * (a) focus never falls to <body> or null: it stays in the panel's shadow tree;
 * (b) the focused control shows a focus ring on :focus-visible (headings script focuses as a
 *     landing point, tabindex="-1", are exempt);
 * (c) axe passes at each state of the walk.
 * And for the walk: typing finds a unit; choosing it lands on "who to
 * ask" and the contact's phone link is reachable; "choose another unit" returns to the search;
 * Escape empties it; a unit without a barneansvarlig lands on the notice and the fallback
 * contact; the roles view opens a role and goes back; "show more units" hands focus to the
 * first unit it adds (the button is gone when all are shown); Tab and Shift+Tab leave the
 * panel at its ends (no trap).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { MunicipalDirectory } from '@bsp/sdk';
import '../define.js';
import type { BspRolePanel } from './role-panel.js';
import { checkpoint, deepActiveElement, expectLeaves, press, startBefore, tabTo, type } from '../../../../test/keyboard.js';

const directory: MunicipalDirectory = {
  municipality: 'Testvik',
  coordinator: { name: 'Kim Koordinator', phone: '+47 12 34 56 78', reachable: 'Weekdays' },
  units: [
    {
      id: 'sykehjem',
      name: 'Solsiden sykehjem',
      agency: 'Sykehjem',
      barneansvarlig: [{ name: 'Åse Ærlig', phone: '+47 00 00 00 30', email: 'ase@eksempel.invalid' }],
    },
    { id: 'hjemme', name: 'Hjemmetjenesten øst', agency: 'Helse og omsorg', barneansvarlig: [{ name: 'Per Pleier', phone: '+47 00 00 00 31' }] },
    { id: 'rus', name: 'Rusteamet', agency: 'Psykisk helse og rus', leader: { name: 'Lise Leder' } },
  ],
};

const root = (el: BspRolePanel) => el.shadowRoot!;
const status = (el: BspRolePanel) => root(el).querySelector('#unit-count')!.textContent!.trim();

describe('<bsp-role-panel> by keyboard alone', () => {
  it('finds a unit by typing, reaches who to ask, changes unit, and opens a role', async function () {
    this.timeout(30000);
    const el = await fixture<BspRolePanel>(html`<bsp-role-panel lang="en" .directory=${directory}></bsp-role-panel>`);
    startBefore(el);
    await tabTo(el, '#unit-search', 'the unit search');
    await checkpoint(el, 'unit search');
    await type(el, 'solsiden');
    expect(status(el)).to.equal('1 unit matches');
    const unit = await tabTo(el, '.unit-results button', 'the unit found');
    expect(unit.textContent).to.contain('Solsiden sykehjem');
    await press(el, 'Enter');
    expect(deepActiveElement()!.textContent, 'lands on who to ask').to.equal('Child-responsible staff member in Solsiden sykehjem');
    const phone = await tabTo(el, '.person a', "the barneansvarlig's phone");
    expect(phone.getAttribute('href')).to.equal('tel:+4700000030');
    await checkpoint(el, 'who to ask in Solsiden sykehjem');

    // Another unit: back to the search, Escape empties it, a unit without a barneansvarlig.
    await tabTo(el, (e) => e.textContent!.trim() === 'Choose another unit', '"choose another unit"', { backwards: true });
    await press(el, 'Enter');
    expect(deepActiveElement()!.id, 'back in the search field').to.equal('unit-search');
    await press(el, 'Escape');
    expect(status(el)).to.equal('3 units match');
    await type(el, 'rusteam');
    await tabTo(el, '.unit-results button', 'the unit found');
    await press(el, 'Enter');
    const missing = root(el).querySelector('[part="missing"]')!;
    expect(missing.contains(deepActiveElement()), 'lands on the "no barneansvarlig" notice').to.equal(true);
    const fallback = await tabTo(el, '.person a', 'the coordinator, who to ask instead');
    expect(fallback.closest('.person')!.textContent).to.contain('Kim Koordinator');
    await checkpoint(el, 'unit without a barneansvarlig');

    // The roles: open the barneansvarlig's card and go back.
    await tabTo(el, (e) => e.textContent!.trim() === 'Roles and duties', '"roles and duties"', { backwards: true, max: 60 });
    await press(el, 'Enter');
    await tabTo(el, '.role-card button', 'the first role card');
    await press(el, 'Enter');
    expect(deepActiveElement()!.id, 'lands on the role').to.equal('role-heading');
    await checkpoint(el, 'a role');
    await tabTo(el, '[part="role-detail"] button', '"back"', { backwards: true });
    await press(el, 'Enter');
    expect(root(el).querySelector('.roles'), 'the roles again').to.exist;
    await checkpoint(el, 'the roles again');
  });

  it('"show more units" hands focus to the first unit it adds', async () => {
    const many: MunicipalDirectory = { municipality: 'Storby', units: Array.from({ length: 60 }, (_, i) => ({ id: `u${i}`, name: `Unit ${i + 1}` })) };
    const el = await fixture<BspRolePanel>(html`<bsp-role-panel lang="en" .directory=${many}></bsp-role-panel>`);
    // The button is the panel's last stop: come in backwards from the control after it.
    startBefore(el, 'after');
    const more = await press(el, 'Shift+Tab');
    expect(more.textContent!.trim()).to.equal('Show more units (10 more)');
    await press(el, 'Enter');
    expect(root(el).querySelectorAll('.unit-results li')).to.have.length(60);
    expect(deepActiveElement()!.textContent!.trim(), 'focus on the first unit added').to.equal('Unit 51');
    await checkpoint(el, 'all units shown');
    // No trap: Tab past the last unit goes on to the page.
    await tabTo(el, (e) => e.textContent!.trim() === 'Unit 60', 'the last unit');
    await expectLeaves(el, 'Tab');
  });
});
