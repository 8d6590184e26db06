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

const widgets = [
  {
    bundle: 'bsp-checklist',
    tag: 'bsp-child-checklist',
    // Answering as a user: "has children: yes". The first answer fetches the summary's code
    // (and the consent text it shares with the validator), never the validator.
    use: (page) => page.locator('bsp-child-checklist input[id$="-hasChildren-yes"]').check(),
    afterUse: ['checklist-output.js', 'consent-translations.js'],
    record: { version: 2, procedure: 'bsp-national-default', answers: { hasChildren: 'no' }, children: [], excluded: [] },
    shown: (page) => page.locator('bsp-child-checklist input[id$="-hasChildren-no"]:checked').waitFor(),
  },
  {
    bundle: 'bsp-consent',
    tag: 'bsp-consent-form',
    use: (page) => page.locator('bsp-consent-form [data-recipient="gp"] input[id$="-gp-refused"]').check(),
    record: { version: 2, entries: [{ id: 'e1', at: '2026-11-23T10:00:00Z', recipient: 'school', decision: 'refused', information: [], children: [] }] },
    shown: (page) => page.locator('bsp-consent-form [data-recipient="school"] input[id$="-school-refused"]:checked').waitFor(),
  },
];

describe('checklist and consent form validators on demand', () => {
  for (const { bundle, tag, use, afterUse = [], record, shown } of widgets) {
    it(`${bundle}.js: no data, no validator chunk, the widget works; a record set later loads it once`, async () => {
      const path = `/__record-lazy/${bundle}.html`;
      const context = await harness.browser.newContext();
      await context.route(harness.origin + path, (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>t</title><script type="module" src="/dist/cdn/${bundle}.js"></script></head><body><${tag}></${tag}></body></html>`,
        }),
      );
      const tab = await openPage(harness, path, { context });
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
