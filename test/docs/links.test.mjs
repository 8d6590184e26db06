// Every relative link and image in README.md and docs/ resolves: the file exists and, for a link
// into a Markdown page, the #anchor is one of its headings (GitHub's slugs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Marked } from 'marked';
import { headingAnchors } from '../../scripts/docs-markdown.mjs';
import { markdownFiles, repo } from './markdown-files.mjs';

/** Every link and image target in a Markdown text (code blocks and spans excluded, as rendered). */
export function linkTargets(markdown) {
  const targets = [];
  const visit = (tokens) => {
    for (const token of tokens ?? []) {
      if (token.type === 'link' || token.type === 'image') targets.push(token.href);
      if (token.type === 'html') for (const m of token.raw.matchAll(/\b(?:href|src)="([^"]+)"/g)) targets.push(m[1]);
      visit(token.tokens);
      if (token.type === 'list') visit(token.items);
      if (token.type === 'table') for (const cell of [...token.header, ...token.rows.flat()]) visit(cell.tokens);
    }
  };
  visit(new Marked().lexer(markdown));
  return targets;
}

/** What is wrong with one relative target seen from `file`, or undefined. */
export function brokenLink(file, target, anchorsOf) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined; // https:, mailto:, data:
  const [path, anchor] = target.split('#');
  const resolved = path ? join(dirname(file), decodeURI(path)) : file;
  if (resolved.startsWith('..')) return `${target}: leaves the repository`;
  if (!existsSync(join(repo, resolved))) return `${target}: no such file (${resolved})`;
  if (anchor === undefined) return undefined;
  if (!resolved.endsWith('.md')) return `${target}: an anchor into a file that is not Markdown`;
  if (!anchorsOf(resolved).has(anchor)) return `${target}: ${resolved} has no heading #${anchor}`;
  return undefined;
}

test('every relative link in README.md and docs/ resolves, anchors included', () => {
  const cache = new Map();
  const anchorsOf = (file) => {
    if (!cache.has(file)) cache.set(file, headingAnchors(readFileSync(join(repo, file), 'utf8')));
    return cache.get(file);
  };
  const problems = [];
  let checked = 0;
  for (const { file, text } of markdownFiles()) {
    for (const target of linkTargets(text)) {
      checked += 1;
      const problem = brokenLink(file, target, anchorsOf);
      if (problem) problems.push(`${file}: ${problem}`);
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(checked > 100, `links were found (${checked})`);
});

test('the link check is not blind: a missing file, a missing anchor and a missing page fail', () => {
  const anchorsOf = (file) => headingAnchors(readFileSync(join(repo, file), 'utf8'));
  assert.equal(brokenLink('docs/README.md', 'embedding.md#install', anchorsOf), undefined);
  assert.match(brokenLink('docs/README.md', 'embedding.md#no-such-heading', anchorsOf), /no heading/);
  assert.match(brokenLink('docs/README.md', 'no-such-page.md', anchorsOf), /no such file/);
  assert.match(brokenLink('README.md', 'docs/widgets/checklist.md#attribute', anchorsOf), /no heading/);
  assert.deepEqual(linkTargets('See [a](b.md#c) and ![i](s.png) and `[x](not-a-link.md)`.'), ['b.md#c', 's.png']);
});

test('every page of the manual is linked from its index, docs/README.md', () => {
  const index = linkTargets(readFileSync(join(repo, 'docs/README.md'), 'utf8')).map((t) => t.split('#')[0]);
  const pages = markdownFiles().map((f) => f.file).filter((f) => f.startsWith('docs/') && f !== 'docs/README.md');
  assert.deepEqual(pages.filter((page) => !index.includes(page.slice('docs/'.length))), []);
});
