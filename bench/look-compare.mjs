// Did a change keep the look? Screenshots of every step and state of the four widgets (bench/
// look-states.mjs) at 1280 and 320 px from two builds' drop-in bundles in one run, compared pixel
// by pixel. Exits 1 naming each shot that differs with its pixel count (0 expected), 2 when a
// shot could not be taken. A bench script, not part of `npm test`.
//
//   node bench/look-compare.mjs --refs main HEAD     builds both git refs in temporary worktrees
//   node bench/look-compare.mjs <before-dir> [<after-dir>]   two builds' dist/cdn (after: dist/cdn)
//   BEFORE=<dir> AFTER=<dir> node bench/look-compare.mjs     the same
//
// `--refs`: `git worktree add --detach` per ref under /tmp, node_modules hard-linked from this
// clone (`cp -al`; NODE_MODULES=<dir> to take another), `npm run build` there (BUILD=<command>
// to run another), compared, the worktrees removed (`--keep` keeps them). OUT=<dir> (default /tmp/bsp-look) gets both images of
// every shot and, for each differing one, a diff (red: differing pixels). ONLY=<substring> runs
// the scenarios whose name contains it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { SCENARIOS, WIDTHS, pageHelpers } from './look-states.mjs';
import { serveBuilds } from './serve-builds.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const out = resolve(process.env.OUT ?? '/tmp/bsp-look');
const only = process.env.ONLY;

/** How a ref is built; only its dist/cdn is used (BUILD='npx rollup -c --silent' builds just that). */
const build = process.env.BUILD ?? 'npm run build --silent';

const worktrees = [];
const removeWorktrees = () => {
  if (args.includes('--keep')) return;
  for (const dir of worktrees) execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: repo, stdio: 'inherit' });
};

/** Builds `ref` in a detached worktree of this clone; returns its dist/cdn. */
const commitOf = (ref) => execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], { cwd: repo, encoding: 'utf8' }).trim();

function buildRef(ref, sha, side) {
  const dir = `/tmp/bsp-look-${side}-${sha}-${process.pid}`;
  const modules = resolve(process.env.NODE_MODULES ?? join(repo, 'node_modules'));
  console.log(`${ref} (${sha}): worktree ${dir}, ${build}…`);
  execFileSync('git', ['worktree', 'add', '--quiet', '--detach', dir, sha], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  worktrees.push(dir);
  // Hard links: no copy of the bytes, and the workspace links (node_modules/@bsp/*) are relative,
  // so they point into the worktree's own packages.
  execFileSync('cp', ['-al', modules, join(dir, 'node_modules')]);
  execFileSync('sh', ['-c', build], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  return join(dir, 'dist/cdn');
}

let before;
let after;
if (args[0] === '--refs') {
  if (args.length < 3) throw new Error('usage: --refs <before-ref> <after-ref> [--keep]');
  // Both refs resolved first: a branch that moves during the first build (a merge) must not
  // change what the second side builds.
  const [a, b] = [commitOf(args[1]), commitOf(args[2])];
  try {
    before = buildRef(args[1], a, 'before');
    after = buildRef(args[2], b, 'after');
  } catch (error) {
    removeWorktrees();
    throw error;
  }
} else {
  before = resolve(args[0] ?? process.env.BEFORE ?? 'dist/cdn-before');
  after = resolve(args[1] ?? process.env.AFTER ?? 'dist/cdn');
}
for (const dir of [before, after]) {
  if (!existsSync(join(dir, 'bsp-checklist.js'))) {
    removeWorktrees();
    throw new Error(`${dir} holds no drop-in bundles (run npm run build, or pass --refs)`);
  }
}

// One loopback server for both builds (/before/…, /after/…) and the empty host page every shot
// starts from: one origin, so both builds see the same page.
const server = await serveBuilds({ before, after });
const { origin } = server;
// Raster the same pixels every time: one raster thread, whole tiles, sRGB, no CPU-specific Skia
// paths. Without them one build against itself differed by a few antialiased corner pixels (±1 in
// one channel) in about one shot of fifty.
const PIXEL_STABLE_ARGS = ['--font-render-hinting=none', '--hide-scrollbars', '--num-raster-threads=1', '--disable-partial-raster', '--force-color-profile=srgb', '--disable-skia-runtime-opts'];
const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...PIXEL_STABLE_ARGS] });

/** Waits until the element and the page are still: no request in flight and the same markup twice. */
async function settle(page, inFlight) {
  let last = '';
  for (let i = 0; i < 40; i++) {
    const now = await page.evaluate(() => window.__look.settle());
    if (inFlight.size === 0 && now === last) return;
    last = now;
    await page.waitForTimeout(50);
  }
  throw new Error('did not settle in 2 s');
}

/** Runs one scenario against one build at one width: its shots as PNG buffers by name. */
async function runScenario(scenario, side, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce', locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const page = await context.newPage();
  const inFlight = new Set();
  const errors = [];
  page.on('request', (r) => inFlight.add(r));
  page.on('requestfinished', (r) => inFlight.delete(r));
  page.on('requestfailed', (r) => inFlight.delete(r));
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(`${origin}/page`);
    await page.addScriptTag({ content: pageHelpers });
    await page.addScriptTag({ url: `/${side}/${scenario.bundle}`, type: 'module' });
    await page.waitForFunction((tag) => customElements.get(tag), scenario.tag);
    await page.evaluate(scenario.setup, scenario.data ?? null);
    const shots = {};
    const shoot = async (name, media) => {
      await settle(page, inFlight);
      if (errors.length) throw new Error(errors.join('; '));
      const key = `${scenario.name}-${name}-${width}`;
      if (media === 'print') {
        shots[key] = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
        return;
      }
      // The element alone, all of it, with the viewport made tall enough to hold it: photographing
      // a taller element scrolls, and sticky parts (the finder's quick exit) land wherever the
      // scroll left them. Back to 900 px after, so every step acts at the same viewport.
      const bottom = await page.evaluate(() => Math.ceil(__look.el().getBoundingClientRect().bottom + window.scrollY));
      if (bottom > 900) await page.setViewportSize({ width, height: bottom + 8 });
      await settle(page, inFlight);
      shots[key] = await page.locator('#shot').screenshot({ animations: 'disabled', caret: 'hide' });
      await page.setViewportSize({ width, height: 900 });
    };
    for (const step of scenario.steps) {
      if (step.media) await page.emulateMedia({ media: step.media });
      if (!step.repeat) {
        if (step.act) await page.evaluate(step.act, step.data ?? null);
        await shoot(step.name, step.media);
        continue;
      }
      // A walk: act and photograph until `until` holds (`name-1`, `name-2`, …).
      for (let i = 1; i <= step.repeat.max && !(await page.evaluate(step.repeat.until)); i++) {
        await page.evaluate(step.act);
        await shoot(`${step.name}-${i}`, step.media);
      }
    }
    return shots;
  } finally {
    await context.close();
  }
}

/** Differing pixels of two PNGs (decoded in the page) and a diff image when they differ. */
async function compare(page, a, b) {
  if (a.equals(b)) return { count: 0 }; // Chromium encodes equal pixels to equal bytes
  return page.evaluate(
    async ([x, y]) => {
      const load = async (b64) => createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const [p, q] = await Promise.all([load(x), load(y)]);
      const w = Math.max(p.width, q.width);
      const h = Math.max(p.height, q.height);
      const pixels = (img) => {
        const g = new OffscreenCanvas(w, h).getContext('2d');
        g.drawImage(img, 0, 0);
        return g.getImageData(0, 0, w, h).data;
      };
      const [d1, d2] = [pixels(p), pixels(q)];
      const canvas = new OffscreenCanvas(w, h);
      const g = canvas.getContext('2d');
      const img = g.createImageData(w, h);
      let count = 0;
      const box = { x0: w, y0: h, x1: -1, y1: -1 };
      for (let i = 0; i < d1.length; i += 4) {
        const same = d1[i] === d2[i] && d1[i + 1] === d2[i + 1] && d1[i + 2] === d2[i + 2] && d1[i + 3] === d2[i + 3];
        if (!same) {
          count++;
          const x = (i / 4) % w;
          const y = Math.floor(i / 4 / w);
          Object.assign(box, { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x), y1: Math.max(box.y1, y) });
        }
        img.data.set(same ? [d1[i], d1[i + 1], d1[i + 2], 40] : [255, 0, 0, 255], i);
      }
      g.putImageData(img, 0, 0);
      const bytes = new Uint8Array(await (await canvas.convertToBlob()).arrayBuffer());
      let bin = '';
      for (const byte of bytes) bin += String.fromCharCode(byte);
      const size = `${p.width}×${p.height} → ${q.width}×${q.height}`;
      return { count, size: `${size}, within x ${box.x0}–${box.x1}, y ${box.y0}–${box.y1}`, diff: btoa(bin) };
    },
    [a.toString('base64'), b.toString('base64')],
  );
}

mkdirSync(out, { recursive: true });
const differing = [];
const failed = [];
let total = 0;
try {
  const diffPage = await browser.newPage();
  for (const scenario of SCENARIOS) {
    if (only && !scenario.name.includes(only)) continue;
    for (const width of WIDTHS) {
      let a;
      let b;
      try {
        // Both builds of a scenario back to back, so machine load drifts hit both alike.
        a = await runScenario(scenario, 'before', width);
        b = await runScenario(scenario, 'after', width);
      } catch (error) {
        failed.push(`${scenario.name}-${width}: ${error.message.split('\n')[0]}`);
        console.log(`${`${scenario.name} @${width}`.padEnd(44)} FAILED: ${error.message.split('\n')[0]}`);
        continue;
      }
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        total++;
        rmSync(join(out, `${key}-diff.png`), { force: true });
        if (!a[key] || !b[key]) {
          // A walk that took another number of steps: that shot exists in one build only.
          differing.push(`${key}: only ${a[key] ? 'before' : 'after'}`);
          console.log(`${key.padEnd(44)} only ${a[key] ? 'before' : 'after'}`);
          continue;
        }
        writeFileSync(join(out, `${key}-before.png`), a[key]);
        writeFileSync(join(out, `${key}-after.png`), b[key]);
        const result = await compare(diffPage, a[key], b[key]);
        if (result.count) {
          differing.push(`${key}: ${result.count} pixels (${result.size})`);
          writeFileSync(join(out, `${key}-diff.png`), Buffer.from(result.diff, 'base64'));
        }
        console.log(`${key.padEnd(44)} ${result.count ? `${result.count} pixels differ (${result.size})` : 'identical'}`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  removeWorktrees();
}
console.log(`\n${total} shots, ${differing.length} differ, ${failed.length} scenario runs failed (${before} → ${after}); images in ${out}`);
if (differing.length) console.error(`look-compare: shots differ:\n  ${differing.join('\n  ')}`);
if (failed.length) console.error(`look-compare: could not take:\n  ${failed.join('\n  ')}`);
process.exit(failed.length ? 2 : differing.length ? 1 : 0);
