// Every ```ts, ```tsx and ```js block in README.md and docs/ compiles: each is written out as a
// module and type-checked with tsc against the workspace packages as a consumer sees them (their
// built declarations: run `npm run build` first). A block that cannot
// compile on its own (a fragment, a file of another tool) says why in a comment on the line
// before it: <!-- no-check: reason -->. Blocks marked <!-- consumer-test: FILE --> are compiled
// by the consumer test against the packed tarballs instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { markdownFiles, repo } from './markdown-files.mjs';

const LANGS = { ts: 'ts', typescript: 'ts', tsx: 'tsx', js: 'js', javascript: 'js' };

/** `{ file, line, lang, code }` per checked block; `skipped` lists the marked ones with reasons. */
export function codeBlocks(files) {
  const blocks = [];
  const skipped = [];
  for (const { file, text } of files) {
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = /^```(\w+)\s*$/.exec(lines[i]);
      if (!open) continue;
      let end = i + 1;
      while (end < lines.length && lines[end] !== '```') end++;
      const lang = LANGS[open[1]];
      const before = lines[i - 1] ?? '';
      const marker = /^<!-- (no-check|consumer-test): (.+?) -->$/.exec(before);
      if (lang && marker) skipped.push({ file, line: i + 1, reason: `${marker[1]}: ${marker[2]}` });
      else if (lang) blocks.push({ file, line: i + 1, lang, code: lines.slice(i + 1, end).join('\n') });
      i = end;
    }
  }
  return { blocks, skipped };
}

/** tsc's diagnostics for the blocks, each mapped back to its page and line. */
export function typeCheck(blocks, dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const names = new Map();
  blocks.forEach((block, n) => {
    const name = `block-${n}.${block.lang}`;
    names.set(name, block);
    // `export {}` keeps each block a module of its own (no clashes between blocks).
    writeFileSync(join(dir, name), `${block.code}\nexport {};\n`);
  });
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    extends: '../../tsconfig.base.json',
    compilerOptions: {
      noEmit: true, customConditions: [], allowJs: true, checkJs: true, jsx: 'react-jsx', types: [], composite: false,
      declaration: false, declarationMap: false, sourceMap: false, noUnusedLocals: false,
    },
    include: ['*.ts', '*.tsx', '*.js'],
  }, null, 2));
  const tsc = spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', dir, '--pretty', 'false'], { encoding: 'utf8' });
  rmSync(dir, { recursive: true, force: true }); // not left for eslint . to find
  return tsc.stdout.split('\n').filter(Boolean).map((message) => {
    const at = /(?:^|\/)(block-\d+\.\w+)\((\d+),\d+\): (.*)$/.exec(message);
    const block = at && names.get(at[1]);
    return block ? `${block.file}:${block.line + Number(at[2])}: ${at[3]}` : message;
  });
}

test('every ts/tsx/js block in README.md and docs/ compiles, or says why it cannot', () => {
  const { blocks, skipped } = codeBlocks(markdownFiles());
  assert.ok(blocks.length >= 4, `blocks were found (${blocks.length})`);
  assert.deepEqual(typeCheck(blocks, join(repo, '.tmp/docs-code')), []);
  for (const { file, line, reason } of skipped) assert.ok(reason.length > 15, `${file}:${line}: say why the block is not checked`);
});

test('the block check is not blind: a wrong type and an unknown export fail', () => {
  const wrong = [
    { file: 'x.md', line: 1, lang: 'ts', code: "import { emptyRecord } from '@bsp/sdk';\nconst n: number = emptyRecord();" },
    { file: 'x.md', line: 5, lang: 'ts', code: "import { noSuchThing } from '@bsp/sdk';\nnoSuchThing();" },
  ];
  const errors = typeCheck(wrong, join(repo, '.tmp/docs-code-negative'));
  assert.equal(errors.length, 2, errors.join('\n'));
  assert.match(errors[0], /^x\.md:3: .*TS2322/);
  assert.match(errors[1], /^x\.md:6: .*TS2305/);
});
