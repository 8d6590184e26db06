// End-to-end: the @bsp/react wrappers (built dist, bundled with React by esbuild as an app
// would) in Chromium. Invariants: each wrapper renders its element and registers it; object props
// become properties (never an "[object Object]" attribute); every event the element's manifest
// lists reaches its on… prop; a host string prop stays an attribute.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { startHarness } from './harness.mjs';
import { pascal } from '../../scripts/framework-types.mjs';

let harness;
before(async () => (harness = await startHarness()));
after(async () => harness?.close());

const WIDGETS = { ui: 'BspProvider', 'role-panel': 'BspRolePanel', consent: 'BspConsentForm', checklist: 'BspChildChecklist', finder: 'BspSupportFinder' };
/** Component name → its events, from the manifests the wrappers were generated from. */
const EVENTS = Object.fromEntries(
  Object.entries(WIDGETS).map(([pkg, component]) => {
    const manifest = JSON.parse(readFileSync(`packages/${pkg}/custom-elements.json`, 'utf8'));
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.name === component);
    return [component, element.events.map((e) => e.name)];
  }),
);

const entry = `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import * as wrappers from '@bsp/react';
const events = ${JSON.stringify(EVENTS)};
const pascal = ${pascal.toString()};
window.results = {};
for (const [name, names] of Object.entries(events)) {
  const host = document.body.appendChild(document.createElement('div'));
  const seen = [];
  const messages = { nb: {} };
  const props = { messages, lang: 'nn' };
  for (const event of names) props['on' + pascal(event)] = (e) => seen.push(e.type);
  flushSync(() => createRoot(host).render(createElement(wrappers[name], props)));
  const element = host.firstElementChild;
  for (const event of names) element.dispatchEvent(new CustomEvent(event, { detail: {} }));
  window.results[name] = {
    tag: element.localName,
    defined: !!customElements.get(element.localName),
    messagesIsProperty: element.messages === messages,
    messagesAttribute: element.getAttribute('messages'),
    lang: element.getAttribute('lang'),
    seen,
  };
}
`;

describe('@bsp/react wrappers in a React app', () => {
  it('render registered elements, set objects as properties and pass every event to its on… prop', async () => {
    const bundle = await build({
      stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
      bundle: true, format: 'esm', write: false, logLevel: 'silent',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const page = await harness.browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${harness.origin}/examples/`);
    await page.addScriptTag({ type: 'module', content: bundle.outputFiles[0].text });
    await page.waitForFunction(() => window.results && Object.keys(window.results).length === 5);
    const results = await page.evaluate(() => window.results);
    assert.deepEqual(errors, []);
    for (const [name, events] of Object.entries(EVENTS)) {
      const result = results[name];
      assert.match(result.tag, /^bsp-/, name);
      assert.equal(result.defined, true, name);
      assert.equal(result.messagesIsProperty, true, name);
      assert.equal(result.messagesAttribute, null, name);
      assert.equal(result.lang, 'nn', name);
      assert.ok(events.length >= 1, name);
      assert.deepEqual([...result.seen].sort(), [...events].sort(), name);
    }
    await page.close();
  });
});
