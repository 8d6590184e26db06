// What LHC-Forms 40.1.3 needs to render our procedure, in gzipped bytes: the files its web
// component page loads (bench/vs-lhc-forms.mjs's lhc.html) plus the FHIR Questionnaire our SDK
// exports for the procedure (LHC-Forms needs the procedure as data; ours carries it in the bundle).
// Measured from the unpacked lforms (`bash scripts/setup.sh --browser` unpacks it) when it is
// there, otherwise the figure below, measured the same way. `node bench/lhc-bytes.mjs` re-measures
// it (after `npm run build`, for the Questionnaire) and prints the line to paste below.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const lforms = join(repo, 'node_modules/.cache/lforms-40.1.3/dist/lforms');

/** The files lhc.html loads, relative to dist/lforms (main.js fetches nothing more). */
export const LHC_FILES = ['webcomponent/assets/lib/zone.min.js', 'webcomponent/runtime.js', 'webcomponent/polyfills.js', 'webcomponent/main.js', 'webcomponent/styles.css', 'fhir/R4/lformsFHIR.min.js'];

/** Measured 2026-12-07 by `node bench/lhc-bytes.mjs` (zlib level 9): files 832,920 B + Questionnaire 5,916 B. */
export const LHC_BYTES_MEASURED = { bytes: 838_836, on: '2026-12-07' };

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** LHC-Forms' bytes for our procedure and where the figure comes from. */
export async function lhcFormsBytes() {
  if (!LHC_FILES.every((f) => existsSync(join(lforms, f)))) return { bytes: LHC_BYTES_MEASURED.bytes, source: `measured ${LHC_BYTES_MEASURED.on} (lforms not unpacked here)` };
  const files = LHC_FILES.reduce((sum, f) => sum + gz(readFileSync(join(lforms, f))), 0);
  const { defaultProcedure, toFhirQuestionnaire } = await import('../packages/sdk/dist/index.js');
  const questionnaire = gz(JSON.stringify(toFhirQuestionnaire(defaultProcedure, 'nb')));
  return { bytes: files + questionnaire, files, questionnaire, source: 'measured now from the unpacked lforms 40.1.3' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const m = await lhcFormsBytes();
  if (m.files === undefined) throw new Error('lforms is missing: run bash scripts/setup.sh --browser');
  const n = (x) => x.toLocaleString('en');
  console.log(`LHC-Forms 40.1.3 for our procedure: ${n(m.bytes)} B gzipped (${(m.bytes / 1024).toFixed(1)} KB): files ${n(m.files)} B + Questionnaire ${n(m.questionnaire)} B`);
  console.log(`export const LHC_BYTES_MEASURED = { bytes: ${m.bytes.toLocaleString('en').replaceAll(',', '_')}, on: '${new Date().toISOString().slice(0, 10)}' };`);
}
