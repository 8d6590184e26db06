// What a drop-in bundle costs before any element exists: for each bundle in dist/cdn, in a fresh
// page, a CPU profile (Chromium's DevTools protocol, the recipe of finder-profile.mjs) of only
// `await import(bundle)`: fetching from loopback, compiling and evaluating its modules and the
// chunks it imports. Prints the busy time (everything but idle) and where it went, by source file
// (from the bundle's source map) and by function: the busy time's median over RUNS fresh pages,
// the rows' means.
// Run after `npm run build`:
//
//   node bench/module-eval.mjs                      every bundle, 9 pages each
//   node bench/module-eval.mjs bsp-checklist.js     one bundle (TOP=N rows, RUNS=N pages, CDN=dir)
//   COMPARE=<dir> node bench/module-eval.mjs          also another build (a copy of main's dist/cdn
//                                                     under a dist/ folder, e.g. .tmp/dist/cdn-main,
//                                                     so that eslint skips it)
//   READABLE=1 node bench/module-eval.mjs …          profile a copy with one statement per line
//
// READABLE: the bundle's modules share one top-level function, so in the minified file their
// statements are one row. The copy (terser without compressing or mangling, its source map
// composed with the bundle's, in dist/readable/) lets the profile's line ticks name each
// module; it runs a little slower than the real bundle, so take its busy time as a guide only.
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { minify } from 'terser';
import { withBrowser, cdn as builtCdn, summary, ms, nodeSelfTimes } from './browser.mjs';

const RUNS = Number(process.env.RUNS ?? 9);
const TOP = Number(process.env.TOP ?? 12);
const bundles = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(builtCdn).filter((file) => file.endsWith('.js')).sort();

/** A copy of every script under `from` with one statement per line, and a source map to the sources. */
async function readableCopy(from, to) {
  const scripts = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? scripts(`${dir}/${e.name}`) : e.name.endsWith('.js') ? [`${dir}/${e.name}`] : []));
  for (const file of scripts(from)) {
    const copy = `${to}${file.slice(from.length)}`;
    const { code, map } = await minify(readFileSync(file, 'utf8'), {
      module: true,
      compress: false,
      mangle: false,
      format: { beautify: true, comments: false },
      sourceMap: { content: readFileSync(`${file}.map`, 'utf8'), url: `${copy.split('/').pop()}.map` },
    });
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(copy, code);
    writeFileSync(`${copy}.map`, map);
  }
  return to;
}
const readable = (dir) => (process.env.READABLE ? readableCopy(dir, `dist/readable/${dir.replace(/\W+/g, '-')}`) : dir);
/** This build, and with COMPARE=<dir> another one, alternated page by page (same machine load). */
const dirs = await Promise.all([builtCdn, ...(process.env.COMPARE ? [process.env.COMPARE] : [])].map(readable));

/** Served files with their source maps, by URL path: the map (null without one) and the lines. */
const files = new Map();
function fileAt(path) {
  if (!files.has(path)) {
    const file = path.replace(/^\//, '');
    const map = existsSync(`${file}.map`) ? new TraceMap(readFileSync(`${file}.map`, 'utf8')) : null;
    files.set(path, { map, lines: existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [] });
  }
  return files.get(path);
}

const clean = (source) => source.replace(/^(\.\.\/)+/, '');

/** Where a profiled function comes from: its source file and a name for it. */
function origin({ url, functionName, lineNumber, columnNumber }) {
  // No URL: the engine's own work ((program) is mostly parsing and compiling, (garbage collector)),
  // or Playwright's script that runs the evaluate (named functions): the harness, left out.
  if (!url) return functionName.startsWith('(') ? { source: functionName, name: functionName } : null;
  const path = new URL(url).pathname;
  // A bundle's modules are concatenated into one scope: their top-level statements are one
  // function at the file's start, whatever source the map names there (see READABLE above).
  if (!functionName && lineNumber === 0 && columnNumber === 0) return { source: `${path} (top level of every module)`, name: `(top level) ${path}` };
  const { map } = fileAt(path);
  const position = map && lineNumber >= 0 ? originalPositionFor(map, { line: lineNumber + 1, column: columnNumber }) : null;
  if (!position?.source) return { source: path, name: `${functionName || '(anonymous)'} ${path}:${lineNumber + 1}:${columnNumber}` };
  return { source: clean(position.source), name: `${position.name ?? (functionName || '(anonymous)')} ${clean(position.source)}:${position.line}` };
}

/**
 * Sources of the lines a function's samples fell on, when the file has one statement per line
 * (a READABLE copy): this is what splits the bundle's top level among its modules. A minified
 * file is one line, so there the function's own source is all we know.
 */
function lineSources(node, time) {
  const { url } = node.callFrame;
  if (!url || !node.positionTicks?.length) return null;
  const { map, lines } = fileAt(new URL(url).pathname);
  if (!map || lines.length < 10) return null;
  const ticks = node.positionTicks.reduce((sum, tick) => sum + tick.ticks, 0);
  return node.positionTicks.map(({ line, ticks: here }) => {
    const column = lines[line - 1]?.search(/\S/) ?? 0;
    const source = originalPositionFor(map, { line, column: Math.max(column, 0) }).source;
    return [source ? clean(source) : '(unmapped)', (time * here) / ticks];
  });
}

/** Self time in ms of one profile, summed by source and by function; idle time and the harness left out. */
function selfTimes(profile) {
  const sampled = nodeSelfTimes(profile);
  const bySource = new Map();
  const byFunction = new Map();
  let busy = 0;
  for (const node of profile.nodes) {
    const time = sampled.get(node.id) ?? 0;
    if (!time || node.callFrame.functionName === '(idle)') continue;
    const from = origin(node.callFrame);
    if (!from) continue;
    const { source, name } = from;
    for (const [where, share] of lineSources(node, time) ?? [[source, time]]) bySource.set(where, (bySource.get(where) ?? 0) + share);
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
    busy += time;
  }
  return { busy, bySource, byFunction };
}

/**
 * Each key's mean over the runs, largest first. Not the median: at one sample per 0.1 ms a
 * source with 0.3 ms of work is missed by most runs, and its median would be 0.
 */
function means(runs) {
  const totals = new Map();
  for (const run of runs) for (const [key, time] of run) totals.set(key, (totals.get(key) ?? 0) + time);
  return [...totals].map(([key, time]) => [key, time / runs.length]).sort((a, b) => b[1] - a[1]);
}

/** One fresh page: the profile of `import()` of one bundle, summed. */
async function profileImport(browser, origin, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/examples/`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.evaluate((bundleUrl) => import(bundleUrl), url);
    return selfTimes((await cdp.send('Profiler.stop')).profile);
  } finally {
    await context.close();
  }
}

await withBrowser(async (browser, origin) => {
  for (const bundle of bundles) {
    const runs = new Map(dirs.map((dir) => [dir, []]));
    for (let i = 0; i < RUNS + 1; i++) {
      for (const dir of dirs) {
        const times = await profileImport(browser, origin, `/${dir}/${bundle}`);
        if (i > 0) runs.get(dir).push(times); // the first pages warm up the browser process
      }
    }
    for (const [dir, dirRuns] of runs) {
      const busy = summary(dirRuns.map((run) => run.busy));
      console.log(`\n${dir}/${bundle}: import() busy median ${ms(busy.median)}, min ${ms(busy.min)} over ${busy.runs} fresh pages`);
      console.log('  by source (mean self time):');
      for (const [source, time] of means(dirRuns.map((run) => run.bySource)).slice(0, TOP)) console.log(`${time.toFixed(2).padStart(9)} ms  ${source}`);
      console.log('  by function (mean self time):');
      for (const [name, time] of means(dirRuns.map((run) => run.byFunction)).slice(0, TOP)) console.log(`${time.toFixed(2).padStart(9)} ms  ${name}`);
    }
  }
});
