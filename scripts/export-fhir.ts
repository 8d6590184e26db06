// Writes the FHIR definitions the SDK ships (Questionnaire, CodeSystems, ValueSets) and the example
// Bundle as JSON under packages/sdk/fhir/ (docs/fhir.md links the example),
// for a host to publish under its canonical base:
//   node --import tsx scripts/export-fhir.ts [--base https://fhir.example.no/bsp] [--check]
// --check writes nothing and fails when the files differ (the SDK's tests run it).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fhirExportFiles } from '../packages/sdk/src/fhir/export-files.js';

const args = process.argv.slice(2);
const baseAt = args.indexOf('--base');
const dir = join(import.meta.dirname, '../packages/sdk/fhir');
const files = fhirExportFiles(baseAt >= 0 ? { fhirBase: args[baseAt + 1]! } : {});

if (args.includes('--check')) {
  const stale = Object.entries(files).filter(([name, text]) => {
    try {
      return readFileSync(join(dir, name), 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (stale.length) {
    console.error(`FHIR exports are out of date (run node --import tsx scripts/export-fhir.ts): ${stale.map(([n]) => n).join(', ')}`);
    process.exit(1);
  }
} else {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  console.log(`wrote ${readdirSync(dir).length} files to packages/sdk/fhir/`);
}
