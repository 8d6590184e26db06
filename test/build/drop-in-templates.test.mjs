// The drop-in build minifies Lit's `html` and `css` templates (rollup.config.mjs). Invariants,
// checked on every template of every source file and on hostile fixtures:
// 1. every `${…}` expression is kept, in order, with the same source text (no binding lost,
//    merged or moved; one that holds a nested template changes only by that template);
// 2. the visible text of an html template is the same words in the same order: whitespace may
//    shrink to one space but never vanish between two words, expressions or a word and a tag
//    (a lost space runs "Steg 1 av 2" into the next element's text for screen readers), and
//    whitespace at a template's ends or next to an expression stays (html` <span>…` nested
//    after text);
// 3. the content of <pre> and <textarea> is byte for byte the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { parseLiterals } from '@lit-labs/rollup-plugin-minify-html-literals/lib/parse-literals.js';
import { templateMinifyOptions } from '../../rollup.config.mjs';

const plugin = minifyTemplates(templateMinifyOptions);
const minify = async (code, id) => (await plugin.transform.call({ warn: (m) => assert.fail(m), error: (m) => assert.fail(m) }, code, id))?.code ?? code;

/** The templates of a source: tag, text parts and the expressions between them. */
function templates(source, fileName) {
  return parseLiterals(source, { fileName }).map((t) => ({
    tag: t.tag ?? '',
    parts: t.parts.map((p) => p.text),
    expressions: t.parts.slice(1).map((p, i) => source.slice(t.parts[i].end, p.start)),
  }));
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };
const EXPRESSION = '\u0000';
/** Visible words: comments and tags removed, entities decoded, split on HTML whitespace. */
function words(parts) {
  return parts
    .join(EXPRESSION)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<([a-zA-Z/][^>]*)>/g, (tag) => {
      const kept = /^<(\/?(?:pre|textarea))\b/i.exec(tag);
      return kept ? ` <${kept[1]}> ` : '';
    })
    .replace(/&(#39|[a-z]+);/g, (m, name) => ENTITIES[name] ?? m)
    .split(/[ \t\n\r\f]+/)
    .filter(Boolean);
}
/**
 * For each end of each text part (start of part 0, then around every expression, end of the last
 * part): whether whitespace is there, or null where that place is inside a tag (attributes may
 * be re-spaced and quoted freely there).
 */
function textEdges(parts) {
  let prefix = '';
  return parts.flatMap((part, i) => {
    const startInText = !/<[^>]*$/.test(prefix);
    prefix += part + EXPRESSION;
    const endInText = !/<[^>]*$/.test(prefix.slice(0, -1));
    return [i === 0 || startInText ? /^[ \t\n\r\f]/.test(part) : null, endInText ? /[ \t\n\r\f]$/.test(part) : null];
  });
}
const keptBlocks = (parts) => [...parts.join(EXPRESSION).matchAll(/<(pre|textarea)\b[^>]*>([\s\S]*?)<\/\1>/gi)].map((m) => m[2]);

async function checkSource(source, id) {
  const before = templates(source, id);
  const after = templates(await minify(source, id), id);
  assert.equal(after.length, before.length, `${id}: number of templates`);
  before.forEach((b, i) => {
    const a = after[i];
    const where = `${id}: template ${i + 1} (${b.tag})`;
    // An expression holding a nested template changes with it (that template is checked on
    // its own, in order); every other expression must be the same source text.
    const plain = (list) => list.map((e) => (e.includes('`') ? 'nested template' : e));
    assert.deepEqual(plain(a.expressions), plain(b.expressions), `${where}: expressions`);
    if (!/html/i.test(b.tag)) return;
    assert.deepEqual(words(a.parts), words(b.parts), `${where}: visible words`);
    assert.deepEqual(keptBlocks(a.parts), keptBlocks(b.parts), `${where}: <pre>/<textarea> content`);
    const kept = textEdges(b.parts).map((hadSpace, j) => (hadSpace ? textEdges(a.parts)[j] : null));
    assert.ok(!kept.includes(false), `${where}: whitespace lost at the template's ends or next to an expression`);
  });
  return before.length;
}

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.(test|stories)\.ts$/.test(name) ? [path] : [];
  });
}

test('every html and css template of the widget sources keeps its expressions, words and <pre>/<textarea> text', async () => {
  let checked = 0;
  for (const pkg of readdirSync('packages')) {
    let files;
    try {
      files = sourceFiles(join('packages', pkg, 'src'));
    } catch {
      continue; // a package without sources
    }
    for (const file of files) checked += await checkSource(readFileSync(file, 'utf8'), join(process.cwd(), file));
  }
  assert.ok(checked > 100, `only ${checked} templates found: is the source layout unchanged?`);
});

const fixtures = {
  'space between an expression and an inline element': "html`<p>Steg ${'1'} av ${'2'}\n      <span class=\"help\">Del 2</span></p>`",
  'nested template that starts with a space': "html`<p>${'Steg 1 av 2'}${html` <span class=\"help\">Del 2</span>`}</p>`",
  'space between a word and an inline element': 'html`<td><span class="box"></span>Sykdommen\n   <span class="box"></span>Behandling</td>`',
  'space between two expressions': "html`${'a'} ${'b'}\n${'c'}`",
  'textarea with leading, trailing and inner whitespace': "html`<textarea .value=${'v'}>  two  spaces\n\tand a tab  </textarea>`",
  'pre keeps line breaks and indentation': 'html`<pre>\n  line 1\n    line 2\n</pre>`',
  'property, boolean and event bindings': "html`<input .value=${'x'} ?disabled=${true} @input=${() => 1} aria-label=\"${'l'}\">`",
  'attribute with several expressions and text': "html`<div class=\"a ${'b'}  c ${'d'}\"></div>`",
  'comment next to a binding': "html`<!-- note --> ${'x'} <b>y</b>`",
  'entities and non-breaking spaces': 'html`<p>a&nbsp;b &amp; c &lt;d&gt;</p>`',
  'css with an expression as a property value': "css`:host { color: ${'red'}; margin: 0 }\n .a { background: transparent }`",
  'nested templates': "html`<ul>${['a'].map((x) => html`<li>${x} <em>!</em></li>`)}</ul>`",
};
for (const [name, template] of Object.entries(fixtures)) {
  test(`hostile fixture: ${name}`, async () => {
    const source = `import { html, css } from 'lit';\nexport const fixture = ${template};\n`;
    const found = await checkSource(source, join(process.cwd(), 'packages/fixture/src/fixture.ts'));
    assert.ok(found >= 1, 'the fixture holds a template');
  });
}
