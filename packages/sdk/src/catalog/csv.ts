import { pick, type Lang } from '../i18n/lang.js';
import { languages, ROOT_LANG } from '../i18n/registry.js';
import { importCatalog, type CatalogImport } from './import.js';
import type { Service } from './schema.js';

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

/** RFC 4180 parsing: quoted fields, doubled quotes, separators and newlines inside quotes. */
export function parseCsv(text: string, separator?: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const sep = separator ?? ((src.split('\n')[0] ?? '').split(';').length > (src.split('\n')[0] ?? '').split(',').length ? ';' : ',');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

const list = (v: string | undefined) => (v ? v.split('|').map((x) => x.trim()).filter(Boolean) : undefined);
const num = (v: string | undefined) => (v ? (Number.isNaN(Number(v)) ? v : Number(v)) : undefined);

/** Turns one CSV row into the JSON shape the schema validates (values stay raw so errors name them). */
function rowToService(cells: Record<string, string>): Record<string, unknown> {
  const localized = (key: string) =>
    cells[key] ? { ...Object.fromEntries(languages().map((l) => [l, cells[`${key}_${l}`] || undefined])), nb: cells[key] } : undefined;
  const area = cells['area']?.trim();
  const ageMin = num(cells['age_min']);
  const ageMax = num(cells['age_max']);
  const referral = cells['referral_required']?.trim().toLowerCase();
  const out: Record<string, unknown> = {
    id: cells['id'] || undefined,
    name: localized('name'),
    description: localized('description'),
    url: cells['url'] || undefined,
    email: cells['email'] || undefined,
    organization: cells['organization'] ? { name: cells['organization'] } : undefined,
    eligibility: {
      age_min: ageMin,
      age_max: ageMax,
      whose_illness: cells['whose_illness'] || undefined,
      situations: list(cells['situations']),
    },
    audience: list(cells['audience']) ?? [],
    format: list(cells['format']) ?? [],
    languages: list(cells['languages']),
    cost: cells['cost'] || undefined,
    referral_required: referral ? ['ja', 'yes', 'true', '1'].includes(referral) ? true : ['nei', 'no', 'false', '0'].includes(referral) ? false : referral : undefined,
    area: !area || area === 'national' || area === 'nasjonal' ? 'national' : list(area),
    phones: list(cells['phone'])?.map((number) => ({ number })),
    schedule: cells['schedule'] || undefined,
    last_checked: cells['last_checked'] || undefined,
  };
  return JSON.parse(JSON.stringify(out));
}

/** Imports a CSV: rows are numbered as in the spreadsheet (header = row 1). */
export function importCatalogCsv(text: string, lang: Lang): CatalogImport {
  const [header, ...rows] = parseCsv(text);
  if (!header) return { services: [], rejected: [{ row: 1, issues: [{ path: 'header', message: csvColumns().join(';') }] }] };
  const names = header.map((h) => h.trim().toLowerCase());
  const objects = rows.map((cells) => rowToService(Object.fromEntries(names.map((n, i) => [n, (cells[i] ?? '').trim()]))));
  return importCatalog(objects, lang, 'local', 2);
}

function cell(value: string): string {
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
