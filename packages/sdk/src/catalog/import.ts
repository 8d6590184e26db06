import { textByLanguage, type Lang } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import type { BspIssue } from '../errors/bsp-error.js';
import { errorIssueMessages } from '../errors/issue-messages.js';
import { addPathWords, parseJson, pathWord, shownValue, toIssues, valueAt } from '../errors/parse.js';
import { parseWith } from '../errors/parse-with.js';
import { catalogPathWords, serviceFindings, serviceSchema } from './schema.js';
import { issueAt } from '../errors/findings.js';
import { suggestKey } from '../errors/suggest-key.js';
import type { Service, ServiceInput } from './service.js';
import { toLocalizedText } from '../i18n/localized-input.js';

export interface CatalogImport {
  services: Service[];
  /** Rows (1-based, as a spreadsheet counts them) and fields that were rejected. */
  rejected: { row: number; id?: string; issues: BspIssue[] }[];
  /** Rows that load but hold something not used as written (unknown keys, `age_min` > `age_max`). */
  warnings: { row: number; id?: string; issues: BspIssue[] }[];
}

/**
 * Validates services one by one: valid rows load, invalid ones are reported by row and field
 * and left out. Accepts an array, `{ services: [...] }` (HSDS-style) or JSON text. A service
 * whose id an earlier row already has is refused (it would show the wrong service), naming
 * both rows. `rowNumbers` gives each input its own row number (CSV rows skip broken lines);
 * otherwise rows count from `firstRow`.
 */
export function importCatalog(...args: Parameters<typeof importCatalogInSteps>): CatalogImport {
  const steps = importCatalogInSteps(...args);
  steps.step();
  return steps.result;
}

/** A catalog import done a slice at a time (see `importCatalogInSteps`). */
export interface CatalogImportSteps {
  /** What is imported so far: `services` grows and `rejected` fills as steps run. */
  readonly result: CatalogImport;
  /** Validates rows for about `budgetMs` (all of them when omitted); true once every row is done. */
  step(budgetMs?: number): boolean;
}

/**
 * `importCatalog` in steps, so a widget can show the first rows of a big catalog at once and
 * validate the rest in small steps after rendering. The end result is the same as
 * `importCatalog`'s (duplicate ids are found across steps).
 */
export function importCatalogInSteps(
  input: unknown,
  lang: Lang,
  origin: Service['origin'] = 'local',
  firstRow = 1,
  rowNumbers?: readonly number[],
): CatalogImportSteps {
  addPathWords(catalogPathWords);
  const result: CatalogImport = { services: [], rejected: [], warnings: [] };
  const done: CatalogImportSteps = { result, step: () => true };
  let value = input;
  if (typeof value === 'string') {
    const parsed = parseJson(value, { what: format(errorIssueMessages, lang, 'catalogName'), lang });
    if (!parsed.ok) {
      result.rejected.push({ row: 0, issues: parsed.error.issues });
      return done;
    }
    value = parsed.value;
  }
  const listed = valueAt(value, ['services']);
  const rows = Array.isArray(value) ? value : listed.present && 'value' in listed && Array.isArray(listed.value) ? (listed.value as unknown[]) : undefined;
  if (!rows) {
    // Not a list: either the whole value has the wrong type, or `services` is missing or wrong.
    const path = value !== null && typeof value === 'object' ? ['services'] : [];
    const issues = toIssues([{ code: 'invalid_type', expected: 'array', path, message: '', input: undefined }], lang, value);
    result.rejected.push({ row: 0, issues });
    return done;
  }
  if (!Array.isArray(value)) {
    // `{ services, $schema }`: any other key (`servises` beside an empty `services`) is dropped.
    const unknown = Object.keys(value as object).filter((key) => key !== 'services' && key !== '$schema');
    const issues = unknown.map((key) => {
      const suggestion = suggestKey(key, ['services']);
      return suggestion ? issueAt([key], lang, 'unknownKeySuggestion', { suggestion }) : issueAt([key], lang, 'unknownKey');
    });
    if (issues.length) result.warnings.push({ row: 0, issues });
  }
  const what = format(errorIssueMessages, lang, 'catalogName');
  const firstRowOfId = new Map<string, number>();
  const importRow = (row: unknown, i: number) => {
    const rowNumber = rowNumbers?.[i] ?? i + firstRow;
    const id = valueAt(row, ['id']);
    const idText = id.present && 'value' in id && typeof id.value === 'string' ? id.value : undefined;
    const parsed = parseWith(serviceSchema, row, { what, lang });
    if (!parsed.ok) {
      result.rejected.push({ row: rowNumber, id: idText, issues: parsed.error.issues });
      return;
    }
    const earlier = firstRowOfId.get(parsed.value.id);
    if (earlier !== undefined) {
      const message = format(errorIssueMessages, lang, 'duplicateId', { id: shownValue(parsed.value.id), first: format(errorIssueMessages, lang, 'row', { n: earlier }) });
      result.rejected.push({ row: rowNumber, id: idText, issues: [{ path: 'id', field: pathWord('id', lang), message }] });
      return;
    }
    firstRowOfId.set(parsed.value.id, rowNumber);
    const findings = serviceFindings(row, parsed.value, lang);
    if (findings.length) result.warnings.push({ row: rowNumber, id: idText, issues: findings });
    result.services.push(normalizeService(parsed.value as ServiceInput, origin));
  };
  let next = 0;
  return {
    result,
    step(budgetMs = Infinity) {
      const start = performance.now();
      while (next < rows.length) {
        importRow(rows[next], next);
        next++;
        if (next % 64 === 0 && performance.now() - start > budgetMs) break;
      }
      return next >= rows.length;
    },
  };
}

/** A validated service as the finder uses it (text per language normalized). */
export function normalizeService(input: ServiceInput, origin: Service['origin']): Service {
  return {
    ...input,
    name: toLocalizedText(input.name),
    description: toLocalizedText(input.description),
    schedule: input.schedule ? toLocalizedText(input.schedule) : undefined,
    phones: input.phones?.map((p) => ({ number: p.number, description: p.description ? toLocalizedText(p.description) : undefined })),
    origin,
  };
}

/** A service as plain HSDS data: keyed texts resolved in every registered language (load them first). */
export function serviceAsData({ origin: _origin, ...s }: Service): ServiceInput {
  return {
    ...s,
    name: textByLanguage(s.name),
    description: textByLanguage(s.description),
    schedule: s.schedule && textByLanguage(s.schedule),
    phones: s.phones?.map((p) => ({ number: p.number, description: p.description && textByLanguage(p.description) })),
  };
}

/** HSDS-style JSON export of services (texts per language kept). */
export function exportCatalogJson(services: readonly Service[]): string {
  return JSON.stringify({ services: services.map(serviceAsData) }, null, 2);
}
