import type { FinderFilters } from '@bsp/sdk';

/**
 * Filters mirrored in the page URL (opt-in), so staff can share or bookmark a search. The free
 * text is mirrored only when `withQuery` (host opt-in `sync-url="all"`): what a person types
 * ("mor drikker mye") must not end up in the address bar, history and server logs by default.
 */
const KEYS = {
  query: 'bsp-q',
  age: 'bsp-age',
  whoseIllness: 'bsp-who',
  situations: 'bsp-situation',
  formats: 'bsp-format',
  audiences: 'bsp-audience',
  languages: 'bsp-lang',
  freeOnly: 'bsp-free',
  noReferral: 'bsp-noref',
} as const;

export function filtersToSearch(filters: FinderFilters, base: string, withQuery = false): string {
  const params = new URLSearchParams(base);
  for (const key of Object.values(KEYS)) params.delete(key);
  if (withQuery && filters.query) params.set(KEYS.query, filters.query);
  if (filters.age !== undefined) params.set(KEYS.age, String(filters.age));
  if (filters.whoseIllness) params.set(KEYS.whoseIllness, filters.whoseIllness);
  for (const key of ['situations', 'formats', 'audiences', 'languages'] as const) {
    if (filters[key]?.length) params.set(KEYS[key], filters[key]!.join(','));
  }
  if (filters.freeOnly) params.set(KEYS.freeOnly, '1');
  if (filters.noReferral) params.set(KEYS.noReferral, '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Reads filters back; unknown values are dropped by the finder's own checks. */
export function filtersFromSearch(search: string, withQuery = false): FinderFilters {
  const params = new URLSearchParams(search);
  const list = (key: string) => params.get(key)?.split(',').filter(Boolean);
  const age = params.get(KEYS.age);
  const who = params.get(KEYS.whoseIllness);
  return {
    query: withQuery ? (params.get(KEYS.query) ?? undefined) : undefined,
    age: age !== null && age !== '' && Number.isFinite(Number(age)) ? Number(age) : undefined,
    whoseIllness: who === 'parent' || who === 'sibling' ? who : undefined,
    situations: list(KEYS.situations) as FinderFilters['situations'],
    formats: list(KEYS.formats) as FinderFilters['formats'],
    audiences: list(KEYS.audiences) as FinderFilters['audiences'],
    languages: list(KEYS.languages),
    freeOnly: params.get(KEYS.freeOnly) === '1' || undefined,
    noReferral: params.get(KEYS.noReferral) === '1' || undefined,
  };
}
