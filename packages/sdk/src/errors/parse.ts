import type { $ZodIssue } from 'zod/v4/core';
import type { Lang } from '../i18n/lang.js';
import { BspError, type BspIssue, type DataErrorCode, type ErrorKey } from './bsp-error.js';
import { errorText as t } from './issue-messages.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { describePath } from './path-words.js';
import { describeType } from './host-checks.js';
import { issuePath, shownValue, valueAt, type FoundValue } from './values.js';

function expectedWords(expected: string, lang: Lang): string {
  const known = ['string', 'number', 'boolean', 'object', 'array', 'function', 'null'];
  if (known.includes(expected)) return t(lang, `type.${expected}` as ErrorKey);
  return expected === 'int' ? t(lang, 'type.number') : expected;
}

const FORMAT_KEYS = new Set(['formatArea', 'formatLanguage', 'formatDate', 'formatPhone', 'formatId', 'formatNoSpaces']);

/** What was found, in words, with the value itself when it is short and plain: 'tekst «abc»'. */
export function receivedWords(value: unknown, lang: Lang): string {
  const type = describeType(value, lang);
  return typeof value === 'string' || (typeof value === 'number' && !Number.isNaN(value)) || typeof value === 'boolean' ? t(lang, 'foundText', { type, value: shownValue(value) }) : type;
}

/**
 * A translated sentence for one zod issue. Our own wording: zod's global locale is the host's
 * business. `found` is what the input holds at the issue's path (see `valueAt`); without it the
 * message is less precise but still right.
 */
export function describeIssue(issue: $ZodIssue, lang: Lang, found?: FoundValue): string {
  const actual: FoundValue = found ?? ('input' in issue && issue.input !== undefined ? { present: true, value: issue.input } : { present: false });
  if (actual.present && 'unreadable' in actual) return t(lang, 'unreadable');
  const value = actual.present ? actual.value : undefined;
  switch (issue.code) {
    case 'invalid_type':
      if (!actual.present) return t(lang, 'required');
      if (issue.expected === 'number' && typeof value === 'string') return t(lang, 'notNumber', { value: shownValue(value) });
      return t(lang, 'wrongType', { expected: expectedWords(issue.expected, lang), received: receivedWords(value, lang) });
    case 'too_small':
      if (issue.origin === 'string') return t(lang, 'tooShort', { min: String(issue.minimum) });
      if (issue.origin === 'array' || issue.origin === 'set') return t(lang, 'tooFew', { min: String(issue.minimum) });
      return t(lang, 'tooSmall', { min: String(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t(lang, 'tooLong', { max: String(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return t(lang, 'tooMany', { max: String(issue.maximum) });
      return t(lang, 'tooBig', { max: String(issue.maximum) });
    case 'invalid_format':
      // Schemas name their patterns by key (`regex(…, { message: 'formatArea' })`); no regex or
      // zod word ever reaches an editor.
      if (issue.format === 'email') return t(lang, 'formatEmail');
      if (FORMAT_KEYS.has(issue.message)) return t(lang, issue.message as ErrorKey);
      return t(lang, 'invalid');
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      if (!actual.present) return t(lang, 'required');
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        return t(lang, 'notOneOf', { value: shownValue(value), values });
      }
      return t(lang, 'wrongType', { expected: values, received: describeType(value, lang) });
    }
    case 'unrecognized_keys':
      return t(lang, 'unknownKeys', { keys: issue.keys.map(shownValue).join(', ') });
    case 'custom':
      // Schemas name known custom checks by key so the message can be translated here.
      if (issue.message === 'unsafe-link') return t(lang, 'unsafeLink');
      if (issue.message === 'invalid-id') return t(lang, 'formatId');
      if (issue.message === 'duplicate-id') {
        const firstPath = Array.isArray(issue.params?.['firstPath']) ? (issue.params['firstPath'] as PropertyKey[]) : [];
        return t(lang, 'duplicateId', { id: shownValue(issue.params?.['id']), first: describePath(firstPath, lang) });
      }
      return t(lang, 'invalid');
    default:
      return t(lang, 'invalid');
  }
}

interface PlacedIssue {
  path: PropertyKey[];
  issue: $ZodIssue;
}

/**
 * Unions report one issue holding every branch's issues. Read as a person would: if no branch
 * took the value's type, say "wrong type: expected text or object"; otherwise explain the branch
 * that came closest (the one that accepted the type and has the fewest issues).
 */
function place(issues: readonly $ZodIssue[], base: PropertyKey[], lang: Lang): (PlacedIssue | BspIssueAt)[] {
  return issues.flatMap((issue): (PlacedIssue | BspIssueAt)[] => {
    const path = [...base, ...issue.path];
    if (issue.code !== 'invalid_union' || !issue.errors.length) return [{ path, issue }];
    const typeRefused = (branch: readonly $ZodIssue[]) => branch.some((i) => i.code === 'invalid_type' && i.path.length === 0);
    const closest = issue.errors.filter((branch) => !typeRefused(branch)).sort((a, b) => a.length - b.length)[0];
    if (closest) return place(closest, path, lang);
    const expected = issue.errors
      .map((branch) => branch.find((i) => i.code === 'invalid_type' && i.path.length === 0))
      .map((i) => (i?.code === 'invalid_type' ? expectedWords(i.expected, lang) : ''))
      .filter((word, n, all) => word && all.indexOf(word) === n);
    return [{ path, expected: expected.join(` ${t(lang, 'orWord')} `) }];
  });
}

interface BspIssueAt {
  path: PropertyKey[];
  expected: string;
}

const NO_INPUT = Symbol('no input');

/**
 * zod issues as BspIssues: the path for programs (`units.1.email`), the path in words for
 * people ("enhet 2, e-post"), and a message that can tell wrong type from missing when `input`
 * (what was validated) is given.
 */
export function toIssues(issues: readonly $ZodIssue[], lang: Lang, input: unknown = NO_INPUT): BspIssue[] {
  return place(issues, [], lang).map((placed) => {
    const found = input === NO_INPUT ? undefined : valueAt(input, placed.path);
    let message: string;
    if ('issue' in placed) message = describeIssue(placed.issue, lang, found);
    else if (found && !found.present) message = t(lang, 'required');
    else if (found && 'unreadable' in found) message = t(lang, 'unreadable');
    else message = t(lang, 'wrongType', { expected: placed.expected, received: found && 'value' in found ? receivedWords(found.value, lang) : '?' });
    return {
      path: issuePath(placed.path) || t(lang, 'root'),
      field: describePath(placed.path, lang),
      message,
    };
  });
}

/**
 * `warnings`: what the value holds that is not used as written (unknown keys, contradictions
 * across fields); the value is still good to use. Authoring tools treat them as errors.
 */
export type ParseResult<T> = { ok: true; value: T; warnings?: BspIssue[] } | { ok: false; error: BspError };

export type ParseOptions = { what: string; lang: Lang; code?: DataErrorCode };

export function failure(options: ParseOptions, issues: BspIssue[]): { ok: false; error: BspError } {
  const code = options.code ?? 'invalid-data';
  return {
    ok: false,
    error: new BspError({ code, message: t(options.lang, code, { what: options.what }), issues }),
  };
}

/**
 * Parses JSON text a host or web editor wrote. A syntax error names the line and column and is
 * worded in the reader's language (the engine's own message is English and differs per browser).
 */
export function parseJson(text: string, options: ParseOptions): ParseResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const problem = findJsonSyntaxError(text);
    const where = t(options.lang, 'lineColumn', { line: problem.line, column: problem.column });
    const what = problem.char === undefined ? t(options.lang, 'jsonEnd') : t(options.lang, 'jsonChar', { char: shownValue(problem.char) });
    return failure(options, [{ path: 'json', field: where, message: t(options.lang, 'jsonSyntax', { problem: what }) }]);
  }
}

export * from './values.js';
export { addPathWords, describePath, pathWord, type PathWord } from './path-words.js';
export { findJsonSyntaxError, type JsonSyntaxProblem } from './json-syntax.js';
export { errorIssueMessages, errorText, type IssueMessageKey } from './issue-messages.js';
export * from './host-values.js';
export * from './host-config.js';
