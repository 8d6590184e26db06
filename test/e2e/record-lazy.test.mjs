// The checklist's and the consent form's validators on demand (issue 12), in the drop-in bundles:
// a page that hands the widget no data fetches the bundle only (no record-validator chunk), the
// widget works; a record set later fetches the validator chunk once and is shown.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startHarness } from './harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

/** Requests for one drop-in bundle's files, as paths with the chunk hash dropped. */
const bundleFiles = (requests, bundle) =>
  requests.filter((url) => url.includes(`/dist/cdn/${bundle}`)).map((url) => new URL(url).pathname.replace(/-[\w-]{8}\.js$/, '.js'));

let pages = 0;
/** A page with one drop-in bundle and `body`, at the demo origin, opened in a context of its own. */
async function dropInPage(bundle, body) {
  const path = `/__record-lazy/${(pages += 1)}/${bundle}.html`;
  const context = await harness.browser.newContext();
  await context.route(harness.origin + path, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>t</title><script type="module" src="/dist/cdn/${bundle}.js"></script></head><body>${body}</body></html>`,
    }),
  );
  return { tab: await openPage(harness, path, { context }), context };
}

const widgets = [
  {
    bundle: 'bsp-checklist',
    tag: 'bsp-child-checklist',
    // Answering as a user: "has children: yes". The first answer fetches the summary's code
    // (and the note's and consent text it shares with the validator), never the validator.
    // Part 2's steps in the stepper mean its chunks have arrived: networkidle alone can resolve
    // between the summary code's request and the part-2 chunk it imports (timing-dependent).
    use: async (page) => {
      await page.locator('bsp-child-checklist input[id$="-hasChildren-yes"]').check();
      await page.locator('bsp-child-checklist [part="progress"] li', { hasText: 'Del 2' }).waitFor();
    },
    afterUse: ['checklist-output.js', 'routine-translations.js'],
    record: { version: 2, procedure: 'bsp-national-default', answers: { hasChildren: 'no' }, children: [], excluded: [] },
    shown: (page) => page.locator('bsp-child-checklist input[id$="-hasChildren-no"]:checked').waitFor(),
  },
  {
    bundle: 'bsp-consent',
    tag: 'bsp-consent-form',
    use: (page) => page.locator('bsp-consent-form [data-recipient="gp"] input[id$="-gp-refused"]').check(),
    record: { version: 2, entries: [{ id: 'e1', at: '2026-11-23T10:00:00Z', recipient: 'school', decision: 'refused', information: [], children: [] }] },
    shown: (page) => page.locator('bsp-consent-form [data-recipient="school"] input[id$="-school-refused"]:checked').waitFor(),
    // The paper for printing, fetched once the page is idle (Ctrl+P cannot wait for it); never FHIR unless asked.
    afterUse: ['consent-paper.js'],
  },
];

describe('checklist and consent form validators on demand', () => {
  for (const { bundle, tag, use, afterUse = [], record, shown } of widgets) {
    it(`${bundle}.js: no data, no validator chunk, the widget works; a record set later loads it once`, async () => {
      const { tab, context } = await dropInPage(bundle, `<${tag}></${tag}>`);
      await use(tab.page);
      await tab.page.waitForLoadState('networkidle');
      assert.deepEqual(bundleFiles(tab.requests, bundle), [`/dist/cdn/${bundle}.js`, ...afterUse.map((file) => `/dist/cdn/${bundle}/${file}`)]);
      await tab.page.evaluate(([name, value]) => (document.querySelector(name).record = value), [tag, record]);
      await shown(tab.page);
      const validators = bundleFiles(tab.requests, bundle).filter((file) => file.includes('record-validator'));
      assert.deepEqual(validators, [`/dist/cdn/${bundle}/record-validator.js`]);
      assert.deepEqual(tab.errors, []);
      assert.deepEqual(tab.foreignRequests(), []);
      await context.close();
    });
  }
});

// The consent form's outputs on demand: the FHIR Consent is a chunk fetched only when a host asks
// for it (toFhir), once; printing works from the paper chunk fetched when the page was idle.
describe('consent form outputs on demand', () => {
  it('bsp-consent.js: FHIR is fetched only by toFhir(), once; the paper prints from its idle-fetched chunk', async () => {
    const { tab, context } = await dropInPage('bsp-consent', '<bsp-consent-form subject="Patient/1"></bsp-consent-form>');
    await tab.page.locator('bsp-consent-form [data-recipient="gp"] input[id$="-gp-refused"]').check();
    await tab.page.locator('bsp-consent-form').getByRole('button', { name: 'Registrer samtykket' }).click();
    await tab.page.waitForLoadState('networkidle');
    assert.deepEqual(bundleFiles(tab.requests, 'bsp-consent'), ['/dist/cdn/bsp-consent.js', '/dist/cdn/bsp-consent/consent-paper.js']);
    const printed = await tab.page.evaluate(() => {
      const form = document.querySelector('bsp-consent-form');
      window.print = () => (window.__paper = form.shadowRoot.querySelector('[data-paper-recipient="gp"]')?.getAttribute('data-decision'));
      return form.print().then(() => window.__paper);
    });
    assert.equal(printed, 'refused');
    const statuses = await tab.page.evaluate(() => Promise.all([1, 2].map(() => document.querySelector('bsp-consent-form').toFhir().then((c) => c.status))));
    assert.deepEqual(statuses, ['active', 'active']);
    const output = bundleFiles(tab.requests, 'bsp-consent').filter((file) => !/bsp-consent\.js$|consent-paper/.test(file));
    assert.deepEqual(output, ['/dist/cdn/bsp-consent/consent-output.js']);
    assert.deepEqual(tab.errors, []);
    assert.deepEqual(tab.foreignRequests(), []);
    await context.close();
  });
});

// The consent form's decisions on demand (lane consent20): what shows once decisions exist comes
// with the paper's chunk, so an untouched form fetches that one chunk when the page is idle and
// nothing else; a nynorsk or English form fetches its own language only.
describe('consent form decisions on demand', () => {
  for (const lang of ['nn', 'en']) {
    it(`bsp-consent.js, ${lang}: an untouched form fetches its language and, once idle, the paper's chunk, nothing more`, async () => {
      const { tab, context } = await dropInPage('bsp-consent', `<bsp-consent-form lang="${lang}"></bsp-consent-form>`);
      await tab.page.locator('bsp-consent-form [data-recipient="gp"]').waitFor();
      await tab.page.waitForLoadState('networkidle');
      await tab.page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('consent-paper')), null, { timeout: 10000 });
      assert.deepEqual(bundleFiles(tab.requests, 'bsp-consent').sort(), ['/dist/cdn/bsp-consent.js', `/dist/cdn/bsp-consent/consent-paper.js`, `/dist/cdn/bsp-consent/lang-${lang}.js`]);
      const history = await tab.page.evaluate(() => document.querySelector('bsp-consent-form').shadowRoot.querySelectorAll('[part="history"] li').length);
      assert.equal(history, 0);
      assert.deepEqual(tab.errors, []);
      assert.deepEqual(tab.foreignRequests(), []);
      await context.close();
    });
  }

  it('bsp-consent.js: a record with decisions shows them at once, withdrawal included, and keeps its history', async () => {
    const { tab, context } = await dropInPage('bsp-consent', '<bsp-consent-form lang="en"></bsp-consent-form>');
    const record = { version: 2, entries: [{ id: 'e1', at: '2026-11-20T10:00:00Z', recipient: 'gp', decision: 'given', information: ['condition'], children: [], method: 'written' }] };
    await tab.page.evaluate((value) => customElements.whenDefined('bsp-consent-form').then(() => (document.querySelector('bsp-consent-form').record = value)), record);
    const form = tab.page.locator('bsp-consent-form');
    await form.getByRole('button', { name: /^Withdraw consent/ }).click();
    await form.getByRole('button', { name: 'Yes, withdraw' }).click();
    await form.locator('[part="history"] li').nth(1).waitFor();
    const decisions = await tab.page.evaluate(() => document.querySelector('bsp-consent-form').record.entries.map((e) => e.decision));
    assert.deepEqual(decisions, ['given', 'withdrawn']);
    assert.ok(!bundleFiles(tab.requests, 'bsp-consent').includes('/dist/cdn/bsp-consent/lang-nn.js'));
    assert.deepEqual(tab.errors, []);
    assert.deepEqual(tab.foreignRequests(), []);
    await context.close();
  });
});

// The checklist's part 2 on demand (lane part2): the first load is part 1; part 2's steps, words
// and guidance come with the chunks the first answer fetches anyway (the summary's code), so a
// page in any language fetches nothing more than before, and only its own language.
describe('checklist part 2 on demand', () => {
  const partTwo = { nb: 'Del 2: Barna og behovene deres', nn: 'Del 2: Borna og behova deira', en: 'Part 2: The children and their needs' };
  for (const [lang, title] of Object.entries(partTwo)) {
    it(`bsp-checklist.js, ${lang}: the answer that opens part 2 fetches the summary's chunks only, and part 2 shows in ${lang}`, async () => {
      const { tab, context } = await dropInPage('bsp-checklist', `<bsp-child-checklist lang="${lang}"></bsp-child-checklist>`);
      const checklist = tab.page.locator('bsp-child-checklist');
      await checklist.locator('input[id$="-hasChildren-yes"]').waitFor();
      await tab.page.waitForLoadState('networkidle');
      const language = lang === 'nb' ? [] : [`/dist/cdn/bsp-checklist/lang-${lang}.js`];
      assert.deepEqual(bundleFiles(tab.requests, 'bsp-checklist').sort(), ['/dist/cdn/bsp-checklist.js', ...language].sort(), 'part 1 only before an answer');
      await checklist.locator('input[id$="-hasChildren-yes"]').check();
      await checklist.locator('[part="progress"]', { hasText: title }).waitFor();
      await checklist.locator('[part="nav"] button').last().click();
      await checklist.locator('#step-heading', { hasText: title }).waitFor();
      await tab.page.waitForLoadState('networkidle');
      assert.deepEqual(
        bundleFiles(tab.requests, 'bsp-checklist').sort(),
        ['/dist/cdn/bsp-checklist.js', ...language, '/dist/cdn/bsp-checklist/checklist-output.js', '/dist/cdn/bsp-checklist/routine-translations.js'].sort(),
      );
      assert.deepEqual(tab.errors, []);
      assert.deepEqual(tab.foreignRequests(), []);
      await context.close();
    });
  }
});
