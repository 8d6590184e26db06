// Validation against a zod schema: the one place the SDK runs zod. Kept apart from parse.ts
// (which words issues and is in every widget's first load) so zod loads only with a validator.
import type { $ZodType } from 'zod/v4/core';
import { safeParse } from 'zod/mini';
import { describePath } from './path-words.js';
import { failure, findUnreadable, issuePath, toIssues, type ParseOptions, type ParseResult } from './parse.js';
import { format } from '../i18n/messages.js';
import { errorMessages } from './bsp-error.js';
import { errorIssueMessages } from './issue-messages.js';

/**
 * Validates untrusted input (config, JSON, a property a host sets) against a schema.
 * `what` names the input in the message, e.g. "directory". Never throws: a Proxy or getter that
 * throws while being read becomes an issue at the root.
 */
export function parseWith<T>(schema: $ZodType<T>, input: unknown, options: ParseOptions): ParseResult<T> {
  let result: ReturnType<typeof safeParse<$ZodType<T>>>;
  try {
    result = safeParse(schema, input);
  } catch {
    const path = findUnreadable(input) ?? [];
    return failure(options, [{ path: issuePath(path) || format(errorIssueMessages, options.lang, 'root'), field: describePath(path, options.lang), message: format(errorMessages, options.lang, 'unreadable') }]);
  }
  if (result.success) return { ok: true, value: result.data as T };
  return failure(options, toIssues(result.error.issues, options.lang, input));
}

/** Like parseWith, but throws the BspError. */
export function parseOrThrow<T>(schema: $ZodType<T>, input: unknown, options: ParseOptions): T {
  const result = parseWith(schema, input, options);
  if (!result.ok) throw result.error;
  return result.value;
}

