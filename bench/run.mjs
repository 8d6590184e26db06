// npm run bench: every benchmark in bench/ (after npm run build). Figures go to docs/benchmarks.md.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const scripts = ['bench/size.mjs', 'bench/latency.mjs', 'bench/checklist-render.mjs', 'bench/finder-filter.mjs', 'bench/big-data.mjs', 'bench/vs-lhc-forms.mjs'].filter((f) => existsSync(f));
let failed = false;
for (const script of scripts) {
  console.log(`\n## ${script}`);
  const run = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  failed ||= run.status !== 0;
}
process.exit(failed ? 1 : 0);
