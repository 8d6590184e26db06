import { safeParse } from 'zod/mini';
import { textByLanguage, type Lang } from '../i18n/lang.js';
import type { BspIssue } from '../errors/bsp-error.js';
import { toIssues } from '../errors/parse.js';
import { normalizeService, serviceSchema, type Service, type ServiceInput } from './schema.js';

export interface CatalogImport {
  services: Service[];
  /** Rows (1-based, as a spreadsheet counts them) and fields that were rejected. */
  rejected: { row: number; id?: string; issues: BspIssue[] }[];
}

/**
 * Validates services one by one: valid rows load, invalid ones are reported by row and field
 * and left out. Accepts an array, `{ services: [...] }` (HSDS-style) or JSON text.
 */
export function importCatalog(input: unknown, lang: Lang, origin: Service['origin'] = 'local', firstRow = 1): CatalogImport {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return { services: [], rejected: [{ row: 0, issues: [{ path: 'JSON', message: 'JSON.parse' }] }] };
    }
  }
  const rows: unknown[] = Array.isArray(value) ? value : Array.isArray((value as { services?: unknown })?.services) ? (value as { services: unknown[] }).services : [];
  const result: CatalogImport = { services: [], rejected: [] };
  if (!Array.isArray(value) && !rows.length) {
    result.rejected.push({ row: 0, issues: [{ path: 'services', message: 'array' }] });
    return result;
  }
  rows.forEach((row, i) => {
    const parsed = safeParse(serviceSchema, row);
    if (parsed.success) result.services.push(normalizeService(parsed.data as ServiceInput, origin));
    else result.rejected.push({ row: i + firstRow, id: (row as { id?: string })?.id, issues: toIssues(parsed.error.issues, lang) });
  });
  return result;
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

/** The municipality's catalog joined with the national one; a local entry with the same id wins. */
export function mergeCatalogs(national: readonly Service[], local: readonly Service[]): Service[] {
  const localIds = new Set(local.map((s) => s.id));
  return [...national.filter((s) => !localIds.has(s.id)), ...local];
}
