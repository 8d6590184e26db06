// End-to-end: a drop-in page loads the chunks of its own language only. Bokmål is in the
// bundle (no extra request); another language is one chunk from the bundle's own origin,
// fetched before the widget renders; a further language is fetched only when `lang` changes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openPage } from './harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

/** Serves a one-widget drop-in page at the demo origin and opens it. */
async function dropInPage(bundle, tag, lang) {
  const path = `/__drop-in-${bundle}-${lang}.html`;
  const context = await harness.browser.newContext();
  await context.route(harness.origin + path, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title>
        <script type="module" src="/dist/cdn/${bundle}.js"></script></head><body><${tag}></${tag}></body></html>`,
    }),
  );
  return openPage(harness, path, { context });
}

/** The chunks of a bundle a page fetched, but the finder's text search (fetched after its first render in any language). */
const chunks = (tab, bundle) =>
  tab.requests.filter((url) => url.includes(`/dist/cdn/${bundle}/`) && !url.includes('/finder-search-')).map((url) => url.replace(/^.*\/dist\/cdn\//, ''));

describe('drop-in bundles load one language', () => {
  it('a bokmål page requests no language chunk', async () => {
    const tab = await dropInPage('bsp-role-panel', 'bsp-role-panel', 'nb');
    await tab.page.getByRole('heading', { name: 'Barn som pårørende: hvem spør jeg?' }).waitFor();
    assert.deepEqual(chunks(tab, 'bsp-role-panel'), []);
    assert.deepEqual(tab.foreignRequests(), []);
    assert.deepEqual(tab.errors, []);
    await tab.context.close();
  });

  for (const [bundle, tag, heading] of [
    ['bsp-role-panel', 'bsp-role-panel', 'Barn som pårørande: kven spør eg?'],
    ['bsp-finder', 'bsp-support-finder', 'Finn støtte for born og familiar'],
  ]) {
    it(`a nynorsk page with ${bundle}.js loads only the nynorsk chunk, and English only when asked`, async () => {
      const tab = await dropInPage(bundle, tag, 'nn');
      await tab.page.getByRole('heading', { name: heading }).waitFor();
      const first = chunks(tab, bundle);
      assert.equal(first.length, 1, first.join());
      assert.match(first[0], new RegExp(`^${bundle}/lang-nn-[\\w-]+\\.js$`));

      await tab.page.evaluate(() => (document.documentElement.lang = 'en'));
      await tab.page.locator(`${tag} [part~="base"][lang="en"]`).waitFor();
      const all = chunks(tab, bundle);
      assert.equal(all.length, 2, all.join());
      assert.match(all[1], new RegExp(`^${bundle}/lang-en-[\\w-]+\\.js$`));
      assert.deepEqual(tab.foreignRequests(), []);
      assert.deepEqual(tab.errors, []);
      await tab.context.close();
    });
  }
});
