// End-to-end: each example host page driven as a user would (by role and accessible name),
// in headless Debian chromium. Every test also asserts that no widget made a network request
// outside the page's origin and that nothing was stored that the host did not ask for.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openPage } from './harness.mjs';
import { auditPage } from './audit.mjs';

/** True when a plain string cannot reach an HTML sink: the page enforces Trusted Types. Run last (it records a violation). */
async function trustedTypesEnforced(page) {
  return page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return false;
    } catch {
      return true;
    }
  });
}

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

describe('journal-system host (React)', () => {
  it('completes a checklist, stores the note and FHIR in the host store, and keeps a draft through reload', async () => {
    const tab = await openPage(harness, '/examples/journal/');
    const { page } = tab;
    await page.getByRole('heading', { name: 'Del 1: Kartlegging' }).waitFor();
    const hasChildren = page.getByRole('group', { name: /barn eller søsken under 18 år/ });
    await hasChildren.getByRole('radio', { name: 'Ja' }).check();

    // The host opted in to drafts: a reload keeps the answer.
    await page.reload();
    await page.getByRole('heading', { name: 'Del 1: Kartlegging' }).waitFor();
    assert.equal(await page.getByRole('group', { name: /barn eller søsken under 18 år/ }).getByRole('radio', { name: 'Ja' }).isChecked(), true);

    await page.getByRole('group', { name: /Er et barn til stede nå/ }).getByRole('radio', { name: 'Nei' }).check();
    await page.getByRole('button', { name: 'Neste', exact: true }).click();
    await page.getByRole('button', { name: 'Legg til barn' }).click();
    // Each child is a card that opens on "add child", focus already in its first field.
    const child = page.locator('details.child').first();
    await child.getByRole('group', { name: 'Relasjon til pasienten' }).getByRole('radio', { name: 'Søsken' }).check();
    await child.getByRole('group', { name: 'Alder' }).getByRole('radio', { name: '13–15 år' }).check();
    await child.getByRole('group', { name: /informert om pasientens tilstand/ }).getByRole('radio', { name: 'Nei' }).check();
    await page.getByRole('button', { name: 'Neste', exact: true }).click();
    // Consent: the consent form is on the page, so the checklist uses it.
    const healthStation = page.getByRole('group', { name: 'Samtykke til helsestasjon og skolehelsetjeneste' });
    await healthStation.getByRole('radio', { name: 'Samtykker', exact: true }).check();
    // Nothing is pre-ticked: the professional chooses what the consent covers.
    await healthStation.getByRole('checkbox', { name: 'Sykdommen eller tilstanden' }).check();
    await page.getByRole('button', { name: 'Registrer samtykket' }).click();
    await page.getByRole('button', { name: 'Neste', exact: true }).click();
    await page.getByRole('button', { name: 'Neste', exact: true }).click();
    await page.getByRole('textbox', { name: 'Henvist til (tjeneste)' }).fill('Helsestasjon Sentrum');
    await page.getByRole('button', { name: 'Neste', exact: true }).click();
    await page.getByRole('heading', { name: 'Oppsummering og journalnotat' }).waitFor();
    await page.getByRole('button', { name: 'Fullfør', exact: true }).click();

    const note = page.getByTestId('saved-note');
    await note.waitFor();
    assert.match(await note.textContent(), /Barn 1 \(Søsken, 13–15 år\):\n(- .*\n)*- Om barnet er informert: Nei/);
    assert.match(await note.textContent(), /Samtykke til helsestasjon og skolehelsetjeneste/);
    const fhir = JSON.parse(await page.getByTestId('saved-fhir').textContent());
    assert.equal(fhir.resourceType, 'QuestionnaireResponse');
    assert.deepEqual(fhir.subject, { reference: 'Patient/pas-1001' });
    const consent = JSON.parse(await page.getByTestId('saved-consent').textContent());
    assert.equal(consent.resourceType, 'Consent');
    assert.equal(consent.status, 'active');

    assert.deepEqual(tab.foreignRequests(), []);
    const writes = new Set(await tab.storageWrites());
    for (const key of writes) assert.match(key, /^(session:epj-demo-draft:checklist:pas-1001|local:epj-demo-journal)$/, key);
    assert.deepEqual(tab.errors, []);
    await tab.context.close();
  });
});

describe('public website (strict CSP)', () => {
  it('finds a service by search and filter, with no CSP violation and nothing stored', async () => {
    const tab = await openPage(harness, '/examples/public-site/');
    const { page } = tab;
    await page.getByRole('heading', { name: 'Finn støtte for barn og familier' }).waitFor();
    await page.getByRole('searchbox', { name: 'Søk' }).fill('sysken');
    await page.getByRole('heading', { name: 'SIBS – grupper for søsken og foreldre' }).waitFor();
    await page.getByRole('checkbox', { name: /Dødsfall og sorg/ }).check();
    await page.getByRole('searchbox', { name: 'Søk' }).fill('sorg');
    await page.getByRole('button', { name: 'Mer om LEVE og Unge LEVE' }).click();
    await page.getByRole('heading', { name: 'LEVE og Unge LEVE' }).waitFor();
    // Opt-in URL mirroring of the facets only: what the reader typed never reaches the address bar.
    assert.match(page.url(), /bsp-situation=bereavement/);
    assert.doesNotMatch(page.url(), /bsp-q|sorg|sysken/);
    // The local catalog (a file the host serves) is merged in.
    await page.getByRole('button', { name: 'Tilbake til listen' }).click();
    await page.getByRole('searchbox', { name: 'Søk' }).fill('Du er ikke alene');
    await page.getByRole('checkbox', { name: /Dødsfall og sorg/ }).uncheck();
    await page.getByRole('heading', { name: '«Du er ikke alene» – samtalegruppe' }).waitFor();

    const writes = await tab.storageWrites();
    assert.deepEqual(writes, [], 'no storage and no CSP violation');
    assert.deepEqual(tab.foreignRequests(), []);
    assert.deepEqual(tab.errors, []);
    assert.equal(await trustedTypesEnforced(page), true, 'the page ran under require-trusted-types-for');
    await tab.context.close();
  });

  it('youth page shows the plain-language view', async () => {
    const tab = await openPage(harness, '/examples/public-site/ungdom.html');
    await tab.page.getByRole('heading', { name: 'Finn noen å snakke med' }).waitFor();
    await tab.page.getByRole('checkbox', { name: /Noen i familien ruser seg/ }).check();
    await tab.page.getByRole('heading', { name: 'BARsnakk' }).waitFor();
    assert.deepEqual(await tab.storageWrites(), []);
    assert.deepEqual(tab.foreignRequests(), []);
    await tab.context.close();
  });
});

describe('municipal intranet (script-tag drop-ins, two copies of the library)', () => {
  it('works with two copies of the bundle, takes local wording and config, and stores nothing', async () => {
    const tab = await openPage(harness, '/examples/intranet/');
    const { page } = tab;
    await page.getByRole('heading', { name: 'Hvem spør jeg i Eksempel kommune?' }).waitFor();
    // Local help text from the provider's JSON configuration.
    await page.getByText('I Eksempel kommune spør vi alle pasienter').waitFor();
    await page.getByRole('searchbox', { name: 'Finn enheten din' }).fill('rusteam');
    await page.getByRole('button', { name: /Rusteamet/ }).click();
    await page.getByRole('heading', { name: 'Rusteamet har ikke registrert barneansvarlig' }).waitFor();
    assert.equal(await page.getByText('Kari Fiktiv').first().isVisible(), true);
    // The guidance link jumps to "who do I ask?".
    await page.getByRole('group', { name: /meldeplikten til barnevernet gjelder/ }).getByRole('radio', { name: 'Ja' }).check();
    await page.getByRole('heading', { name: 'Meldeplikt til barnevernet gjelder uansett samtykke' }).waitFor();
    // Leader statistics: anonymous counts through the provider's metrics sink, never content.
    const stats = page.getByRole('table');
    await stats.getByRole('rowheader', { name: 'Del 2 åpnet' }).waitFor();
    const statsText = await stats.textContent();
    assert.match(statsText, /Sjekklister startet\s*1/);
    assert.match(statsText, /Enhet uten barneansvarlig\s*1\s*En enhet som ble slått opp/);
    assert.doesNotMatch(statsText, /checklist ·|step:|role-panel ·/, 'labels, not raw event codes');
    assert.doesNotMatch(statsText, /Rusteamet|rusteam|Ja\b/);
    // The staff finder loaded the municipality's CSV catalog.
    await page.getByRole('heading', { name: '«Du er ikke alene» – samtalegruppe' }).first().waitFor();
    // One switch on the host changes the language of every widget under the provider.
    await page.getByRole('radio', { name: 'Nynorsk' }).check();
    await page.getByRole('heading', { name: 'Del 1: Kartlegging' }).waitFor();
    await page.getByRole('heading', { name: 'Finn støtte for born og familiar' }).waitFor();
    await page.getByRole('heading', { name: 'Rusteamet har ikkje registrert barneansvarleg' }).waitFor();
    await stats.getByRole('rowheader', { name: 'Eining utan barneansvarleg' }).waitFor();

    assert.deepEqual(await tab.storageWrites(), []);
    assert.deepEqual(tab.foreignRequests(), []);
    assert.deepEqual(tab.errors, []);
    assert.equal(await trustedTypesEnforced(page), true, 'two copies ran under Trusted Types');
    await tab.context.close();
  });
});

describe('consent form in a journal page (form-associated, print-isolated)', () => {
  it('Ctrl+P prints the paper form although it is rendered only for printing (beforeprint)', async () => {
    // The browser's own print path (page.pdf), not print media emulation: the paper form must be
    // in the printed snapshot. The same page with the form's beforeprint listener removed prints
    // one page (host page hidden, screen part hidden in print): the control that this can fail.
    const pagesPrinted = async (withListener) => {
      const tab = await openPage(harness, '/examples/journal/consent.html');
      await tab.page.locator('bsp-consent-form').getByRole('button', { name: 'Registrer samtykket' }).waitFor();
      // The paper's module, fetched once the page is idle after the form's first render.
      await tab.page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /\/consent-paper-[\w-]{8}\.js$/.test(r.name)));
      const onScreen = await tab.page.evaluate((keep) => {
        const form = document.querySelector('bsp-consent-form');
        if (!keep) removeEventListener('beforeprint', form.printer.onBeforePrint);
        return form.shadowRoot.querySelector('[part="paper"]') !== null;
      }, withListener);
      assert.equal(onScreen, false, 'no paper form on screen');
      const pdf = (await tab.page.pdf()).toString('latin1');
      assert.deepEqual(tab.errors, []);
      await tab.context.close();
      return (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    };
    const printed = await pagesPrinted(true);
    const without = await pagesPrinted(false);
    assert.equal(without, 1);
    assert.ok(printed >= 2, `the paper form printed (${printed} pages)`);
  });

  it('submits the record as JSON with the host form, and prints only the form with the recorded decisions', async () => {
    const tab = await openPage(harness, '/examples/journal/consent.html');
    const { page } = tab;
    const gp = page.getByRole('group', { name: 'Samtykke til fastlege' });
    await gp.getByRole('radio', { name: 'Samtykker', exact: true }).check();
    // Chosen but not registered: the host form is invalid and says why.
    assert.equal(await page.locator('#journal-form').evaluate((f) => f.checkValidity()), false);
    await gp.getByRole('checkbox', { name: 'Behandling og forløp' }).check();
    await page.getByRole('button', { name: 'Registrer samtykket' }).click();
    await page.getByRole('button', { name: 'Lagre i journalen' }).click();
    await page.getByText('Lagret (3 registreringer).').waitFor();

    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('h1').isVisible(), false, 'host heading hidden in print');
    assert.equal(await page.getByRole('button', { name: 'Lagre i journalen' }).isVisible(), false);
    const paper = page.locator('bsp-consent-form [part="paper"]');
    await paper.waitFor(); // rendered only for printing
    assert.equal(await paper.isVisible(), true);
    assert.equal(await paper.locator('[data-paper-recipient="gp"]').getAttribute('data-decision'), 'given');
    assert.equal(await paper.locator('[data-paper-recipient="health-station"]').getAttribute('data-decision'), 'refused');
    assert.deepEqual(tab.errors, []);
    await tab.context.close();
  });
});

describe('accessibility and best practices of every example page', () => {
  for (const path of ['/examples/', '/examples/intranet/', '/examples/journal/', '/examples/journal/consent.html', '/examples/public-site/', '/examples/public-site/ungdom.html', '/examples/configurator/']) {
    it(path, async () => {
      const tab = await openPage(harness, path);
      const report = await auditPage(tab);
      assert.deepEqual(report.violations, [], JSON.stringify(report.violations, null, 2));
      assert.deepEqual(report.bestPractices.filter((c) => !c.ok).map((c) => c.name), []);
      await tab.context.close();
    });
  }
});
