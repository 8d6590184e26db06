// Did a styling or render-path change keep the look? Screenshots of the four widgets (the
// checklist in several states) at 1280 and 320 px from two builds' drop-in bundles, compared
// pixel by pixel in Chromium. `BEFORE=dist/cdn-main node bench/look-compare.mjs` after `npm run
// build` (AFTER defaults to dist/cdn); writes both sets and a diff image for each differing
// pair to OUT (default /tmp/bsp-look) and prints the differing pixels per shot. Asserts nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withBrowser } from './browser.mjs';

const before = process.env.BEFORE ?? 'dist/cdn-main';
const after = process.env.AFTER ?? 'dist/cdn';
const out = process.env.OUT ?? '/tmp/bsp-look';
mkdirSync(out, { recursive: true });

/** Each shot: a widget in a state, set up in the page; returns nothing, the element is `#shot`. */
const SHOTS = [
  { name: 'checklist-screening', tag: 'bsp-child-checklist' },
  { name: 'checklist-answered', tag: 'bsp-child-checklist', record: { answers: { hasChildren: 'yes', childPresentNow: 'no', triggers: ['addiction', 'somatic-illness'], neglectConcern: 'yes' } } },
  { name: 'checklist-children', tag: 'bsp-child-checklist', step: 1, record: { answers: { hasChildren: 'yes', triggers: ['addiction'] }, children: [{ id: 'a', answers: { relation: 'child', age: '6-9' } }, { id: 'b', answers: {} }] } },
  { name: 'checklist-summary', tag: 'bsp-child-checklist', step: 99, record: { answers: { hasChildren: 'yes', triggers: ['addiction'] }, children: [{ id: 'a', answers: { relation: 'child', age: '6-9', informed: 'no' } }] } },
  { name: 'consent', tag: 'bsp-consent-form' },
  { name: 'role-panel', tag: 'bsp-role-panel' },
  { name: 'finder', tag: 'bsp-support-finder' },
];

async function shoot(browser, origin, dir) {
  const shots = {};
  for (const width of [1280, 320]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${origin}/examples/`);
    // bsp-all.js defines a widget when its tag appears: put all four in, wait for them.
    const tags = [...new Set(SHOTS.map((shot) => shot.tag))];
    await page.evaluate((names) => document.body.replaceChildren(...names.map((n) => document.createElement(n))), tags);
    await page.addScriptTag({ url: `/${dir}/bsp-all.js`, type: 'module' });
    await page.waitForFunction((names) => names.every((n) => customElements.get(n)), tags);
    for (const shot of SHOTS) {
      await page.evaluate(async ({ tag, record, step }) => {
        const el = document.createElement(tag);
        el.id = 'shot';
        document.body.replaceChildren(el);
        await el.updateComplete;
        if (record) el.record = { version: 2, procedure: 'bsp-national-default', answers: {}, children: [], excluded: [], ...record };
        if (step !== undefined) el.current = step;
        await el.updateComplete;
        await new Promise((r) => setTimeout(r, 100));
      }, shot);
      shots[`${shot.name}-${width}`] = await page.locator('#shot').screenshot({ animations: 'disabled', caret: 'hide' });
    }
    await page.close();
  }
  return shots;
}

await withBrowser(async (browser, origin) => {
  const a = await shoot(browser, origin, before);
  const b = await shoot(browser, origin, after);
  const page = await browser.newPage();
  let differing = 0;
  for (const key of Object.keys(a)) {
    writeFileSync(join(out, `${key}-before.png`), a[key]);
    writeFileSync(join(out, `${key}-after.png`), b[key]);
    const result = await page.evaluate(
      async ([x, y]) => {
        const load = async (b64) => createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const [p, q] = await Promise.all([load(x), load(y)]);
        const w = Math.max(p.width, q.width);
        const h = Math.max(p.height, q.height);
        const pixels = (img) => {
          const c = new OffscreenCanvas(w, h);
          const g = c.getContext('2d');
          g.drawImage(img, 0, 0);
          return g.getImageData(0, 0, w, h).data;
        };
        const [d1, d2] = [pixels(p), pixels(q)];
        const diff = new OffscreenCanvas(w, h);
        const g = diff.getContext('2d');
        const img = g.createImageData(w, h);
        let count = 0;
        for (let i = 0; i < d1.length; i += 4) {
          const same = d1[i] === d2[i] && d1[i + 1] === d2[i + 1] && d1[i + 2] === d2[i + 2] && d1[i + 3] === d2[i + 3];
          if (!same) count++;
          img.data.set(same ? [d1[i], d1[i + 1], d1[i + 2], 40] : [255, 0, 0, 255], i);
        }
        g.putImageData(img, 0, 0);
        const blob = await diff.convertToBlob();
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let bin = '';
        for (const byte of bytes) bin += String.fromCharCode(byte);
        return { count, size: `${p.width}×${p.height} / ${q.width}×${q.height}`, diff: count ? btoa(bin) : '' };
      },
      [a[key].toString('base64'), b[key].toString('base64')],
    );
    if (result.count) {
      differing++;
      writeFileSync(join(out, `${key}-diff.png`), Buffer.from(result.diff, 'base64'));
    }
    console.log(`${key.padEnd(28)} ${result.size.padEnd(24)} ${result.count ? `${result.count} pixels differ` : 'identical'}`);
  }
  console.log(`${differing} of ${Object.keys(a).length} shots differ (${before} → ${after}); images in ${out}`);
});
