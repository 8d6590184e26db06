// Smart Forms (CSIRO/AEHRC's SDC renderer, @aehrc/smart-forms-renderer 1.4.0, installed apart by
// scripts/setup.sh: it pulls React 18 and MUI, which the workspace must not get). Only its form
// engine runs, headless in Node: the zustand stores that hold the Questionnaire, evaluate
// enableWhen and enableWhenExpression and build and validate the response, without React. The
// package's ES modules import without file extensions, so esbuild bundles them once into one
// CommonJS file beside the install.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse } from 'fhir/r4.js';

const dir = fileURLToPath(new URL('../../node_modules/.cache/smart-forms-renderer-1.4.0/', import.meta.url));
const lib = `${dir}node_modules/@aehrc/smart-forms-renderer/lib`;
const bundle = `${dir}engine.cjs`;

interface Engine {
  buildForm(params: { questionnaire: Questionnaire; questionnaireResponse?: QuestionnaireResponse }): Promise<void>;
  getResponse(): QuestionnaireResponse;
  removeEmptyAnswersFromResponse(questionnaire: Questionnaire, response: QuestionnaireResponse): QuestionnaireResponse;
  validateForm(questionnaire: Questionnaire, response: QuestionnaireResponse): Record<string, { issue?: { diagnostics?: string; details?: { text?: string } }[] }>;
  isHiddenByEnableWhen(params: { linkId: string; enableWhenIsActivated: boolean; enableWhenItems: unknown; enableWhenExpressions: unknown }): boolean;
  questionnaireStore: { getState(): { enableWhenIsActivated: boolean; enableWhenItems: unknown; enableWhenExpressions: unknown } };
}

export interface SmartFormsResult {
  /** linkIds of every item the engine enables, in Questionnaire order. */
  enabled: string[];
  /** The response the engine holds, with what it removes on save (empty and disabled answers) removed. */
  response: QuestionnaireResponse;
  /** The engine's own validation ("required", answer constraints) by linkId; null when valid. */
  errors: string[] | null;
}

export interface SmartForms {
  render(questionnaire: Questionnaire, response?: QuestionnaireResponse): Promise<SmartFormsResult>;
}

const entry = `export { buildForm, getResponse, removeEmptyAnswersFromResponse } from './utils/manageForm';
export { validateForm } from './utils/validate';
export { isHiddenByEnableWhen } from './utils/qItem';
export { questionnaireStore } from './stores';`;

const linkIds = (items: QuestionnaireItem[] = []): string[] => items.flatMap((i) => [i.linkId, ...linkIds(i.item)]);

export async function startSmartForms(): Promise<SmartForms> {
  if (!existsSync(lib)) throw new Error('@aehrc/smart-forms-renderer is missing: run `bash scripts/setup.sh --browser`');
  if (!existsSync(bundle)) {
    await build({ stdin: { contents: entry, resolveDir: lib, loader: 'js' }, bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'error' });
  }
  const engine = createRequire(import.meta.url)(bundle) as Engine;
  return {
    async render(questionnaire, response) {
      await engine.buildForm({ questionnaire, ...(response ? { questionnaireResponse: response } : {}) });
      const state = engine.questionnaireStore.getState();
      const enabled = linkIds(questionnaire.item).filter(
        (linkId) => !engine.isHiddenByEnableWhen({ linkId, enableWhenIsActivated: state.enableWhenIsActivated, enableWhenItems: state.enableWhenItems, enableWhenExpressions: state.enableWhenExpressions }),
      );
      const held = engine.getResponse();
      const invalid = engine.validateForm(questionnaire, held);
      const errors = Object.entries(invalid).map(([linkId, outcome]) => `${linkId}: ${outcome.issue?.map((i) => i.details?.text ?? i.diagnostics).join('; ')}`);
      return { enabled, response: engine.removeEmptyAnswersFromResponse(questionnaire, held), errors: errors.length ? errors : null };
    },
  };
}
