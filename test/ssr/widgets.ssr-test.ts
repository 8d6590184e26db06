/*
 * Server-side rendering (run in Node with node:test, not in the browser runner).
 * Invariants:
 * 1. Every define module loads in Node without a DOM (nothing reads `document` or `window`
 *    at module evaluation or while rendering).
 * 2. Every widget renders with @lit-labs/ssr, with and without `lang`, to declarative shadow
 *    DOM whose base part carries the language asked for (bokmål when none is given).
 * 3. Server output is the widget's own text in that language, not the other languages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { loadLanguage } from '@bsp/sdk';

const widgets = [
  ['@bsp/role-panel/define', 'bsp-role-panel'],
  ['@bsp/checklist/define', 'bsp-child-checklist'],
  ['@bsp/consent/define', 'bsp-consent-form'],
  ['@bsp/finder/define', 'bsp-support-finder'],
] as const;

async function ssr(tag: string, lang?: string): Promise<string> {
  const t = unsafeStatic(tag);
  const template = lang ? staticHtml`<${t} lang=${lang}></${t}>` : staticHtml`<${t}></${t}>`;
  return collectResult(render(template));
}

test('every define module loads without a DOM', async () => {
  assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined');
  for (const [module] of widgets) await import(module);
  await import('@bsp/ui/define');
  assert.ok(customElements.get('bsp-provider'));
});

for (const [module, tag] of widgets) {
  test(`<${tag}> renders on the server with and without lang`, async () => {
    await import(module);
    assert.ok(customElements.get(tag), `${tag} is defined`);
    const plain = await ssr(tag);
    assert.match(plain, /<template shadowroot(mode)?="open"/);
    assert.match(plain, /part="base"[^>]*lang="nb"/);
    const texts = new Set([plain.replace(/<!--[^]*?-->/g, '')]);
    for (const lang of ['nn', 'en']) {
      await loadLanguage(lang);
      const out = await ssr(tag, lang);
      assert.match(out, new RegExp(`part="base"[^>]*lang="${lang}"`), `${tag} ${lang}`);
      texts.add(out.replace(/<!--[^]*?-->/g, ''));
    }
    assert.equal(texts.size, 3, `${tag}: each language renders its own text`);
  });
}

test('a provider with widgets renders on the server', async () => {
  const out = await collectResult(render(html`<bsp-provider lang="en"><bsp-role-panel></bsp-role-panel></bsp-provider>`));
  assert.match(out, /<bsp-provider/);
  assert.match(out, /<bsp-role-panel/);
});

// Validators load on demand (issue 12) and never on the server: a widget handed data renders
// there without it (no throw, no pending import), and shows it once the browser has loaded it.
test('a role panel handed a directory renders on the server without it, and without throwing', async () => {
  const directory = { municipality: 'Testvik', units: [{ id: 'a', name: 'Enhet A' }] };
  const out = await collectResult(render(html`<bsp-role-panel .directory=${directory}></bsp-role-panel>`));
  assert.match(out, /part="base"/);
  assert.doesNotMatch(out, /Enhet A/);
});

test('a finder handed a local catalog renders the national catalog on the server, without throwing', async () => {
  const services = [{ id: 'lokal', name: 'Lokal gruppe Testvik', description: 'd', audience: ['children'], format: ['group'], area: ['4601'] }];
  const out = await collectResult(render(html`<bsp-support-finder .services=${services}></bsp-support-finder>`));
  assert.match(out, /data-id="kors-pa-halsen"/);
  assert.doesNotMatch(out, /Lokal gruppe Testvik/);
});

test('a checklist handed a record and an overlay, and a consent form handed a record, render on the server without throwing', async () => {
  const { emptyRecord, emptyConsentRecord } = await import('@bsp/sdk');
  const record = { ...emptyRecord(), answers: { hasChildren: 'yes' } };
  const checklist = await collectResult(render(html`<bsp-child-checklist .record=${record} .overlay=${{ questions: {} }}></bsp-child-checklist>`));
  assert.match(checklist, /part="base"/);
  const consent = await collectResult(render(html`<bsp-consent-form .record=${emptyConsentRecord()}></bsp-consent-form>`));
  assert.match(consent, /part="base"/);
});
