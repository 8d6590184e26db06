// The reference part of each widget page in docs/widgets/ (attributes, properties, methods,
// events, slots, parts, CSS properties and states), written from the package's
// custom-elements.json, so the API is described once: in the components' JSDoc.
// `npm run build` runs it after the manifests; `--check` (test/docs) fails on a stale page.
//   node scripts/docs-widgets.mjs [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..');
const START = '<!-- generated from custom-elements.json by scripts/docs-widgets.mjs: do not edit below -->';
const END = '<!-- end of generated reference -->';

/** Page, package and tag of every element with a manifest. */
export const WIDGET_PAGES = [
  { page: 'docs/widgets/role-panel.md', pkg: 'role-panel', tag: 'bsp-role-panel' },
  { page: 'docs/widgets/checklist.md', pkg: 'checklist', tag: 'bsp-child-checklist' },
  { page: 'docs/widgets/consent-form.md', pkg: 'consent', tag: 'bsp-consent-form' },
  { page: 'docs/widgets/finder.md', pkg: 'finder', tag: 'bsp-support-finder' },
  { page: 'docs/widgets/provider.md', pkg: 'ui', tag: 'bsp-provider' },
];

/** Table cell text: one line, pipes escaped. */
const oneLine = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').trim();
const cell = (text) => oneLine(text).replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${oneLine(text)}\`` : '');
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), ''] : [];
const section = (title, lines) => (lines.length ? [`### ${title}`, '', ...lines] : []);

/** CSS properties; the default column only when some description does not already say it. */
function cssPropertyTable(properties) {
  const saysDefault = properties.every((p) => !p.default || (p.description ?? '').includes(p.default));
  return saysDefault
    ? table(['property', 'description'], properties.map((p) => [code(p.name), p.description]))
    : table(['property', 'default', 'description'], properties.map((p) => [code(p.name), code(p.default), p.description]));
}

function declaration(pkg, tag) {
  const manifest = JSON.parse(readFileSync(join(repo, 'packages', pkg, 'custom-elements.json'), 'utf8'));
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) if (d.customElement && d.tagName === tag) return { d, module: mod.path };
  }
  throw new Error(`${pkg}/custom-elements.json has no <${tag}>: run npm run build`);
}

/** The generated reference of one element, as Markdown. */
export function widgetReference(pkg, tag) {
  const { d } = declaration(pkg, tag);
  const publicMembers = (d.members ?? []).filter((m) => !m.privacy && !m.static && m.description);
  const attrs = d.attributes ?? [];
  const attrFields = new Set(attrs.map((a) => a.fieldName).filter(Boolean));
  const from = (m) => (m.inheritedFrom ? ` (from \`${m.inheritedFrom.name}\`)` : '');
  const lines = [
    START,
    '',
    `## Reference`,
    '',
    `\`<${tag}>\`, class \`${d.name}\` from \`@bsp/${pkg}\`${d.superclass ? `, extends \`${d.superclass.name}\`` : ''}.`,
    '',
    ...section('Attributes', table(['attribute', 'property', 'type', 'default', 'description'],
      attrs.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), `${a.description ?? ''}${from(a)}`]))),
    ...section('Properties', table(['property', 'type', 'description'],
      publicMembers.filter((m) => m.kind === 'field' && !attrFields.has(m.name))
        .map((m) => [code(m.name) + (m.readonly ? ' (read-only)' : ''), code(m.type?.text), `${m.description}${from(m)}`]))),
    ...section('Methods', table(['method', 'returns', 'description'],
      publicMembers.filter((m) => m.kind === 'method')
        .map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), code(m.return?.type?.text), `${m.description}${from(m)}`]))),
    ...section('Events', table(['event', 'type', 'description'],
      (d.events ?? []).map((e) => [code(e.name), code(e.type?.text), `${e.description ?? ''}${from(e)}`]))),
    ...section('Slots', table(['slot', 'description'], (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description]))),
    ...section('CSS parts', table(['part', 'description'], (d.cssParts ?? []).map((p) => [code(p.name), p.description]))),
    ...section('CSS custom properties', cssPropertyTable(d.cssProperties ?? [])),
    ...section('CSS states', table(['state', 'description'], (d.cssStates ?? []).map((s) => [code(`:state(${s.name})`), s.description]))),
    END,
  ];
  return `${lines.join('\n')}\n`;
}

/** The page with its generated part replaced (the hand-written intro above it kept). */
export function withReference(page, reference) {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the page lacks the markers:\n${START}\n${END}`);
  return page.slice(0, start) + reference + page.slice(end + END.length + 1);
}

/** Pages whose generated part differs from the manifests. */
export function stalePages() {
  const stale = [];
  for (const { page, pkg, tag } of WIDGET_PAGES) {
    const text = readFileSync(join(repo, page), 'utf8');
    const next = withReference(text, widgetReference(pkg, tag));
    if (next !== text) stale.push({ page, next });
  }
  return stale;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const stale = stalePages();
  if (process.argv.includes('--check')) {
    if (stale.length) {
      console.error(`stale widget pages (run node scripts/docs-widgets.mjs): ${stale.map((s) => s.page).join(', ')}`);
      process.exit(1);
    }
  } else {
    for (const { page, next } of stale) writeFileSync(join(repo, page), next);
    if (stale.length) console.log(`docs-widgets: rewrote ${stale.map((s) => s.page).join(', ')}`);
  }
}
