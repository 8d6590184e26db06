// End-to-end: the configurator page (examples/configurator/). Invariants: the form is built from
// the shipped JSON Schema; what the editor types reaches the live role panel; the JSON to copy
// is exactly what the panel shows and passes the SDK's own directory check; an invalid entry
// shows the panel's error view, fixing it brings the panel back; nothing leaves the page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDirectory } from '../../packages/sdk/dist/index.js';
import { openPage, startHarness } from './harness.mjs';
import { auditPage } from './audit.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

describe('configurator (examples/configurator/)', () => {
  it('builds a directory from the form, updates the role panel live and gives the JSON to copy', async () => {
    const tab = await openPage(harness, '/examples/configurator/');
    const { page } = tab;
    const form = page.locator('#directory-form');
    await form.getByRole('group', { name: 'enhet 1' }).waitFor();

    const unit1 = form.getByRole('group', { name: 'enhet 1' });
    await unit1.getByLabel('Id (unik, uten mellomrom)').fill('solsiden');
    // The unit's own name (deputy and leader have a "Navn" of their own, in their own group).
    const ownName = (unit) => unit.locator(':scope > label > input[name="name"]');
    await ownName(unit1).fill('Solsiden sykehjem');
    await unit1.getByRole('button', { name: 'Legg til barneansvarlig' }).click();
    await unit1.getByRole('group', { name: 'barneansvarlig 1' }).getByLabel('Navn', { exact: true }).fill('Åse Ærlig');

    await form.getByRole('button', { name: 'Legg til enhet' }).click();
    const unit2 = form.getByRole('group', { name: 'enhet 2' });
    // Focus moves to the new unit's first field.
    assert.equal(await unit2.getByLabel('Id (unik, uten mellomrom)').evaluate((el) => el === document.activeElement), true);
    await unit2.getByLabel('Id (unik, uten mellomrom)').fill('rusteam');
    await ownName(unit2).fill('Rusteamet');

    // The role panel (shadow DOM; Playwright's locators pierce it) follows the form.
    const panel = page.locator('bsp-role-panel');
    await panel.getByRole('searchbox').fill('solsiden');
    await panel.getByRole('button', { name: /Solsiden sykehjem/ }).click();
    await panel.getByText('Åse Ærlig').waitFor();

    const json = JSON.parse(await page.locator('#json').textContent());
    assert.deepEqual(json, {
      municipality: 'Eksempel kommune',
      units: [
        { id: 'solsiden', name: 'Solsiden sykehjem', barneansvarlig: [{ name: 'Åse Ærlig' }] },
        { id: 'rusteam', name: 'Rusteamet' },
      ],
    });
    assert.equal(parseDirectory(json, 'nb').ok, true);

    // An invalid link shows the panel's error view; fixing it brings the panel back.
    await unit2.getByRole('button', { name: 'Legg til lenke' }).click();
    const link = unit2.getByRole('group', { name: 'lenke 1' });
    await link.getByLabel('Tekst').fill('Rutine');
    await link.getByLabel('Adresse').fill('javascript:alert(1)');
    await panel.getByText('units.1.links.0.href').waitFor();
    await link.getByLabel('Adresse').fill('https://eksempel.invalid/rutine');
    await panel.getByText('Åse Ærlig').waitFor();
    assert.equal(await panel.getByText('units.1.links.0.href').count(), 0);

    // Removing a unit removes it from the JSON too.
    await unit2.getByRole('button', { name: 'Fjern enhet 2' }).click();
    assert.equal(JSON.parse(await page.locator('#json').textContent()).units.length, 1);

    const report = await auditPage(tab);
    assert.deepEqual(report.violations, [], JSON.stringify(report.violations, null, 2));
    assert.deepEqual(await tab.storageWrites(), []);
    assert.deepEqual(tab.foreignRequests(), []);
    assert.deepEqual(tab.errors, []);
    await tab.context.close();
  });
});
