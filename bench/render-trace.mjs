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
import { withBrowser, cdn, summary, ms, selfTimeBy } from './browser.mjs';

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
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/**
 * In the page: the DOM work of one rebuild, counted (the same on any machine): templates cloned
 * (importNode), nodes inserted one by one (insertBefore), attributes set, event listeners added,
 * and the nodes in the shadow root by kind (Lit's markers are comments).
 */
async function domWork({ tag }) {
  const counts = { importNode: 0, insertBefore: 0, setAttribute: 0, addEventListener: 0 };
  const patched = [
    [Document.prototype, 'importNode'],
    [Node.prototype, 'insertBefore'],
    [Element.prototype, 'setAttribute'],
    [EventTarget.prototype, 'addEventListener'],
  ].map(([proto, name]) => {
    const original = proto[name];
    proto[name] = function (...args) {
      counts[name]++;
      return original.apply(this, args);
    };
    return () => (proto[name] = original);
  });
  const el = document.createElement(tag);
  try {
    document.body.replaceChildren(el);
    await el.updateComplete;
  } finally {
    patched.forEach((restore) => restore());
  }
  const nodes = { elements: 0, text: 0, comments: 0 };
  const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
  while (walker.nextNode()) nodes[walker.currentNode.nodeType === 1 ? 'elements' : walker.currentNode.nodeType === 3 ? 'text' : 'comments']++;
  return { ...counts, ...nodes };
}

/**
 * In the page: the floor under a rebuild: the same shadow DOM as static markup, cloned from one
 * template into a new shadow root with the same stylesheets (no Lit, no widget code); and the
 * widget with none of its stylesheets (what our CSS costs). Medians of `runs`.
 */
async function floors({ tag, runs }) {
  const ctor = customElements.get(tag);
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const sample = await (async () => {
    const el = document.createElement(tag);
    document.body.replaceChildren(el);
    await el.updateComplete;
    return el;
  })();
  const template = document.createElement('template');
  template.innerHTML = sample.shadowRoot.innerHTML;
  const sheets = sample.shadowRoot.adoptedStyleSheets;
  const split = async (build) => {
    const rows = [];
    for (let i = 0; i < runs + 5; i++) {
      const t0 = performance.now();
      const root = await build();
      const t1 = performance.now();
      void getComputedStyle(root.lastElementChild).color;
      const t2 = performance.now();
      void document.body.offsetHeight;
      const t3 = performance.now();
      await frame();
      if (i >= 5) rows.push([t1 - t0, t2 - t1, t3 - t2]);
    }
    return [0, 1, 2].map((k) => rows.map((r) => r[k]).sort((a, b) => a - b)[rows.length >> 1]);
  };
  const staticClone = await split(async () => {
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    root.append(document.importNode(template.content, true));
    return root;
  });
  const styles = ctor.elementStyles;
  ctor.elementStyles = [];
  try {
    const unstyled = await split(async () => {
      const el = document.createElement(tag);
      document.body.replaceChildren(el);
      await el.updateComplete;
      return el.shadowRoot;
    });
    return { staticClone, unstyled };
  } finally {
    ctor.elementStyles = styles;
  }
}

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
      console.timeStamp('bsp-rebuild'); // finds this task in the trace
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

/**
 * Per rebuild, from the trace: the task that ran it (found by its console.timeStamp) and the
 * style recalc (`UpdateLayoutTree`) and `Layout` events inside it, in thread time (CPU time of
 * the page's main thread, so other processes on a busy machine count far less than in wall
 * time); script is the rest of the task. Also the element counts Blink reports.
 */
function traceSplit(events) {
  const stamps = events.filter((e) => e.name === 'TimeStamp' && e.args?.data?.message === 'bsp-rebuild');
  const rows = [];
  for (const stamp of stamps) {
    const onThread = events.filter((e) => e.pid === stamp.pid && e.tid === stamp.tid && e.ph === 'X' && e.tdur !== undefined);
    const task = onThread.find((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts <= stamp.ts && e.ts + e.dur >= stamp.ts);
    if (!task) continue;
    const inTask = (name) => onThread.filter((e) => e.name === name && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
    const sum = (list) => list.reduce((t, e) => t + e.tdur / 1000, 0);
    const style = inTask('UpdateLayoutTree');
    const layout = inTask('Layout');
    rows.push({
      task: task.tdur / 1000,
      style: sum(style),
      layout: sum(layout),
      script: task.tdur / 1000 - sum(style) - sum(layout),
      styled: style.reduce((n, e) => n + (e.args?.elementCount ?? 0), 0),
      laidOut: layout.reduce((n, e) => n + (e.args?.endData?.layoutObjects ?? e.args?.beginData?.dirtyObjects ?? 0), 0),
    });
  }
  return rows;
}

function topSelf(profile, top) {
  return selfTimeBy(profile, ({ functionName, url, lineNumber, columnNumber }) => {
    const file = url ? url.split('/').slice(-2).join('/') : '';
    return `${functionName || '(anonymous)'} ${file}:${lineNumber}:${columnNumber}`.trim();
  }).slice(0, top);
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
    await page.evaluate(rebuildLoop, { tag: widget.tag, runs: RUNS, warmup: 0 });
    await cdp.send('Tracing.end');
    await complete;
    // The profile separately: sampling slows script down, which would skew the trace's split.
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.evaluate(rebuildLoop, { tag: widget.tag, runs: RUNS, warmup: 0 });
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    const work = await page.evaluate(domWork, { tag: widget.tag });
    const floor = await page.evaluate(floors, { tag: widget.tag, runs: RUNS });
    return { rows, traced: traceSplit(events), profile, work, floor };
  } finally {
    await page.close();
  }
}

const med = (rows, key) => summary(rows.map((r) => r[key])).median;
await withBrowser(async (browser, origin) => {
  for (const widget of WIDGETS) {
    for (const dir of dirs) {
      const { rows, traced, profile, work, floor } = await measure(browser, origin, dir, widget);
      const total = summary(rows.map((r) => r.total));
      console.log(`\n## ${widget.name} <${widget.tag}> (${dir}/${widget.bundle}), ${rows.length} warm rebuilds, ${rows[0].elements} elements in the shadow root`);
      console.log(`performance.now(): total median ${ms(total.median)} (p95 ${ms(total.p95)}, min ${ms(total.min)}) = script ${ms(med(rows, 'script'))} + style ${ms(med(rows, 'style'))} + layout ${ms(med(rows, 'layout'))} (medians); Lit updates per element: ${[...new Set(rows.map((r) => r.updates))].join(', ')}`);
      const t = (key) => ms(med(traced, key));
      console.log(`trace, thread time per rebuild (medians of ${traced.length}): task ${t('task')} = script ${t('script')} + style recalc ${t('style')} (${med(traced, 'styled')} elements) + layout ${t('layout')} (${med(traced, 'laidOut')} objects)`);
      console.log(`DOM work per rebuild: ${work.importNode} templates cloned, ${work.insertBefore} insertBefore, ${work.setAttribute} setAttribute, ${work.addEventListener} addEventListener; shadow root: ${work.elements} elements, ${work.text} text nodes, ${work.comments} comments`);
      const split = ([dom, style, layout]) => `${ms(dom + style + layout)} = DOM ${ms(dom)} + style ${ms(style)} + layout ${ms(layout)}`;
      console.log(`floor: the same markup cloned from one static template ${split(floor.staticClone)}; the widget without its stylesheets ${split(floor.unstyled)}`);
      const sampled = profile.samples.length ? (profile.endTime - profile.startTime) / 1000 : 0;
      console.log(`CPU profile of another ${RUNS} rebuilds (${sampled.toFixed(0)} ms sampled), self time:`);
      for (const [key, time] of topSelf(profile, TOP)) console.log(`${time.toFixed(1).padStart(8)} ms  ${key}`);
    }
  }
});
