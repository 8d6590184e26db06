// The Markdown the docs tests read: README.md and docs/**/*.md (not the generated docs/api/).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const repo = join(import.meta.dirname, '../..');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'api' && dir.endsWith('docs') ? [] : walk(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

/** `{ file, text }` for README.md and every page of the manual, `file` relative to the repository. */
export function markdownFiles() {
  return [join(repo, 'README.md'), ...walk(join(repo, 'docs'))].map((path) => ({
    file: relative(repo, path),
    text: readFileSync(path, 'utf8'),
  }));
}
