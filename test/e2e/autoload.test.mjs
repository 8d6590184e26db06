// End-to-end: bsp-all.js is an autoloader (packages/cdn/src/bsp-all.ts). Invariants, each
// checked from the browser's request log and the custom element registry:
//  1. Every widget a page uses is defined, whenever it is added: in the HTML, after the script
//     ran, nested deep, added through innerHTML; inside a host's own shadow root through the
//     explicit API (`observe(root)`, `load(tags)`), which is the one place a document observer
//     cannot see.
//  2. Nothing is loaded for tags not on the page: a page without widgets fetches the entry only;
//     a finder page fetches no role-panel, checklist or consent code.
//  3. The checklist through bsp-all embeds the consent form: both are defined together.
//  4. Only the bundle's own origin is contacted (chunks are relative to the entry's URL).
//  5. A second copy of the library on the page (a per-widget drop-in) breaks nothing.
//  6. Bokmål costs no language request; another language loads only the chunks of the widgets
//     on the page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openPage } from './harness.mjs';
import { loaderChunks } from '../../bench/size-all-in-one.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

let pageCount = 0;
/** Serves a page (head scripts + body) at the demo origin, in a directory of its own, and opens it. */
async function hostPage(body, { lang = 'nb', scripts = ['/dist/cdn/bsp-all.js'], routes = async () => undefined } = {}) {
  const path = `/__autoload/${(pageCount += 1)}/page.html`;
  const context = await harness.browser.newContext();
  await routes(context);
  await context.route(harness.origin + path, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title>
        ${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}</head><body>${body}</body></html>`,
    }),
  );
  const tab = await openPage(harness, path, { context });
  await tab.page.waitForLoadState('networkidle');
  return tab;
}

/** bsp-all's chunks the page fetched, by name (`finder`, `lang-nn-core`), hash dropped. */
const fetchedChunks = (tab) =>
  tab.requests.filter((url) => url.includes('/dist/cdn/bsp-all/')).map((url) => url.replace(/^.*\/bsp-all\/(.*)-[\w-]{8}\.js$/, '$1')).sort();
const cdnRequests = (tab) => tab.requests.filter((url) => url.includes('/dist/cdn/'));
const defined = (tab, tags) => tab.page.evaluate((list) => list.filter((tag) => customElements.get(tag)), tags);
const rendered = (tab, tag) => tab.page.locator(`${tag} [part~="base"]`).first().waitFor();

const widgetCode = { 'bsp-role-panel': 'role-panel', 'bsp-child-checklist': 'checklist', 'bsp-consent-form': 'consent', 'bsp-support-finder': 'finder' };
/**
 * Fetched after the first render: the finder's text search (with the word index it shares with
 * the role panel's unit search, which comes with the directory's validator: `lazy-core-check-search`);
 * the consent form's paper once the page is idle.
 */
const afterRender = { 'bsp-support-finder': ['lazy-finder-search'], 'bsp-consent-form': ['lazy-consent-paper'] };

async function expectClean(tab) {
  assert.deepEqual(tab.foreignRequests(), []);
  assert.deepEqual(tab.errors, []);
  await tab.context.close();
}

describe('bsp-all.js loads only the widgets a page uses', () => {
  it('a page without widgets fetches the entry only', async () => {
    const tab = await hostPage('<main><h1>Ingen widget</h1><p>bsp-ish text: bsp-support-finder</p></main>');
    assert.deepEqual(cdnRequests(tab).map((url) => new URL(url).pathname), ['/dist/cdn/bsp-all.js']);
    assert.deepEqual(await defined(tab, Object.keys(loaderChunks)), []);
    await expectClean(tab);
  });

  for (const [tag, code] of Object.entries(widgetCode)) {
    it(`a page with only <${tag}> fetches no other widget's code`, async () => {
      const tab = await hostPage(`<main><h1>Side</h1><${tag}></${tag}></main>`);
      await rendered(tab, tag);
      await tab.page.waitForLoadState('networkidle');
      // Exactly the chunks npm run size counts for this page (bench/size-all-in-one.mjs): the
      // core and the widget's own, plus the consent form the checklist embeds (invariant 3).
      // `shared-*`: code these widgets import at once that others load only on demand (chunk
      // groups), imported statically by the loader's chunks and counted by npm run size too.
      // Then what a widget fetches after its first render, never zod: the finder's text search,
      // the consent form's paper once the page is idle (Ctrl+P cannot wait for it).
      assert.deepEqual(fetchedChunks(tab).filter((c) => !c.startsWith('shared-')), [...loaderChunks[tag], ...(afterRender[tag] ?? [])].sort());
      assert.ok(loaderChunks[tag].includes(code));
      // No `<bsp-provider>` on the page: its code is neither fetched nor defined.
      const expectedTags = [tag, ...(tag === 'bsp-child-checklist' ? ['bsp-consent-form'] : [])].sort();
      assert.deepEqual((await defined(tab, Object.keys(loaderChunks))).sort(), expectedTags);
      await expectClean(tab);
    });
  }

  it('the checklist through bsp-all shows the consent form in its consent step', async () => {
    const tab = await hostPage('<main><h1>Sjekkliste</h1><bsp-child-checklist heading-level="2"></bsp-child-checklist></main>');
    const { page } = tab;
    await page.getByRole('group', { name: /barn eller søsken under 18 år/ }).getByRole('radio', { name: 'Ja' }).check();
    await page.getByRole('group', { name: /Er et barn til stede nå/ }).getByRole('radio', { name: 'Nei' }).check();
    await page.getByRole('button', { name: 'Neste', exact: true }).click();
    await page.getByRole('button', { name: 'Legg til barn' }).click();
    await page.getByRole('button', { name: 'Neste', exact: true }).click();
    // The consent step is the consent form element itself (rendered only when its tag is defined).
    await page.locator('bsp-child-checklist bsp-consent-form').getByRole('group', { name: 'Samtykke til helsestasjon og skolehelsetjeneste' }).waitFor();
    await expectClean(tab);
  });

  it('defines widgets added after load: nested deep, through innerHTML, as a framework would', async () => {
    const tab = await hostPage('<main id="app"></main>');
    assert.deepEqual(fetchedChunks(tab), []);
    await tab.page.evaluate(() => {
      const app = document.getElementById('app');
      let parent = app;
      for (let i = 0; i < 12; i += 1) parent = parent.appendChild(document.createElement(i % 2 ? 'section' : 'div'));
      parent.appendChild(document.createElement('bsp-role-panel'));
    });
    await rendered(tab, 'bsp-role-panel');
    await tab.page.evaluate(() => {
      document.getElementById('app').insertAdjacentHTML('beforeend', '<div><article><bsp-support-finder heading-level="3"></bsp-support-finder></article></div>');
    });
    await rendered(tab, 'bsp-support-finder');
    const chunks = fetchedChunks(tab);
    assert.ok(!chunks.includes('checklist') && !chunks.includes('consent'), chunks.join());
    await expectClean(tab);
  });

  it('widgets in a host shadow root: observe(root) and load(tags) define them; unknown tags are refused', async () => {
    const tab = await hostPage('<main id="app"></main>');
    const result = await tab.page.evaluate(async () => {
      const { load, observe } = await import('/dist/cdn/bsp-all.js');
      const host = document.getElementById('app').appendChild(document.createElement('div'));
      const root = host.attachShadow({ mode: 'open' });
      root.innerHTML = '<bsp-role-panel></bsp-role-panel>';
      // The document observer does not see into shadow roots: nothing loaded for it yet.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const before = !!customElements.get('bsp-role-panel');
      const stop = observe(root);
      await customElements.whenDefined('bsp-role-panel');
      // Still watching: a widget added to the shadow root later is defined too.
      root.appendChild(document.createElement('div')).innerHTML = '<bsp-support-finder></bsp-support-finder>';
      await customElements.whenDefined('bsp-support-finder');
      stop();
      await load(['bsp-consent-form']);
      const consent = !!customElements.get('bsp-consent-form');
      const refused = await load(['bsp-nope']).then(
        () => 'loaded',
        (error) => `${error.name}: ${error.message}`,
      );
      return { before, consent, refused, panel: !!root.querySelector('bsp-role-panel').shadowRoot?.querySelector('[part~="base"]') };
    });
    assert.equal(result.before, false);
    assert.equal(result.consent, true);
    assert.match(result.refused, /^RangeError: Unknown widget tag bsp-nope/);
    assert.equal(result.panel, true);
    assert.ok(!fetchedChunks(tab).includes('checklist'));
    await expectClean(tab);
  });

  it("chunks load from the entry's own directory, wherever the page is", async () => {
    const tab = await hostPage('<bsp-support-finder></bsp-support-finder>');
    await rendered(tab, 'bsp-support-finder');
    for (const url of cdnRequests(tab)) assert.match(new URL(url).pathname, /^\/dist\/cdn\/bsp-all(\.js|\/[\w-]+\.js)$/);
    await expectClean(tab);
  });

  it('a page with <bsp-provider> fetches its chunk beside the core, and the widget renders in its language first', async () => {
    const tab = await hostPage('<main><h1>Roller</h1><bsp-provider lang="en"><bsp-role-panel view="roles"></bsp-role-panel></bsp-provider></main>');
    // (Its first render is in the provider's language: packages/ui/src/provider/provider-on-demand.test.ts.)
    await tab.page.getByRole('heading', { name: /Roles and duties|Children as next of kin/ }).first().waitFor();
    await tab.page.waitForLoadState('networkidle');
    assert.deepEqual(fetchedChunks(tab).filter((c) => !c.startsWith('lang-')), ['core', 'provider', 'role-panel']);
    assert.deepEqual((await defined(tab, Object.keys(loaderChunks))).sort(), ['bsp-provider', 'bsp-role-panel']);
    assert.equal(await tab.page.locator('bsp-role-panel [part~="base"]').getAttribute('lang'), 'en');
    await expectClean(tab);
  });

  it('a second copy of the library (bsp-finder.js beside bsp-all.js) breaks nothing', async () => {
    const tab = await hostPage('<bsp-provider><bsp-support-finder></bsp-support-finder><bsp-role-panel></bsp-role-panel></bsp-provider>', {
      scripts: ['/dist/cdn/bsp-all.js', '/dist/cdn/bsp-finder.js'],
    });
    await rendered(tab, 'bsp-support-finder');
    await rendered(tab, 'bsp-role-panel');
    assert.deepEqual((await defined(tab, Object.keys(loaderChunks))).sort(), ['bsp-provider', 'bsp-role-panel', 'bsp-support-finder']);
    await expectClean(tab);
  });

  // Invariant 6, its timing: the page's language is known before the widget's code runs, so its
  // text is fetched beside that code, not after it (one round trip less before the first render).
  for (const [tag, code] of Object.entries(widgetCode)) {
    it(`a nynorsk page asks for the text of <${tag}> while its code is still on the way`, async () => {
      let textAsked;
      const asked = new Promise((resolve) => (textAsked = resolve));
      const held = [];
      const tab = await hostPage(`<${tag}></${tag}>`, {
        lang: 'nn-NO',
        routes: async (context) => {
          context.on('request', (request) => request.url().includes(`/bsp-all/lang-nn-${code}-`) && textAsked(true));
          // The widget's own chunk waits until its text was asked for (at most 5 s: then the test fails).
          await context.route(new RegExp(`/bsp-all/${code}-[\\w-]{8}\\.js$`), async (route) => {
            held.push(await Promise.race([asked, new Promise((resolve) => setTimeout(() => resolve(false), 5000))]));
            await route.continue();
          });
        },
      });
      await rendered(tab, tag);
      assert.deepEqual(held, [true]);
      assert.equal(await tab.page.locator(`${tag} [part~="base"]`).first().getAttribute('lang'), 'nn');
      await expectClean(tab);
    });
  }

  it('a nynorsk finder page loads the nynorsk text of the finder and the shared core only', async () => {
    const tab = await hostPage('<bsp-support-finder></bsp-support-finder>', { lang: 'nn' });
    await tab.page.getByRole('heading', { name: 'Finn støtte for born og familiar' }).waitFor();
    const languageChunks = fetchedChunks(tab).filter((c) => c.startsWith('lang-'));
    assert.deepEqual(languageChunks.filter((c) => !['lang-nn-core', 'lang-nn-finder'].includes(c)), []);
    assert.ok(languageChunks.includes('lang-nn-finder'), languageChunks.join());
    await expectClean(tab);
  });
});

// Validators on demand (issue 12): a widget's validator of host data (zod, its schemas) is a
// chunk fetched only when a host hands that widget data, from the bundle's own origin.
describe('validators load only with host data', () => {
  const directory = { municipality: 'Testvik', units: [{ id: 'hs', name: 'Hjemmesykepleien Nord', barneansvarlig: [{ name: 'Hilde' }] }] };
  const withDirectory = `<bsp-provider><script type="application/json">${JSON.stringify({ directory })}</script><bsp-role-panel></bsp-role-panel></bsp-provider>`;
  const validatorRequests = (tab) => cdnRequests(tab).filter((url) => /\/(lazy-[\w-]+|directory-validator)-[\w-]{8}\.js$/.test(url));

  it("bsp-all.js: a widget's validator brings no other widget's code (a finder handed a catalog)", async () => {
    const tab = await hostPage('<main><h1>Tilbud</h1><bsp-support-finder></bsp-support-finder></main>');
    await rendered(tab, 'bsp-support-finder');
    await tab.page.evaluate(() => {
      document.querySelector('bsp-support-finder').services = [
        { id: 'lokal-e2e', name: 'Lokal gruppe', description: 'Et lokalt tilbud.', audience: ['children'], format: ['group'], area: ['4601'] },
      ];
    });
    await tab.page.locator('bsp-support-finder [data-id="lokal-e2e"]').waitFor();
    await tab.page.waitForLoadState('networkidle');
    const fetched = fetchedChunks(tab);
    assert.ok(fetched.some((c) => c.startsWith('lazy-')), fetched.join());
    assert.deepEqual(fetched.filter((c) => /^(consent|checklist|role-panel)$/.test(c)), []);
    assert.deepEqual(await defined(tab, ['bsp-consent-form', 'bsp-child-checklist', 'bsp-role-panel']), []);
    await expectClean(tab);
  });

  for (const [bundle, validator] of [
    ['/dist/cdn/bsp-all.js', /\/bsp-all\/lazy-role-panel-/],
    ['/dist/cdn/bsp-role-panel.js', /\/bsp-role-panel\/directory-validator-/],
  ]) {
    it(`${bundle}: a role panel without a directory fetches no validator; with one, its validator and the units`, async () => {
      const bare = await hostPage('<main><h1>Roller</h1><bsp-role-panel></bsp-role-panel></main>', { scripts: [bundle] });
      await rendered(bare, 'bsp-role-panel');
      assert.deepEqual(validatorRequests(bare), []);
      await expectClean(bare);

      const given = await hostPage(`<main><h1>Roller</h1>${withDirectory}</main>`, { scripts: [bundle] });
      await given.page.getByRole('button', { name: /Hjemmesykepleien Nord/ }).waitFor();
      assert.ok(validatorRequests(given).some((url) => validator.test(url)), validatorRequests(given).join());
      await expectClean(given);
    });
  }
});
