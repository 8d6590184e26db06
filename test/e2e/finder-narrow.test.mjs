// The finder on a phone (issue 15): at 320 px wide the first result is within the first 700 px
// of the public and youth example pages (results first, filters behind a disclosure button).
// Its validator on demand (issue 12): a finder page without a catalog fetches bsp-finder.js only
// (no validator chunk); a catalog set later, or a `src`, fetches the validator chunk once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, startHarness } from './harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

/** Top of the first result card in page pixels, once the finder has rendered its list. */
async function firstResultTop(page) {
  await page.waitForFunction(() => document.querySelector('bsp-support-finder')?.shadowRoot?.querySelector('[part="service"]'));
  return page.evaluate(() => {
    const card = document.querySelector('bsp-support-finder').shadowRoot.querySelector('[part="service"]');
    return card.getBoundingClientRect().top + window.scrollY;
  });
}

describe('finder at 320 px', () => {
  for (const path of ['/examples/public-site/', '/examples/public-site/ungdom.html']) {
    it(`${path}: the first result is within the first 700 px, filters behind a disclosure`, async () => {
      const context = await harness.browser.newContext({ viewport: { width: 320, height: 700 } });
      const tab = await openPage(harness, path, { context });
      const top = await firstResultTop(tab.page);
      assert.ok(top < 700, `first result at ${Math.round(top)} px`);
      const toggle = tab.page.locator('bsp-support-finder [part="filters-toggle"]');
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      assert.ok(await tab.page.locator('bsp-support-finder [part="filters"]').isVisible());
      assert.deepEqual(tab.errors, []);
      await context.close();
    });
  }
});

/** Requests for the drop-in finder's files, as paths with the chunk hash dropped. */
const finderFiles = (requests) =>
  requests.filter((url) => url.includes('/dist/cdn/bsp-finder')).map((url) => new URL(url).pathname.replace(/-[\w-]{8}\.js$/, '.js'));

describe('finder validator on demand', () => {
  it('a page without a catalog loads no validator; a catalog set later loads it once and shows', async () => {
    const path = '/__finder-lazy/page.html';
    const context = await harness.browser.newContext();
    await context.route(harness.origin + path, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>t</title><script type="module" src="/dist/cdn/bsp-finder.js"></script></head><body><bsp-support-finder></bsp-support-finder></body></html>',
      }),
    );
    const tab = await openPage(harness, path, { context });
    await firstResultTop(tab.page);
    await tab.page.waitForLoadState('networkidle');
    // After its first render the finder fetches its text search (never the validator).
    assert.deepEqual(finderFiles(tab.requests), ['/dist/cdn/bsp-finder.js', '/dist/cdn/bsp-finder/finder-search.js']);
    await tab.page.evaluate(() => {
      document.querySelector('bsp-support-finder').services = [
        { id: 'lokal-e2e', name: 'Lokal gruppe', description: 'Et lokalt tilbud.', audience: ['children'], format: ['group'], area: ['4601'] },
      ];
    });
    await tab.page.locator('bsp-support-finder [data-id="lokal-e2e"]').waitFor();
    const after = finderFiles(tab.requests);
    assert.deepEqual(after.filter((file) => file.includes('catalog-validator')), ['/dist/cdn/bsp-finder/catalog-validator.js']);
    assert.deepEqual(after.filter((file) => /\/lang-/.test(file)), []);
    assert.deepEqual(tab.errors, []);
    assert.deepEqual(tab.foreignRequests(), []);
    await context.close();
  });

  it('a page with src loads the validator chunk beside the catalog and shows the local services', async () => {
    const tab = await openPage(harness, '/examples/public-site/');
    await tab.page.locator('bsp-support-finder [data-id="du-er-ikke-alene"]').waitFor();
    assert.deepEqual(finderFiles(tab.requests).filter((file) => file.includes('catalog-validator')), ['/dist/cdn/bsp-finder/catalog-validator.js']);
    assert.deepEqual(tab.errors, []);
    await tab.context.close();
  });
});
