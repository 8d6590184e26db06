// Where a warm rebuild of each widget goes (issue 12: "warm rebuild incl. style and layout"):
// a new element with its defaults replaces the previous one in an open page that already ran
// the bundle, and the time is split into
// - script: insertion until Lit's update completed (render, controllers, context, microtasks);
// - style: a forced style recalculation (getComputedStyle of an element in the shadow root);
// - layout: a forced layout (offsetHeight);
// measured with performance.now() in the page, and the same split read from a Chrome trace
// (`UpdateLayoutTree` = style recalc, `Layout`, with the element counts Blink reports), plus a
// CPU profile of the loop (functions by self time) and the number of Lit updates per element
// (1 = no second render). Run after `npm run build`; CDN=<dir> measures another build,
// COMPARE=<dir> alternates another build's bundles widget by widget. Prints, asserts nothing.
import { withBrowser, cdn, summary, ms } from './browser.mjs';

const RUNS = Number(process.env.RUNS ?? 60);
const WARMUP = 10;
const TOP = Number(process.env.TOP ?? 12);
const WIDGETS = [
  { name: 'checklist', tag: 'bsp-child-checklist', bundle: 'bsp-checklist.js' },
  { name: 'consent', tag: 'bsp-consent-form', bundle: 'bsp-consent.js' },
  { name: 'role panel', tag: 'bsp-role-panel', bundle: 'bsp-role-panel.js' },
  { name: 'finder', tag: 'bsp-support-finder', bundle: 'bsp-finder.js' },
].filter((w) => !process.env.ONLY || process.env.ONLY.split(',').some((o) => w.name.startsWith(o)));
const dirs = [cdn, ...(process.env.COMPARE ? [process.env.COMPARE] : [])];
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'v8.execute'];

/** In the page: `runs` warm rebuilds of `tag`, each split with performance.now(). */
async function rebuildLoop({ tag, runs, warmup }) {
  const ctor = customElements.get(tag);
  let updates = 0;
  const update = ctor.prototype.update;
  ctor.prototype.update = function (changed) {
    updates++;
    return update.call(this, changed);
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const host = document.body;
  const rows = [];
  try {
    for (let i = 0; i < runs + warmup; i++) {
      const el = document.createElement(tag);
      const before = updates;
      const t0 = performance.now();
      host.replaceChildren(el);
      await el.updateComplete;
      const t1 = performance.now();
      // Style only: Blink brings the whole document's style up to date for a computed value.
      void getComputedStyle(el.shadowRoot.lastElementChild ?? el).color;
      const t2 = performance.now();
      void document.body.offsetHeight;
      const t3 = performance.now();
      await frame();
      await el.updateComplete;
      if (!el.shadowRoot.querySelector('[part="base"]') || el.shadowRoot.querySelector('[part="error"]')) throw new Error(`${tag} did not render its content`);
      if (i >= warmup) rows.push({ script: t1 - t0, style: t2 - t1, layout: t3 - t2, total: t3 - t0, updates: updates - before, elements: el.shadowRoot.querySelectorAll('*').length });
    }
  } finally {
    ctor.prototype.update = update;
  }
  return rows;
}

/** Inclusive time and element counts of the trace's style and layout events on the page's main thread. */
function traceSplit(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
  const totals = new Map();
  const add = (name, dur, count = 0) => {
    const t = totals.get(name) ?? { ms: 0, n: 0, elements: 0 };
    t.ms += dur / 1000;
    t.n++;
    t.elements += count;
    totals.set(name, t);
  };
  const open = new Map();
  for (const e of onMain) {
    if (e.ph === 'X' && e.dur !== undefined) add(e.name, e.dur, e.args?.elementCount ?? e.args?.endData?.elementCount ?? e.args?.beginData?.dirtyObjects ?? 0);
    else if (e.ph === 'B') open.set(e.name, e);
    else if (e.ph === 'E' && open.has(e.name)) {
      const b = open.get(e.name);
      open.delete(e.name);
      add(e.name, e.ts - b.ts, e.args?.elementCount ?? e.args?.endData?.elementCount ?? b.args?.beginData?.dirtyObjects ?? 0);
    }
  }
  return totals;
}

function topSelf(profile, top) {
  const dt = new Map();
  profile.samples.forEach((id, n) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[n] ?? 0)));
  const self = new Map();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const file = url ? url.split('/').slice(-2).join('/') : '';
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber}:${columnNumber}`.trim();
    self.set(key, (self.get(key) ?? 0) + (dt.get(node.id) ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
}

async function measure(browser, origin, dir, widget) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    // A bare page like the LHC-Forms comparison's: no host stylesheet, nothing else in the body.
    await page.goto(`${origin}/examples/`);
    await page.evaluate(() => {
      document.querySelectorAll('link[rel=stylesheet], style').forEach((n) => n.remove());
      document.body.replaceChildren();
    });
    await page.addScriptTag({ url: `/${dir}/${widget.bundle}`, type: 'module' });
    await page.waitForFunction((tag) => customElements.get(tag), widget.tag);
    const rows = await page.evaluate(rebuildLoop, { tag: widget.tag, runs: RUNS, warmup: WARMUP });

    const cdp = await page.context().newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES.join(','), transferMode: 'ReportEvents' });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const traced = await page.evaluate(rebuildLoop, { tag: widget.tag, runs: RUNS, warmup: 0 });
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return { rows, traced: traceSplit(events), tracedRuns: traced.length, profile };
  } finally {
    await page.close();
  }
}

const med = (rows, key) => summary(rows.map((r) => r[key])).median;
await withBrowser(async (browser, origin) => {
  for (const widget of WIDGETS) {
    for (const dir of dirs) {
      const { rows, traced, tracedRuns, profile } = await measure(browser, origin, dir, widget);
      const total = summary(rows.map((r) => r.total));
      console.log(`\n## ${widget.name} <${widget.tag}> (${dir}/${widget.bundle}), ${rows.length} warm rebuilds, ${rows[0].elements} elements in the shadow root`);
      console.log(`performance.now(): total median ${ms(total.median)} (p95 ${ms(total.p95)}, min ${ms(total.min)}) = script ${ms(med(rows, 'script'))} + style ${ms(med(rows, 'style'))} + layout ${ms(med(rows, 'layout'))} (medians); Lit updates per element: ${[...new Set(rows.map((r) => r.updates))].join(', ')}`);
      const per = (name) => {
        const t = traced.get(name);
        return t ? `${ms(t.ms / tracedRuns)} (${(t.n / tracedRuns).toFixed(1)}×${t.elements ? `, ${Math.round(t.elements / tracedRuns)} elements` : ''})` : '—';
      };
      console.log(`trace, per rebuild (mean incl. the frame after it): style recalc ${per('UpdateLayoutTree')}, layout ${per('Layout')}, prepaint ${per('PrePaint')}, paint ${per('Paint')}, stylesheet parse ${per('ParseAuthorStyleSheet')}, GC ${per('MinorGC')} / ${per('MajorGC')}`);
      const sampled = profile.samples.length ? (profile.endTime - profile.startTime) / 1000 : 0;
      console.log(`CPU profile of the traced loop (${sampled.toFixed(0)} ms), self time:`);
      for (const [key, time] of topSelf(profile, TOP)) console.log(`${time.toFixed(1).padStart(8)} ms  ${key}`);
    }
  }
});
