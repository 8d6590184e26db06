// LHC-Forms (NLM's SDC renderer, lforms 40.1.3 as unpacked by scripts/setup.sh) in headless
// Debian chromium, served from loopback on a free port. Node only: the SDK's interop tests
// render our Questionnaire with it, merge our QuestionnaireResponse into it and read back what
// it enables and what it would export.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../node_modules/.cache/lforms-40.1.3/dist/lforms/', import.meta.url));
const types: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.html': 'text/html; charset=utf-8' };
// The scripts must be read as UTF-8: the FHIRPath parser's serialized grammar breaks otherwise.
const page = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>LHC-Forms</title>
<link rel="stylesheet" href="/webcomponent/styles.css"></head><body><div id="form"></div>
<script src="/webcomponent/assets/lib/zone.min.js"></script>
<script src="/webcomponent/runtime.js" type="module"></script>
<script src="/webcomponent/polyfills.js" type="module"></script>
<script src="/webcomponent/main.js" type="module"></script></body></html>`;

export interface LFormsResult {
  /** linkIds of every enabled item, in form order (disabled items left out by LHC-Forms). */
  enabled: string[];
  /** What LHC-Forms exports as the R4 QuestionnaireResponse. */
  response: { item?: unknown[]; [key: string]: unknown };
  /** LHC-Forms' own validation of the filled form (e.g. "requires a value"); null when valid. */
  errors: string[] | null;
}

export interface LForms {
  render(questionnaire: unknown, response?: unknown): Promise<LFormsResult>;
  close(): Promise<void>;
}

// Runs in the page. A string, not a function: tsx would inject helpers the page lacks.
const inPage = `async (questionnaire, response) => {
  const element = document.getElementById('form');
  element.replaceChildren();
  let form = LForms.Util.convertFHIRQuestionnaireToLForms(questionnaire, 'R4');
  if (response) form = LForms.Util.mergeFHIRDataIntoLForms('QuestionnaireResponse', response, form, 'R4');
  await LForms.Util.addFormToPage(form, element, { prepopulate: false });
  // addFormToPage resolves on LHC-Forms' onFormReady (expressions run); let Angular paint.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  // What the user sees: LHC-Forms renders each enabled item as an element with id
  // "item-<linkId>/<n>[/<n>…]" (one number per level) and leaves disabled ones out (getFormData's
  // noDisabledItem ignores enableWhenExpression, so it cannot be used for this).
  const enabled = [...element.querySelectorAll('[id^="item-"]')].map((e) => e.id.slice(5).split('/')[0]);
  return { enabled, response: LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', element), errors: LForms.Util.checkValidity(element) };
}`;

export async function startLForms(): Promise<LForms> {
  if (!existsSync(join(root, 'fhir/R4/lformsFHIR.min.js'))) throw new Error('lforms is missing: run `bash scripts/setup.sh --browser`');
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!));
    if (path === '/') return res.writeHead(200, { 'content-type': types['.html']! }).end(page);
    try {
      if (path.includes('..')) throw new Error('outside');
      const body = await readFile(join(root, path));
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  const tab: Page = await browser.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  await tab.goto(`${origin}/`);
  await tab.waitForFunction(() => (window as unknown as { LForms?: { Util?: unknown } }).LForms?.Util);
  await tab.addScriptTag({ url: '/fhir/R4/lformsFHIR.min.js' });
  await tab.waitForFunction(() => (window as unknown as { LForms?: { FHIR?: unknown } }).LForms?.FHIR);
  return {
    async render(questionnaire, response) {
      const result = await tab.evaluate(`(${inPage})(${JSON.stringify(questionnaire)}, ${JSON.stringify(response ?? null)})`);
      if (errors.length) throw new Error(`LHC-Forms page error: ${errors.join('; ')}`);
      return result as LFormsResult;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
