import type { $ZodIssue, $ZodType } from 'zod/v4/core';
import { safeParse } from 'zod/mini';
import type { Lang } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import { BspError, errorMessages, type BspErrorCode, type BspIssue } from './bsp-error.js';

/** `units.2.name`: the field path as a host would look for it in its JSON. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** A translated sentence for one zod issue. Our own wording: zod's global locale is the host's business. */
export function describeIssue(issue: $ZodIssue, lang: Lang): string {
  const t = (key: Parameters<typeof format<keyof (typeof errorMessages)['nb']>>[2], params = {}) =>
    format(errorMessages, lang, key, params);
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? t('required') : t('wrongType', { expected: issue.expected });
    case 'too_small':
      return issue.origin === 'string'
        ? t('tooShort', { min: String(issue.minimum) })
        : t('tooSmall', { min: String(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? t('tooLong', { max: String(issue.maximum) })
        : t('tooBig', { max: String(issue.maximum) });
    case 'invalid_format':
      return t('format', { format: issue.format });
    case 'invalid_value':
      return t('oneOf', { values: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return t('unknownKeys', { keys: issue.keys.join(', ') });
    case 'custom':
      // Schemas name known custom checks by key so the message can be translated here.
      return issue.message === 'unsafe-link' ? t('unsafeLink') : t('invalid');
    default:
      return t('invalid');
  }
}

export function toIssues(issues: readonly $ZodIssue[], lang: Lang): BspIssue[] {
  return issues.map((issue) => ({
    path: issuePath(issue.path) || format(errorMessages, lang, 'root'),
    message: describeIssue(issue, lang),
  }));
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: BspError };

/**
 * Validates untrusted input (config, JSON, a property a host sets) against a schema.
 * `what` names the input in the message, e.g. "directory".
 */
export function parseWith<T>(
  schema: $ZodType<T>,
  input: unknown,
  options: { what: string; lang: Lang; code?: BspErrorCode },
): ParseResult<T> {
  const result = safeParse(schema, input);
  if (result.success) return { ok: true, value: result.data as T };
  const code = options.code ?? 'invalid-data';
  return {
    ok: false,
    error: new BspError({
      code,
      message: format(errorMessages, options.lang, code, { what: options.what }),
      issues: toIssues(result.error.issues, options.lang),
    }),
  };
}

/** Like parseWith, but throws the BspError. */
export function parseOrThrow<T>(
  schema: $ZodType<T>,
  input: unknown,
  options: { what: string; lang: Lang; code?: BspErrorCode },
): T {
  const result = parseWith(schema, input, options);
  if (!result.ok) throw result.error;
  return result.value;
}
