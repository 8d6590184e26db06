import { FINDER_AUDIENCES, hostValue, safeHref, type HostValueCheck } from '@bsp/sdk';

/** `false`: no URL sync; `true`/`'facets'`: the facets only; `'all'`: the free text too. */
export type FinderSyncUrl = boolean | 'facets' | 'all';

type Issue = ReturnType<HostValueCheck>[number];
const SYNC_URL_VALUES = [true, false, 'facets', 'all'] as const;

/** Reflects text only: a wrong value (an object whose toString throws) must not throw in Lit's reflection. */
export const reflectText = { toAttribute: (value: unknown) => (typeof value === 'string' ? value : null) };

/** The public properties a host can set wrongly from JS or HTML, checked when they change (`checked`). */
export const publicProperties: Record<string, HostValueCheck> = {
  audience: hostValue.oneOf(FINDER_AUDIENCES),
  src: hostValue.text(),
  noNational: hostValue.boolean(),
  syncUrl: (value) => (SYNC_URL_VALUES.some((v) => v === value) ? [] : [{ code: 'invalid_value', values: [...SYNC_URL_VALUES], path: [], message: '' } as Issue]),
  srcTimeout: hostValue.number(),
  srcMaxBytes: hostValue.number(),
  // Only http(s): the quick exit navigates there.
  exitUrl: (value) =>
    typeof value !== 'string'
      ? [{ code: 'invalid_type', expected: 'string', path: [], message: '' } as Issue]
      : safeHref(value)?.startsWith('http')
        ? []
        : [{ code: 'custom', path: [], message: 'unsafe-link' } as Issue],
};
