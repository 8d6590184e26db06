/**
 * Every message and content table the packages ship, as written in its own module (before any
 * spread merges it), with the registry area its text goes to. Tables of one area share one
 * namespace: the registry merges them (registry.ts addTexts), so two tables giving one key two
 * wordings show whichever loaded last. `sourceTables()` is what the duplicate-key check reads;
 * `discoveredTables()` finds every exported table on disk, so a new table cannot be left out.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { errorMessages, errorIssueMessages } from '../../packages/sdk/src/index.js';
import { rolesNb } from '../../packages/sdk/src/roles/content/nb.js';
import { rolesNn } from '../../packages/sdk/src/roles/content/nn.js';
import { rolesEn } from '../../packages/sdk/src/roles/content/en.js';
import { labelsNb } from '../../packages/sdk/src/catalog/content/labels-nb.js';
import { labelsNn } from '../../packages/sdk/src/catalog/content/labels-nn.js';
import { labelsEn } from '../../packages/sdk/src/catalog/content/labels-en.js';
import { nationalNb } from '../../packages/sdk/src/catalog/content/national-nb.js';
import { nationalNn } from '../../packages/sdk/src/catalog/content/national-nn.js';
import { nationalEn } from '../../packages/sdk/src/catalog/content/national-en.js';
import { rolePanelNb } from '../../packages/sdk/src/roles/translations/nb.js';
import { rolePanelNn } from '../../packages/sdk/src/roles/translations/nn.js';
import { rolePanelEn } from '../../packages/sdk/src/roles/translations/en.js';
import { finderNb } from '../../packages/sdk/src/catalog/translations/nb.js';
import { finderNn } from '../../packages/sdk/src/catalog/translations/nn.js';
import { finderEn } from '../../packages/sdk/src/catalog/translations/en.js';
import { checklistUiNb as sdkChecklistUiNb } from '../../packages/sdk/src/routine/translations/nb.js';
import { checklistNoteNb } from '../../packages/sdk/src/routine/translations/note-nb.js';
import { checklistNn } from '../../packages/sdk/src/routine/translations/nn.js';
import { checklistEn } from '../../packages/sdk/src/routine/translations/en.js';
import { consentScreenNb } from '../../packages/sdk/src/consent/translations/nb.js';
import { consentDecisionsNb } from '../../packages/sdk/src/consent/translations/decisions-nb.js';
import { consentPaperNb } from '../../packages/sdk/src/consent/translations/paper-nb.js';
import { consentNoteNb } from '../../packages/sdk/src/consent/translations/note-nb.js';
import { consentNn } from '../../packages/sdk/src/consent/translations/nn.js';
import { consentEn } from '../../packages/sdk/src/consent/translations/en.js';
import { routineScreeningNb } from '../../packages/sdk/src/routine/content/screening-nb.js';
import { routineMappingNb } from '../../packages/sdk/src/routine/content/mapping-nb.js';
import { routineNn } from '../../packages/sdk/src/routine/content/nn.js';
import { routineEn } from '../../packages/sdk/src/routine/content/en.js';
import { consentLabelsNb } from '../../packages/sdk/src/consent/content/nb.js';
import { consentLabelsNn } from '../../packages/sdk/src/consent/content/nn.js';
import { consentLabelsEn } from '../../packages/sdk/src/consent/content/en.js';
import { errorsNn } from '../../packages/sdk/src/errors/translations/nn.js';
import { errorsEn } from '../../packages/sdk/src/errors/translations/en.js';
import { checklistUiNb } from '../../packages/checklist/src/translations/nb.js';
import { checklistSummaryNb } from '../../packages/checklist/src/translations/summary-nb.js';
import { checklistUiNn } from '../../packages/checklist/src/translations/nn.js';
import { checklistUiEn } from '../../packages/checklist/src/translations/en.js';
import { consentUiNb } from '../../packages/consent/src/translations/nb.js';
import { consentUiDecisionsNb } from '../../packages/consent/src/translations/decisions-nb.js';
import { consentUiPaperNb } from '../../packages/consent/src/translations/paper-nb.js';
import { consentUiNn } from '../../packages/consent/src/translations/nn.js';
import { consentUiEn } from '../../packages/consent/src/translations/en.js';
import { cliMessages } from '../../packages/cli/src/messages.js';
import { boundaryMessages } from '../../packages/ui/src/utils/property-guard.js';

export type ShippedLang = 'nb' | 'nn' | 'en';

export interface SourceTable {
  /** The registry area its keys live in (one namespace per area and language). */
  area: string;
  lang: ShippedLang;
  /** Where it is defined, for failure messages: "sdk routine/translations/note-nb". */
  source: string;
  table: Readonly<Record<string, unknown>>;
}

const t = (area: string, lang: ShippedLang, source: string, table: object): SourceTable => ({ area, lang, source, table: table as Record<string, unknown> });

/** Every table, by area and language, as its module defines it. */
export function sourceTables(): SourceTable[] {
  return [
    t('roles', 'nb', 'sdk roles/content/nb', rolesNb),
    t('roles', 'nn', 'sdk roles/content/nn', rolesNn),
    t('roles', 'en', 'sdk roles/content/en', rolesEn),
    t('catalog-labels', 'nb', 'sdk catalog/content/labels-nb', labelsNb),
    t('catalog-labels', 'nn', 'sdk catalog/content/labels-nn', labelsNn),
    t('catalog-labels', 'en', 'sdk catalog/content/labels-en', labelsEn),
    t('national-catalog', 'nb', 'sdk catalog/content/national-nb', nationalNb),
    t('national-catalog', 'nn', 'sdk catalog/content/national-nn', nationalNn),
    t('national-catalog', 'en', 'sdk catalog/content/national-en', nationalEn),
    t('role-panel', 'nb', 'sdk roles/translations/nb', rolePanelNb),
    t('role-panel', 'nn', 'sdk roles/translations/nn', rolePanelNn),
    t('role-panel', 'en', 'sdk roles/translations/en', rolePanelEn),
    t('finder', 'nb', 'sdk catalog/translations/nb', finderNb),
    t('finder', 'nn', 'sdk catalog/translations/nn', finderNn),
    t('finder', 'en', 'sdk catalog/translations/en', finderEn),
    t('checklist', 'nb', 'sdk routine/translations/nb', sdkChecklistUiNb),
    t('checklist', 'nb', 'sdk routine/translations/note-nb', checklistNoteNb),
    t('checklist', 'nn', 'sdk routine/translations/nn', checklistNn),
    t('checklist', 'en', 'sdk routine/translations/en', checklistEn),
    t('checklist', 'nb', 'checklist translations/nb', checklistUiNb),
    t('checklist', 'nb', 'checklist translations/summary-nb', checklistSummaryNb),
    t('checklist', 'nn', 'checklist translations/nn', checklistUiNn),
    t('checklist', 'en', 'checklist translations/en', checklistUiEn),
    t('consent', 'nb', 'sdk consent/translations/nb', consentScreenNb),
    t('consent', 'nb', 'sdk consent/translations/decisions-nb', consentDecisionsNb),
    t('consent', 'nb', 'sdk consent/translations/paper-nb', consentPaperNb),
    t('consent', 'nb', 'sdk consent/translations/note-nb', consentNoteNb),
    t('consent', 'nn', 'sdk consent/translations/nn', consentNn),
    t('consent', 'en', 'sdk consent/translations/en', consentEn),
    t('consent', 'nb', 'consent translations/nb', consentUiNb),
    t('consent', 'nb', 'consent translations/decisions-nb', consentUiDecisionsNb),
    t('consent', 'nb', 'consent translations/paper-nb', consentUiPaperNb),
    t('consent', 'nn', 'consent translations/nn', consentUiNn),
    t('consent', 'en', 'consent translations/en', consentUiEn),
    t('routine', 'nb', 'sdk routine/content/screening-nb', routineScreeningNb),
    t('routine', 'nb', 'sdk routine/content/mapping-nb', routineMappingNb),
    t('routine', 'nn', 'sdk routine/content/nn', routineNn),
    t('routine', 'en', 'sdk routine/content/en', routineEn),
    t('consent-labels', 'nb', 'sdk consent/content/nb', consentLabelsNb),
    t('consent-labels', 'nn', 'sdk consent/content/nn', consentLabelsNn),
    t('consent-labels', 'en', 'sdk consent/content/en', consentLabelsEn),
    t('errors', 'nb', 'sdk errors/bsp-error', errorMessages.nb),
    t('errors', 'nb', 'sdk errors/issue-messages', errorIssueMessages.nb),
    t('errors', 'nn', 'sdk errors/translations/nn', errorsNn),
    t('errors', 'en', 'sdk errors/translations/en', errorsEn),
    // Not registry areas, but one catalog each: the CLI's sentences and the property guard's.
    t('cli', 'nb', 'cli messages', cliMessages.nb),
    t('cli', 'nn', 'cli messages', cliMessages.nn!),
    t('cli', 'en', 'cli messages', cliMessages.en!),
    t('ui-boundary', 'nb', 'ui utils/property-guard', boundaryMessages.nb),
    t('ui-boundary', 'nn', 'ui utils/property-guard', boundaryMessages.nn!),
    t('ui-boundary', 'en', 'ui utils/property-guard', boundaryMessages.en!),
  ];
}

/** A message's wording, comparable: a function is called with fixed sample values. */
export function wording(message: unknown): string {
  if (typeof message === 'function') {
    const sample = (count: number) => (message as (p: Record<string, string | number>) => string)(new Proxy({}, { get: (_t, name) => (name === 'count' || name === 'errors' || name === 'warnings' ? count : `{${String(name)}}`) }));
    return [0, 1, 2].map(sample).join(' | ');
  }
  return String(message);
}

export interface DuplicateKey {
  area: string;
  lang: ShippedLang;
  key: string;
  /** "source: wording" per table that defines the key. */
  wordings: string[];
}

/** Keys defined by more than one table of the same area and language (any wording: one definition per key). */
export function duplicateKeys(tables: readonly SourceTable[]): DuplicateKey[] {
  const seen = new Map<string, { area: string; lang: ShippedLang; key: string; wordings: string[] }>();
  for (const { area, lang, source, table } of tables) {
    for (const [key, message] of Object.entries(table)) {
      const id = `${area}\u0000${lang}\u0000${key}`;
      const entry = seen.get(id) ?? { area, lang, key, wordings: [] };
      entry.wordings.push(`${source}: ${wording(message)}`);
      seen.set(id, entry);
    }
  }
  return [...seen.values()].filter((entry) => entry.wordings.length > 1);
}

const PACKAGES = fileURLToPath(new URL('../../packages/', import.meta.url));

/** Every `translations/*.ts` and `content/*.ts` module under packages/*\/src (no tests). */
export function tableModules(): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'node_modules' && name !== 'dist') visit(path);
      } else if (/\/(translations|content)\/[^/]+\.ts$/.test(path) && !/\.test\.ts$|\.d\.ts$/.test(path)) out.push(path);
    }
  };
  for (const pkg of readdirSync(PACKAGES)) if (statSync(join(PACKAGES, pkg, 'src'), { throwIfNoEntry: false })?.isDirectory()) visit(join(PACKAGES, pkg, 'src'));
  return out.sort();
}

/** A table of text: a plain object whose values are all strings or message functions. */
const isTextTable = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype && Object.keys(value).length > 0 &&
  !('nb' in value) && Object.values(value).every((v) => typeof v === 'string' || typeof v === 'function') &&
  // Loader maps ({ nn: () => import(…) }) are code, not text.
  !Object.keys(value).every((key) => /^[a-z]{2,3}$/.test(key));

/** Every exported text table in the table modules, named "packages-relative path#export". */
export async function discoveredTables(): Promise<Map<object, string>> {
  const found = new Map<object, string>();
  for (const path of tableModules()) {
    const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) if (isTextTable(value)) found.set(value, `${relative(PACKAGES, path)}#${name}`);
  }
  return found;
}
