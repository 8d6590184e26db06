// The reference part of each widget page is what scripts/docs-widgets.mjs makes from the
// package's custom-elements.json today (run `npm run build` first: it writes the manifests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { WIDGET_PAGES, stalePages, widgetReference, withReference } from '../../scripts/docs-widgets.mjs';
import { repo } from './markdown-files.mjs';

test('every widget page matches its custom-elements.json (run node scripts/docs-widgets.mjs)', () => {
  assert.deepEqual(stalePages().map((s) => s.page), []);
});

/** The page as committed (HEAD), or undefined outside a git checkout. */
function committed(page) {
  try {
    return execFileSync('git', ['show', `HEAD:${page}`], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

// `npm run build` rewrites the pages before the tests run, so the check above alone would pass
// on a clean checkout whose committed pages are stale. This one compares with the commit.
test('the committed widget pages carry the current reference (commit what the build rewrote)', () => {
  const stale = [];
  for (const { page, pkg, tag } of WIDGET_PAGES) {
    const text = committed(page);
    if (text !== undefined && withReference(text, widgetReference(pkg, tag)) !== text) stale.push(page);
  }
  assert.deepEqual(stale, []);
});

test('the pages name every attribute, event, part and CSS property of the manifests', () => {
  for (const { page, pkg, tag } of WIDGET_PAGES) {
    const text = readFileSync(join(repo, page), 'utf8');
    const manifest = JSON.parse(readFileSync(join(repo, 'packages', pkg, 'custom-elements.json'), 'utf8'));
    const d = manifest.modules.flatMap((m) => m.declarations ?? []).find((x) => x.tagName === tag);
    const names = [...(d.attributes ?? []), ...(d.events ?? []), ...(d.cssParts ?? []), ...(d.cssProperties ?? [])].map((x) => x.name);
    assert.ok(names.length > 0, tag);
    for (const name of names) assert.ok(text.includes(`\`${name}\``), `${page} names ${name}`);
  }
});

test('the check is not blind: a hand edit in the generated part is found, the intro is kept', () => {
  const { page, pkg, tag } = WIDGET_PAGES[0];
  const text = readFileSync(join(repo, page), 'utf8');
  const edited = text.replace('## Reference', '## Reference\n\nA hand-written line.');
  assert.notEqual(withReference(edited, widgetReference(pkg, tag)), edited);
  assert.equal(withReference(edited, widgetReference(pkg, tag)), text);
  const intro = text.slice(0, text.indexOf('<!-- generated'));
  assert.ok(withReference(`${intro}x\n${text.slice(intro.length)}`, widgetReference(pkg, tag)).startsWith(`${intro}x\n`));
});
