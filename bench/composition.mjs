// What a drop-in bundle is made of: the source files with the most bytes in each bundle of
// dist/cdn (run `npm run build` first), read from the bundle's source map.
//
//   node bench/composition.mjs                         every bundle, top 25 sources each
//   node bench/composition.mjs dist/cdn/bsp-checklist.js --top=40
//   node bench/composition.mjs --by=package            grouped by package (lit, zod, @bsp/sdk/errors, …)
//
// Columns: "min" is the minified bytes the source map attributes to the source (each mapping
// segment runs to the next one, so it is approximate by a few bytes per source); "gz" is what
// the source adds to the gzipped bundle: gzip of the whole bundle minus gzip of the bundle with
// that source's bytes cut out. Text that compresses against the rest of the bundle (nynorsk
// beside bokmål, repeated CSS) costs less there than its minified size suggests; the "gz"
// column of all sources adds up to more than the bundle, as each is measured alone.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const top = Number(option('top', 25));
const by = option('by', 'file');
const dir = 'dist/cdn';
const files = args.filter((a) => !a.startsWith('--'));
if (!files.length) {
  if (!existsSync(dir)) {
    console.error('composition: dist/cdn is missing; run npm run build first');
    process.exit(1);
  }
  files.push(...readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => `${dir}/${f}`));
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(text) {
  const numbers = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      numbers.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return numbers;
}

/** For each source index: the [start, end) character ranges of the bundle it produced. */
function rangesBySource(code, map) {
  const ranges = new Map();
  const add = (source, start, end) => {
    if (source === null || end <= start) return;
    if (!ranges.has(source)) ranges.set(source, []);
    ranges.get(source).push([start, end]);
  };
  const lines = code.split('\n');
  let lineStart = 0;
  let source = 0; // source indexes are relative across the whole map
  map.mappings.split(';').forEach((line, index) => {
    let column = 0;
    let current = null;
    let currentStart = 0;
    for (const segment of line.split(',').filter(Boolean).map(decodeSegment)) {
      column += segment[0];
      add(current, lineStart + currentStart, lineStart + column);
      if (segment.length > 1) source += segment[1];
      current = segment.length > 1 ? source : null;
      currentStart = column;
    }
    add(current, lineStart + currentStart, lineStart + (lines[index]?.length ?? 0));
    lineStart += (lines[index]?.length ?? 0) + 1;
  });
  return ranges;
}

/** A readable name for a source path: the package file, or the package with --by=package. */
function label(path) {
  const clean = path.replace(/^(\.\.\/)+/, '');
  if (by !== 'package') return clean;
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (dependency) return dependency[1];
  const own = /^packages\/([^/]+)\/src\/([^/]+)\//.exec(clean);
  return own ? `@bsp/${own[1]}/${own[2]}` : clean;
}

const gz = (text) => gzipSync(text, { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);

for (const file of files) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const groups = new Map();
  for (const [source, ranges] of rangesBySource(code, map)) {
    const name = label(map.sources[source]);
    groups.set(name, [...(groups.get(name) ?? []), ...ranges]);
  }
  const whole = gz(code);
  const rows = [...groups].map(([name, ranges]) => {
    const minified = ranges.reduce((sum, [start, end]) => sum + end - start, 0);
    return { name, ranges, minified };
  });
  rows.sort((a, b) => b.minified - a.minified);
  const shown = rows.slice(0, top).map((row) => {
    // The bundle without this source: the text between its ranges, in order.
    const sorted = [...row.ranges].sort((a, b) => a[0] - b[0]);
    let rest = '';
    let from = 0;
    for (const [start, end] of sorted) {
      rest += code.slice(from, start);
      from = Math.max(from, end);
    }
    rest += code.slice(from);
    return { ...row, gzipped: whole - gz(rest) };
  });
  console.log(`\n${file}: ${kb(code.length).trim()} KB minified, ${kb(whole).trim()} KB gzipped, ${rows.length} sources`);
  console.log('   min     gz  source');
  for (const row of shown) console.log(`${kb(row.minified)} ${kb(row.gzipped)}  ${row.name}`);
}
