// End-to-end: the error words in the drop-in bundles (issue 12). Invariants:
// 1. The entry bundle holds only the basic error words; the words for what a check found wrong
//    (the issue table) are in a chunk fetched only when something is wrong: a page with valid
//    inputs fetches no error-wording chunk.
// 2. A nynorsk or English page whose host set a wrong property, or gave the provider broken
//    JSON, shows the error view in its language from the very first render: no render of the
//    widget ever holds bokmål error words or the widget's content (every render is recorded).
// 3. When the language chunk cannot load (offline, a newer deploy removed it), the error view
//    still shows, in bokmål, naming each wrong property or the provider's JSON script.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { openPage, startHarness } from './harness.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

const BUNDLES = ['bsp-role-panel', 'bsp-checklist', 'bsp-consent', 'bsp-finder'];
// Texts only the issue table holds (csvMissingColumns, unknownKeys, jsonSyntax in bokmål).
const ISSUE_WORDS = ['overskriftsraden mangler kolonnene', 'har ukjente felt', 'er ikke gyldig JSON'];
// Bokmål error words and the role panel's content, none of which a nynorsk or English render may show.
const BOKMAL = ['Noe er feil i oppsettet', 'må være en av', 'har ukjente felt', 'er ikke gyldig JSON', 'Roller og ansvar'];
const WORDS = {
  nn: { heading: 'Noko er feil i oppsettet', view: 'er «garbage», men må vere ein av: ask, roles, role', messages: 'har ukjende felt: de', json: 'er ikkje gyldig JSON' },
  en: { heading: 'Something is wrong in the setup', view: 'is “garbage” but must be one of: ask, roles, role', messages: 'has unknown fields: de', json: 'is not valid JSON' },
};

/** Role panel pages: a wrong `view` attribute and `messages` property, or a provider with broken JSON. */
const BODIES = {
  property: `<bsp-role-panel view="garbage"></bsp-role-panel><script>document.querySelector('bsp-role-panel').messages = { de: {} };</script>`,
  provider: `<bsp-provider><script type="application/json">{ "municipality": </script><bsp-role-panel></bsp-role-panel></bsp-provider>`,
  valid: `<bsp-provider><script type="application/json">{ "municipality": "Testvik" }</script><bsp-role-panel view="roles"></bsp-role-panel></bsp-provider>`,
};

/**
 * Opens a role panel drop-in page in `lang` that records every text the widget's shadow root
 * showed (its first render included); `offline` makes the language chunks fail to load.
 */
async function rolePanelPage(lang, body, { offline = false, slowLanguage = false } = {}) {
  const path = `/__error-wording-${lang}-${Math.random().toString(36).slice(2)}.html`;
  const context = await harness.browser.newContext();
  await context.route(harness.origin + path, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title>
        <script type="module" src="/dist/cdn/bsp-role-panel.js"></script></head><body>${body}</body></html>`,
    }),
  );
  if (offline) await context.route(/\/lang-[a-z]+-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
  // The language chunk after the error wording: the words must still be written in the language.
  if (slowLanguage) await context.route(/\/lang-[a-z]+-[\w-]+\.js$/, (route) => setTimeout(() => route.continue(), 400));
  await context.addInitScript(() => {
    const shown = [];
    Object.defineProperty(window, '__shown', { value: shown });
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      if (this.localName === 'bsp-role-panel') {
        new MutationObserver(() => shown.push(root.textContent.replace(/\s+/g, ' '))).observe(root, { childList: true, subtree: true, characterData: true });
      }
      return root;
    };
  });
  const tab = await openPage(harness, path, { context });
  return {
    ...tab,
    errorView: async () => (await tab.page.locator('bsp-role-panel [part="error"]').textContent()).replace(/\s+/g, ' '),
    shown: () => tab.page.evaluate(() => window.__shown.join('|')),
    files: () => tab.requests.filter((url) => url.includes('/dist/cdn/bsp-role-panel/')).map((url) => url.replace(/^.*\/dist\/cdn\/bsp-role-panel\/|-[\w-]{8}\.js$/g, '')),
  };
}

describe('error words in the drop-in bundles', () => {
  it('each entry bundle holds no issue words; they are in a chunk beside it (1)', () => {
    for (const bundle of BUNDLES) {
      const entry = readFileSync(`dist/cdn/${bundle}.js`, 'utf8');
      for (const words of ISSUE_WORDS) assert.ok(!entry.includes(words), `${bundle}.js holds "${words}"`);
    }
    const chunks = readdirSync('dist/cdn/bsp-role-panel').filter((f) => f.endsWith('.js'));
    const holding = chunks.filter((f) => readFileSync(`dist/cdn/bsp-role-panel/${f}`, 'utf8').includes(ISSUE_WORDS[0]));
    assert.equal(holding.length, 1, holding.join());
  });

  it('a page with valid inputs fetches no error wording (1)', async () => {
    const tab = await rolePanelPage('nn', BODIES.valid);
    await tab.page.locator('bsp-role-panel [part~="base"][lang="nn"]').waitFor();
    await tab.page.waitForLoadState('networkidle');
    // The language, and the provider's code (defined on demand: the page has a `<bsp-provider>`),
    // with the checks of its configuration (unknown keys, issue 30), which rollup keeps in a chunk
    // of their own because the validators use them too: code, not wording (ISSUE_WORDS above).
    assert.deepEqual(tab.files().sort(), ['define-provider', 'host-config-findings', 'lang-nn']);
    assert.deepEqual(tab.errors, []);
    await tab.context.close();
  });

  for (const lang of ['nn', 'en']) {
    const words = WORDS[lang];
    it(`${lang}: wrong properties are worded in ${lang} from the first render, no bokmål in any render (2)`, async () => {
      const tab = await rolePanelPage(lang, BODIES.property);
      const text = await tab.errorView();
      for (const expected of [words.heading, words.view, words.messages]) assert.ok(text.includes(expected), `${expected} in ${text}`);
      const shown = await tab.shown();
      assert.ok(shown.length > 0, 'renders recorded');
      for (const bokmal of BOKMAL) assert.ok(!shown.includes(bokmal), `"${bokmal}" shown: ${shown}`);
      assert.ok(tab.files().includes(`lang-${lang}`) && tab.files().includes('error-wording'), tab.files().join());
      assert.deepEqual(tab.foreignRequests(), []);
      assert.deepEqual(tab.errors, []);
      await tab.context.close();
    });

    for (const slowLanguage of [false, true]) it(`${lang}: the provider's broken JSON is worded in ${lang} from the first render${slowLanguage ? ', its language chunk arriving last' : ''} (2)`, async () => {
      const tab = await rolePanelPage(lang, BODIES.provider, { slowLanguage });
      const text = await tab.errorView();
      for (const expected of [words.heading, words.json, 'script[type="application/json"]']) assert.ok(text.includes(expected), `${expected} in ${text}`);
      const shown = await tab.shown();
      for (const bokmal of BOKMAL) assert.ok(!shown.includes(bokmal), `"${bokmal}" shown: ${shown}`);
      assert.deepEqual(tab.errors, []);
      await tab.context.close();
    });
  }

  it('without the language chunk the error view is bokmål and names each property and the script (3)', async () => {
    for (const body of [BODIES.property, BODIES.provider]) {
      const tab = await rolePanelPage('nn', body, { offline: true });
      const text = await tab.errorView();
      assert.ok(text.includes('Noe er feil i oppsettet'), text);
      const named = body === BODIES.property ? ['view: ', 'har ukjente felt: de', '(messages)'] : ['script[type="application/json"]', 'er ikke gyldig JSON'];
      for (const expected of named) assert.ok(text.includes(expected), `${expected} in ${text}`);
      assert.ok(!(await tab.shown()).includes('Roller og ansvar'), 'no content before the error view');
      await tab.context.close();
    }
  });
});
