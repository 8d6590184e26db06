import { pick, type Lang } from '../i18n/lang.js';
import { languages, ROOT_LANG } from '../i18n/registry.js';
import { errorIssueMessages } from '../errors/issue-messages.js';
import { format } from '../i18n/messages.js';
import { importCatalog, type CatalogImport } from './import.js';
import { decodeCatalogBytes, type CatalogBytes } from './text-encoding.js';
import type { Service } from './service.js';

/** Text columns: bokmål in `name`, other registered languages in `name_nn`, `name_en`, `name_se`, … */
const LOCALIZED_COLUMNS = ['name', 'description'] as const;

/**
 * The spreadsheet format a municipal web editor keeps: one row per service, these columns,
 * `;` or `,` as separator (detected from the header), several values in a cell split by `|`.
 * The per-language columns follow the registered languages (see `csvColumns`).
 */
export const CSV_COLUMNS = [
  'id', ...LOCALIZED_COLUMNS,
  'url', 'email', 'organization', 'age_min', 'age_max', 'whose_illness', 'situations',
  'audience', 'format', 'languages', 'cost', 'referral_required', 'area', 'phone', 'schedule', 'last_checked',
] as const;

/** Every column, with one text column per registered language other than bokmål. */
export function csvColumns(): string[] {
  const others = languages().filter((l) => l !== ROOT_LANG);
  return CSV_COLUMNS.flatMap((c) => [c, ...((LOCALIZED_COLUMNS as readonly string[]).includes(c) ? others.map((l) => `${c}_${l}`) : [])]);
}

/** One record of a CSV file, numbered as a spreadsheet numbers its rows (the header is row 1). */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export interface CsvReading {
  records: CsvRecord[];
  /** Rows whose quote never closed: they are skipped, and reading goes on with the next line. */
  unclosedQuoteRows: number[];
}

function detectSeparator(text: string): string {
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  return firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
}

/**
 * RFC 4180 reading: quoted fields, doubled quotes, separators and newlines inside quotes.
 * A quote that never closes would swallow the rest of the file; instead its row is reported
 * and reading starts again on the line after the one where the row began. Empty rows are
 * counted (a spreadsheet shows them) but not returned.
 */
export function readCsv(text: string, separator?: string): CsvReading {
  const src = text.replace(/^\uFEFF/, '');
  const sep = separator ?? detectSeparator(src);
  const records: CsvRecord[] = [];
  const unclosedQuoteRows: number[] = [];
  let row = 1;
  let i = 0;
  let columns: number | undefined;
  while (i < src.length) {
    const rowStart = i;
    const cells: string[] = [];
    let field = '';
    let quoted = false;
    let ended = false;
    /** A line break was read inside quotes: this record runs over several lines. */
    let spansLines = false;
    /** Text followed a closing quote: RFC 4180 does not allow it. */
    let textAfterQuote = false;
    for (; i < src.length; i++) {
      const c = src[i]!;
      if (quoted) {
        if (c === '"' && src[i + 1] === '"') { field += '"'; i++; }
        else if (c === '"') {
          quoted = false;
          const next = src[i + 1];
          if (next !== undefined && next !== sep && next !== '\n' && next !== '\r') textAfterQuote = true;
        } else {
          if (c === '\n' || c === '\r') spansLines = true;
          field += c;
        }
      } else if (c === '"' && field === '') quoted = true;
      else if (c === sep) { cells.push(field); field = ''; }
      else if (c === '\n' || c === '\r') {
        if (c === '\r' && src[i + 1] === '\n') i++;
        i++;
        ended = true;
        break;
      } else field += c;
    }
    cells.push(field);
    // A quote that never closes, or one that "closes" lines later inside another row (text
    // after it, or more cells than the header), would swallow rows: report this row and read
    // on from the line after the one it began on.
    const swallowing = (quoted && !ended) || (spansLines && (textAfterQuote || (columns !== undefined && cells.length > columns)));
    if (swallowing) {
      unclosedQuoteRows.push(row++);
      const nextLine = src.slice(rowStart).search(/\r\n|\r|\n/);
      if (nextLine < 0) break;
      i = rowStart + nextLine + (src.startsWith('\r\n', rowStart + nextLine) ? 2 : 1);
      continue;
    }
    if (cells.some((f) => f !== '')) {
      records.push({ row, cells });
      columns ??= cells.length;
    }
    row++;
  }
  return { records, unclosedQuoteRows };
}

/** The cells of each non-empty row (see `readCsv` for row numbers and broken quotes). */
export function parseCsv(text: string, separator?: string): string[][] {
  return readCsv(text, separator).records.map((r) => r.cells);
}

/** The columns every service needs (the schema's required fields; `area` defaults to national). */
export const REQUIRED_COLUMNS = ['id', 'name', 'description', 'audience', 'format'] as const;

const list = (v: string | undefined) => (v ? v.split('|').map((x) => x.trim()).filter(Boolean) : undefined);
const num = (v: string | undefined) => (v ? (Number.isNaN(Number(v)) ? v : Number(v)) : undefined);

/**
 * Turns one CSV row into the JSON shape the schema validates (values stay raw so errors name
 * them). Cells are looked up in a Map: a column named `__proto__` or `toString` is just a column.
 */
function rowToService(cells: ReadonlyMap<string, string>): Record<string, unknown> {
  const localized = (key: string) =>
    cells.get(key) ? { ...Object.fromEntries(languages().map((l) => [l, cells.get(`${key}_${l}`) || undefined])), nb: cells.get(key) } : undefined;
  const area = cells.get('area')?.trim();
  const ageMin = num(cells.get('age_min'));
  const ageMax = num(cells.get('age_max'));
  const referral = cells.get('referral_required')?.trim().toLowerCase();
  const out: Record<string, unknown> = {
    id: cells.get('id') || undefined,
    name: localized('name'),
    description: localized('description'),
    url: cells.get('url') || undefined,
    email: cells.get('email') || undefined,
    organization: cells.get('organization') ? { name: cells.get('organization') } : undefined,
    eligibility: {
      age_min: ageMin,
      age_max: ageMax,
      whose_illness: cells.get('whose_illness') || undefined,
      situations: list(cells.get('situations')),
    },
    audience: list(cells.get('audience')) ?? [],
    format: list(cells.get('format')) ?? [],
    languages: list(cells.get('languages')),
    cost: cells.get('cost') || undefined,
    referral_required: referral ? ['ja', 'yes', 'true', '1'].includes(referral) ? true : ['nei', 'no', 'false', '0'].includes(referral) ? false : referral : undefined,
    area: !area || area === 'national' || area === 'nasjonal' ? 'national' : list(area),
    phones: list(cells.get('phone'))?.map((number) => ({ number })),
    schedule: cells.get('schedule') || undefined,
    last_checked: cells.get('last_checked') || undefined,
  };
  return JSON.parse(JSON.stringify(out));
}

/**
 * Imports a CSV given as text or as bytes (UTF-8 or Windows-1252, detected). Good rows load;
 * rows are reported by their spreadsheet number (header = row 1) when a quote never closes,
 * when they have more cells than the header, when they hold unreadable characters (U+FFFD,
 * left by a wrong decoding before the text reached us) or when the schema refuses them.
 */
export function importCatalogCsv(input: string | CatalogBytes, lang: Lang): CatalogImport {
  const decoded = typeof input === 'string' ? undefined : decodeCatalogBytes(input);
  const { records, unclosedQuoteRows } = readCsv(decoded?.text ?? (input as string));
  // A row in another encoding than the file (decodeCatalogBytes): named as such, not "save as UTF-8".
  const unreadable = decoded?.mixed
    ? format(errorIssueMessages, lang, 'csvOtherEncoding', { encoding: decoded.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252' })
    : format(errorIssueMessages, lang, 'csvReplacementChar');
  const [header, ...rows] = records;
  const problem = (row: number, path: string, message: string) => ({ row, issues: [{ path, field: format(errorIssueMessages, lang, 'row', { n: row }), message }] });
  if (!header) return { services: [], warnings: [], rejected: [problem(1, 'header', format(errorIssueMessages, lang, 'csvNoHeader', { columns: csvColumns().join(';') }))] };
  const names = header.cells.map((h) => h.trim().toLowerCase());
  // Without these no row can be valid: say so once, not once per row (or not at all for a file of one line).
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length) return { services: [], warnings: [], rejected: [problem(header.row, 'header', format(errorIssueMessages, lang, 'csvMissingColumns', { columns: missing.join(', ') }))] };
  const early: CatalogImport['rejected'] = unclosedQuoteRows.map((row) => problem(row, 'row', format(errorIssueMessages, lang, 'csvUnclosedQuote')));
  const accepted: { row: number; service: Record<string, unknown> }[] = [];
  for (const { row, cells } of rows) {
    if (cells.length > names.length) early.push(problem(row, 'row', format(errorIssueMessages, lang, 'csvTooManyCells', { count: cells.length, columns: names.length })));
    else if (cells.some((c) => c.includes('\uFFFD'))) early.push(problem(row, 'row', unreadable));
    else accepted.push({ row, service: rowToService(new Map(names.map((n, i) => [n, fromCell(cells[i] ?? '')]))) });
  }
  const result = importCatalog(accepted.map((a) => a.service), lang, 'local', 1, accepted.map((a) => a.row));
  // A column given twice: only the last is read, so the first's values vanish without a word.
  const twice = names.filter((name, i) => name && names.indexOf(name) !== i);
  if (twice.length) result.warnings.unshift(problem(header.row, 'header', format(errorIssueMessages, lang, 'csvDuplicateColumn', { columns: [...new Set(twice)].join(', ') })));
  result.rejected = [...early, ...result.rejected].sort((x, y) => x.row - y.row);
  return result;
}

/**
 * OWASP CSV injection: a cell starting with = + - @ tab or CR is a formula to a spreadsheet
 * (`=HYPERLINK(…)`, `+cmd|…`). Such cells get a leading apostrophe, which spreadsheets show as
 * text. A phone number ("+47 22 00 00 00": + then only digits and spaces) stays as it is.
 */
export function neutraliseFormula(value: string): string {
  // Text that already starts with an apostrophe before a formula sign gets one more, so the
  // import (which removes exactly one) gives it back unchanged.
  if (!FORMULA.test(value)) return value;
  if (/^\+[\d ]+$/.test(value)) return value;
  return `'${value}`;
}

/**
 * A formula sign, also after leading whitespace or line breaks (" =1+1": spreadsheets and the
 * import's own trimming would otherwise make it `=1+1`), or a tab or line break first; after any
 * apostrophes a previous neutralisation left.
 */
const FORMULA = /^'*(?:\s*[=+\-@]|[\t\r\n])/;

/**
 * A cell as imported: trimmed, except that a neutralised formula keeps what follows its
 * apostrophe exactly (trimming it would turn " =1+1" into the formula `=1+1`).
 */
function fromCell(raw: string): string {
  const trimmed = raw.trim();
  return trimmed !== unneutralise(trimmed) ? unneutralise(trimmed) : trimmed;
}

/** Undoes `neutraliseFormula` on import, so export → import gives back the same text. */
function unneutralise(value: string): string {
  return /^'/.test(value) && FORMULA.test(value) ? value.slice(1) : value;
}

function cell(raw: string): string {
  const value = neutraliseFormula(raw);
  return /[";\n\r,]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
/** Exports services as a `;`-separated CSV a spreadsheet opens. */
export function exportCatalogCsv(services: readonly Service[]): string {
  const columns = csvColumns();
  const rows = services.map((s) => {
    const v: Record<string, string> = {
      id: s.id,
      ...Object.fromEntries(
        languages().flatMap((l) => LOCALIZED_COLUMNS.map((c) => [l === ROOT_LANG ? c : `${c}_${l}`, pick(s[c], l)])),
      ),
      url: s.url ?? '', email: s.email ?? '', organization: s.organization?.name ?? '',
      age_min: s.eligibility?.age_min?.toString() ?? '', age_max: s.eligibility?.age_max?.toString() ?? '',
      whose_illness: s.eligibility?.whose_illness ?? '', situations: (s.eligibility?.situations ?? []).join('|'),
      audience: s.audience.join('|'), format: s.format.join('|'), languages: (s.languages ?? []).join('|'),
      cost: s.cost ?? '', referral_required: s.referral_required === undefined ? '' : s.referral_required ? 'ja' : 'nei',
      area: s.area === 'national' ? 'national' : s.area.join('|'), phone: (s.phones ?? []).map((p) => p.number).join('|'),
      schedule: s.schedule ? pick(s.schedule, ROOT_LANG) : '', last_checked: s.last_checked ?? '',
    };
    return columns.map((c) => cell(v[c] ?? '')).join(';');
  });
  return [columns.join(';'), ...rows].join('\n');
}
