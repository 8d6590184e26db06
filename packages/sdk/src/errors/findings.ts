// Mistakes in a municipality's file that the schema lets through: unknown keys (a typo that
// would quietly drop a field) and contradictions across fields (a parent unit that does not
// exist, `age_min` above `age_max`). Where files are authored (CLI, configurator) they are
// errors; a widget shows the data with a visible warning and a `bsp-error` of severity
// `warning`, so an older widget still shows a file written for a newer one. No zod here: the
// provider's first check words its unknown keys with this module.
import type { Lang } from '../i18n/lang.js';
import { format } from '../i18n/messages.js';
import type { BspErrorDetail, BspIssue } from './bsp-error.js';
import { errorIssueMessages, errorText, type IssueMessageKey } from './issue-messages.js';
import { describePath } from './path-words.js';
import { issuePath } from './values.js';

/** One issue at a path, worded from the issue table. */
export function issueAt(path: readonly PropertyKey[], lang: Lang, key: IssueMessageKey, params: Record<string, string | number> = {}): BspIssue {
  return { path: issuePath(path) || errorText(lang, 'root'), field: describePath(path, lang), message: errorText(lang, key, params) };
}

/** The `bsp-error` detail a widget sends for findings: severity `warning`, the data still shown. */
export function findingsDetail(findings: BspIssue[], lang: Lang, what: string): BspErrorDetail {
  return { code: 'invalid-data', severity: 'warning', message: format(errorIssueMessages, lang, 'notUsedAsWritten', { what }), issues: findings };
}

