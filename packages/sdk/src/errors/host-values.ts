import type { $ZodIssue } from 'zod/v4/core';
import type { Lang } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import { BspError, errorMessages } from './bsp-error.js';
import { toIssues, type ParseResult } from './parse.js';
import { findUnreadable, issuePath } from './values.js';
import { describePath } from './path-words.js';
import type { HostValueCheck } from './host-checks.js';

export * from './host-checks.js';

function unreadable(name: string, value: unknown, lang: Lang): BspError {
  const path = [name, ...(findUnreadable(value) ?? [])];
  return new BspError({
    code: 'invalid-input',
    message: format(errorMessages, lang, 'invalid-input', { what: name }),
    issues: [{ path: issuePath(path), field: describePath(path, lang), message: format(errorMessages, lang, 'unreadable') }],
  });
}

/**
 * Validates one value a host set on a widget, naming it: the paths start with the property
 * name (`messages.nb.heading`, in words "tekster (messages), bokmål, heading"). Never throws.
 */
export function checkHostValue<T>(name: string, check: HostValueCheck<T>, value: unknown, lang: Lang, what = name): ParseResult<T> {
  let issues: $ZodIssue[];
  try {
    issues = check(value);
  } catch {
    return { ok: false, error: unreadable(name, value, lang) };
  }
  if (!issues.length) return { ok: true, value: value as T };
  const placed = issues.map((issue) => ({ ...issue, path: [name, ...issue.path] }) as $ZodIssue);
  return {
    ok: false,
    error: new BspError({ code: 'invalid-input', message: format(errorMessages, lang, 'invalid-input', { what }), issues: toIssues(placed, lang, { [name]: value }) }),
  };
}
