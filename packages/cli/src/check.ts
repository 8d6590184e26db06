import { safeParse } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import {
  allQuestions,
  applyOverlay,
  catalogSchema,
  directoryContradictions,
  findUnknownKeys,
  serviceContradictions,
  toIssues,
  csvColumns,
  defaultProcedure,
  directorySchema,
  errorMessages,
  errorText,
  findJsonSyntaxError,
  format,
  importCatalogCsv,
  languages,
  parseCsv,
  procedureOverlaySchema,
  providerConfigSchema,
  providerMessageKeys,
  serviceSchema,
  shownValue,
  type Lang,
  type ServiceInput,
} from '@bsp/sdk';
import './languages.js';
import { cliMessages } from './messages.js';
import { JsonSyntaxError, parseJsonWithLocations, type TextLocation } from './json-locations.js';

export type ConfigKind = 'config' | 'directory' | 'catalog' | 'overlay' | 'catalog-csv';
export const CONFIG_KINDS: readonly ConfigKind[] = ['config', 'directory', 'catalog', 'overlay', 'catalog-csv'];

export interface Problem {
  severity: 'error' | 'warning';
  line: number;
  column: number;
  /** The field, as the SDK names it (`units.2.name`), or `rad 3` for a CSV row. */
  path: string;
  message: string;
}

type Say = (key: keyof (typeof cliMessages)['nb'], params?: Record<string, string | number>) => string;

/** Guesses what a JSON file configures from its shape (`--kind` overrides). */
export function detectKind(fileName: string, value: unknown): ConfigKind {
  if (/\.csv$/i.test(fileName)) return 'catalog-csv';
  if (Array.isArray(value)) return 'catalog';
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.includes('services')) return 'catalog';
    if (keys.includes('units')) return 'directory';
    if (['wording', 'addQuestions', 'addChildQuestions', 'addSteps', 'links', 'remove'].some((k) => keys.includes(k)) && !keys.includes('municipality')) {
      return 'overlay';
    }
  }
  return 'config';
}

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** `{ nb: '…' }` without nn or en: readers of those languages get another language's text. */
function missingLanguages(value: unknown, path: string, out: { path: string; missing: Lang[]; given: Lang[] }[]): void {
  if (Array.isArray(value)) return value.forEach((item, i) => missingLanguages(item, join(path, i), out));
  if (!isObject(value)) return;
  const keys = Object.keys(value);
  const langs = languages();
  const isText = keys.length > 0 && keys.every((k) => langs.includes(k)) && keys.every((k) => typeof value[k] === 'string');
  if (isText) {
    const given = langs.filter((l) => typeof value[l] === 'string' && String(value[l]).trim());
    const missing = langs.filter((l) => !given.includes(l));
    if (missing.length && given.length) out.push({ path, missing, given });
    return;
  }
  for (const [key, v] of Object.entries(value)) missingLanguages(v, join(path, key), out);
}

/** Step and question ids an overlay may name: the national procedure's and the overlay's own. */
function knownProcedureIds(overlay: Record<string, unknown>): Set<string> {
  const ids = new Set<string>();
  for (const step of defaultProcedure.steps) ids.add(step.id);
  for (const q of allQuestions(defaultProcedure)) ids.add(q.id);
  for (const step of Array.isArray(overlay.addSteps) ? overlay.addSteps : []) {
    if (isObject(step) && typeof step.id === 'string') ids.add(step.id);
    for (const q of isObject(step) && Array.isArray(step.questions) ? step.questions : []) if (isObject(q) && typeof q.id === 'string') ids.add(q.id);
  }
  for (const add of [overlay.addQuestions, overlay.addChildQuestions].flatMap((list) => (Array.isArray(list) ? list : []))) {
    if (isObject(add) && isObject(add.question) && typeof add.question.id === 'string') ids.add(add.question.id);
  }
  return ids;
}

/** Paths of overlay references (`wording.0.id`, `links.1.step`, …) that name no step or question. */
function unknownProcedureIds(overlay: unknown, path: string): { path: string; id: string }[] {
  if (!isObject(overlay)) return [];
  const ids = knownProcedureIds(overlay);
  const refs: { path: string; id: unknown }[] = [];
  const each = (key: string, pick: (item: Record<string, unknown>) => [string, unknown][]) => {
    const list = overlay[key];
    if (Array.isArray(list)) list.forEach((item, i) => isObject(item) && pick(item).forEach(([field, id]) => refs.push({ path: join(join(join(path, key), i), field), id })));
  };
  each('wording', (item) => [['id', item.id]]);
  each('addQuestions', (item) => [['step', item.step]]);
  each('addChildQuestions', (item) => [['step', item.step]]);
  each('links', (item) => [['step', item.step]]);
  each('addSteps', (item) => [['after', item.after]]);
  if (Array.isArray(overlay.remove)) overlay.remove.forEach((id, i) => refs.push({ path: join(join(path, 'remove'), i), id }));
  return refs.filter((r): r is { path: string; id: string } => typeof r.id === 'string' && !ids.has(r.id));
}

/** Catalog rows one by one (as the finder loads them): each row's problems are its own. */
function catalogRows(value: unknown, path: string): { rows: unknown[]; base: string } {
  if (Array.isArray(value)) return { rows: value, base: path };
  if (isObject(value) && Array.isArray(value.services)) return { rows: value.services, base: join(path, 'services') };
  return { rows: [], base: path };
}

/** Checks a configuration file's text; every problem with line and column. */
export function checkText(fileName: string, text: string, lang: Lang, kind?: ConfigKind): Problem[] {
  const say: Say = (key, params = {}) => format(cliMessages, lang, key, params);
  const errorRoot = toIssues([{ code: 'custom', path: [], message: '', input: undefined }], lang)[0]!.path;
  if (kind === 'catalog-csv' || (!kind && /\.csv$/i.test(fileName))) return checkCsv(text, lang, say);

  let located;
  try {
    located = parseJsonWithLocations(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    // The SDK's scanner and words, as the widgets report it (review row 21: no English reason).
    const { char, line, column } = findJsonSyntaxError(text);
    const reason = char === undefined ? errorText(lang, 'jsonEnd') : errorText(lang, 'jsonChar', { char: shownValue(char) });
    return [{ severity: 'error', line, column, path: '', message: say('notJson', { reason }) }];
  }
  const { value, values, keys } = located;
  /** The field's own position, else its nearest parent's (a missing field has none). */
  const at = (path: string, preferKey = false): TextLocation => {
    for (let p = path; ; p = p.slice(0, Math.max(0, p.lastIndexOf('.')))) {
      const found = (preferKey ? keys.get(p) : undefined) ?? values.get(p);
      if (found) return found;
      if (!p) return { line: 1, column: 1 };
    }
  };
  const problems: Problem[] = [];
  const add = (severity: Problem['severity'], path: string, message: string, preferKey = false) =>
    problems.push({ severity, ...at(path, preferKey), path, message });
  /** Schema issues name the value found ("expected a number, found the text «abc»"), unknown keys the key meant. */
  const schemaProblems = (schema: $ZodType, input: unknown, base: string) => {
    const result = safeParse(schema, input);
    if (!result.success) {
      for (const issue of toIssues(result.error.issues, lang, input)) add('error', issue.path === errorRoot ? base : join(base, issue.path), issue.message);
    }
    for (const { path, key, suggestion } of findUnknownKeys(schema, input)) {
      add('error', join(base, path.join('.')), say(suggestion ? 'unknownKeySuggestion' : 'unknownKey', { key, suggestion: suggestion ?? '' }), true);
    }
    return result.success ? result.data : undefined;
  };
  const catalogProblems = (input: unknown, base: string) => {
    const { rows, base: rowsPath } = catalogRows(input, base);
    if (!rows.length && !Array.isArray(input)) schemaProblems(catalogSchema, input, base);
    const firstRow = new Map<string, number>();
    rows.forEach((row, i) => {
      const base = join(rowsPath, i);
      const service = schemaProblems(serviceSchema, row, base) as ServiceInput | undefined;
      if (!service) return;
      for (const finding of serviceContradictions(service, lang)) add('error', join(base, finding.path), finding.message);
      const earlier = firstRow.get(service.id);
      if (earlier === undefined) firstRow.set(service.id, i);
      else add('error', join(base, 'id'), say('duplicateRowId', { id: service.id, row: earlier + 1 }));
    });
    if (isObject(input)) for (const key of Object.keys(input).filter((k) => k !== 'services' && k !== '$schema')) add('error', join(base, key), say('unknownKey', { key }), true);
  };
  const directoryProblems = (input: unknown, base: string) => {
    const directory = schemaProblems(directorySchema, input, base);
    if (directory) for (const finding of directoryContradictions(directory as never, lang)) add('error', join(base, finding.path), finding.message);
  };
  const overlayProblems = (input: unknown, base: string) => {
    const valid = schemaProblems(procedureOverlaySchema, input, base) !== undefined;
    const refs = unknownProcedureIds(input, base);
    for (const ref of refs) add('error', ref.path, say('unknownId', { id: ref.id }));
    // What the checklist itself refuses in a valid overlay: a reserved or taken id, the legal
    // core removed or emptied (unknown ids are reported above, once).
    const applied = valid ? applyOverlay(defaultProcedure, input, lang) : undefined;
    if (applied && !applied.ok) {
      for (const issue of applied.error.issues) {
        const path = join(base, issue.path);
        if (!refs.some((ref) => ref.path === path)) add('error', path, issue.message);
      }
    }
  };

  const chosen = kind ?? detectKind(fileName, value);
  if (chosen === 'directory') directoryProblems(value, '');
  else if (chosen === 'catalog') catalogProblems(value, '');
  else if (chosen === 'overlay') overlayProblems(value, '');
  else {
    // Catalog rows, the overlay and messages get their own, more precise checks below.
    const { catalog, procedure, messages: _messages, ...rest } = isObject(value) ? value : { catalog: undefined, procedure: undefined };
    const { directory, ...others } = rest;
    schemaProblems(providerConfigSchema, isObject(value) ? others : value, '');
    if (directory !== undefined) directoryProblems(directory, 'directory');
    if (catalog !== undefined) catalogProblems(catalog, 'catalog');
    if (procedure !== undefined) overlayProblems(procedure, 'procedure');
    messageProblems(isObject(value) ? value.messages : undefined, add, say, lang);
  }

  const texts: { path: string; missing: Lang[]; given: Lang[] }[] = [];
  missingLanguages(chosen === 'config' && isObject(value) ? { ...value, messages: undefined } : value, '', texts);
  for (const t of texts) add('warning', t.path, say('missingLanguages', { missing: t.missing.join(', '), given: t.given.join(', ') }));
  return sortProblems(problems);
}

function messageProblems(messages: unknown, add: (s: Problem['severity'], path: string, message: string, preferKey?: boolean) => void, say: Say, lang: Lang) {
  const wrongType = (expected: string) => format(errorMessages, lang, 'wrongType', { expected });
  if (messages === undefined) return;
  if (!isObject(messages)) return add('error', 'messages', wrongType('object'));
  const known = new Set(providerMessageKeys());
  const byKey = new Map<string, Lang[]>();
  for (const [language, entries] of Object.entries(messages)) {
    if (!languages().includes(language)) {
      add('error', join('messages', language), say('unknownLanguage', { key: language, known: languages().join(', ') }), true);
      continue;
    }
    if (!isObject(entries)) {
      add('error', join('messages', language), wrongType('object'));
      continue;
    }
    for (const [key, text] of Object.entries(entries)) {
      const path = `messages.${language}.${key}`;
      if (!known.has(key)) add('error', path, say('unknownMessageKey', { key }), true);
      else if (typeof text !== 'string') add('error', path, wrongType('string'));
      else byKey.set(key, [...(byKey.get(key) ?? []), language as Lang]);
    }
  }
  for (const [key, given] of byKey) {
    const missing = languages().filter((l) => !given.includes(l));
    if (missing.length) add('warning', `messages.${given[0]}.${key}`, say('missingLanguages', { missing: missing.join(', '), given: given.join(', ') }), true);
  }
}

function checkCsv(text: string, lang: Lang, say: Say): Problem[] {
  const problems: Problem[] = [];
  const header = parseCsv(text)[0] ?? [];
  const known = csvColumns();
  header.forEach((name, i) => {
    const column = name.trim().toLowerCase();
    if (column && !known.includes(column)) {
      problems.push({ severity: 'error', line: 1, column: i + 1, path: say('row', { row: 1 }), message: say('unknownColumn', { column: name.trim() }) });
    }
  });
  const lines = csvRowLines(text);
  const imported = importCatalogCsv(text, lang);
  // Rows that load but hold something not used as written are errors where the file is written.
  for (const rejected of [...imported.rejected, ...imported.warnings]) {
    for (const issue of rejected.issues) {
      problems.push({
        severity: 'error',
        line: lines[rejected.row - 1] ?? rejected.row,
        column: 1,
        path: `${say('row', { row: rejected.row })}: ${issue.path}`,
        message: issue.message,
      });
    }
  }
  return sortProblems(problems);
}

/** The line each CSV row starts on (a quoted cell may span lines). */
export function csvRowLines(text: string): number[] {
  const starts = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === '\n') {
      line++;
      if (!quoted && i + 1 < text.length) starts.push(line);
    }
  }
  return starts;
}

const sortProblems = (problems: Problem[]) => problems.sort((a, b) => a.line - b.line || a.column - b.column);

/** One line per problem, as compilers print them: `file:line:column: error: path: message`. */
export function formatProblems(fileName: string, problems: readonly Problem[], lang: Lang): string {
  const say: Say = (key, params = {}) => format(cliMessages, lang, key, params);
  const lines = problems.map((p) => `${fileName}:${p.line}:${p.column}: ${say(p.severity)}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  lines.push(problems.length ? say('summary', { errors, warnings: problems.length - errors }) : say('noProblems'));
  return lines.join('\n');
}
