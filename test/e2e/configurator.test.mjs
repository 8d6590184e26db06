// End-to-end: the configurator page (examples/configurator/). Invariants: the form is built from
// the shipped JSON Schema; what the editor types reaches the live role panel; the JSON to copy
// is exactly what the panel shows and passes the SDK's own directory check; an invalid entry
// shows the panel's error view and the message at the field itself, in the editor's words (no
// JSON path, no English word), fixing it brings the panel back; a required field's mark sits
// in its label; an id with spaces is refused at the field; nothing leaves the page.
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
    const ownName = (unit) => unit.locator(':scope > .field > input[name="name"]');
    await ownName(unit1).fill('Solsiden sykehjem');
    await unit1.getByRole('button', { name: 'Legg til barneansvarlig' }).click();
    await unit1.getByRole('group', { name: 'barneansvarlig 1' }).getByLabel('Navn').fill('Åse Ærlig');

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
    // The message also sits under the field, which is marked invalid and described by it (issue 30).
    const href = link.getByLabel('Adresse');
    await page.waitForFunction(() => document.querySelector('input[data-path="units.1.links.0.href"]')?.getAttribute('aria-invalid') === 'true');
    const hrefError = await href.evaluate((input) => document.getElementById(input.getAttribute('aria-describedby')).textContent);
    assert.equal(hrefError, 'er ikke en tillatt lenke (bare http, https, tel og mailto)');
    assert.doesNotMatch(await page.locator('#directory-form').textContent(), /units\.|\(email\)|\bformat\b/);
    await link.getByLabel('Adresse').fill('https://eksempel.invalid/rutine');
    await panel.getByText('Åse Ærlig').waitFor();
    assert.equal(await panel.getByText('units.1.links.0.href').count(), 0);

    // An id with spaces is refused at the field, though the label said so before too (issue 30).
    await unit2.getByLabel('Id (unik, uten mellomrom)').fill('hjemme nord');
    await page.waitForFunction(() => document.querySelector('input[data-path="units.1.id"]')?.getAttribute('aria-invalid') === 'true');
    assert.equal(await page.locator('#' + (await unit2.getByLabel('Id (unik, uten mellomrom)').getAttribute('aria-describedby'))).textContent(), 'kan ikke ha mellomrom');
    assert.equal(await page.locator('#json-issues').isVisible(), true);
    await unit2.getByLabel('Id (unik, uten mellomrom)').fill('rusteam');
    await page.waitForFunction(() => !document.querySelector('input[aria-invalid]'));
    // The required mark is part of the label, beside its text, not a line of its own under the field.
    assert.equal(await unit1.locator('label[for] .required-mark').first().evaluate((mark) => mark.closest('label').textContent), 'Id (unik, uten mellomrom) *');

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

  it('in nynorsk and English: the form, the messages at the fields and the panel speak the language (?lang=nn|en)', async () => {
    for (const [lang, id, message] of [['nn', 'Id (unik, utan mellomrom)', 'kan ikkje ha mellomrom'], ['en', 'Id (unique, no spaces)', 'cannot contain spaces']]) {
      const tab = await openPage(harness, `/examples/configurator/?lang=${lang}`);
      const { page } = tab;
      const input = page.locator('#directory-form').getByLabel(id).first();
      await input.fill('hjemme nord');
      await page.waitForFunction(() => document.querySelector('input[data-path="units.0.id"]')?.getAttribute('aria-invalid') === 'true');
      assert.equal(await page.locator('#' + (await input.getAttribute('aria-describedby'))).textContent(), message, lang);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      assert.deepEqual(tab.errors, []);
      await tab.context.close();
    }
  });
});
