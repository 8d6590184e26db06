import type { Lang } from '../i18n/lang.js';
import { format, type MessageCatalog } from '../i18n/messages.js';
import { defineArea } from '../i18n/registry.js';
import type { IssueMessageKey } from './issue-messages.js';

/**
 * What went wrong, as a stable code a host can switch on. The draft codes are told as events
 * while the widget goes on working (a quiet line, not the error view): `storage-failed` (the
 * storage adapter threw, rejected or timed out), `draft-conflict` (someone else wrote the draft
 * key), `draft-unreadable` (a stored draft could not be read and was set aside).
 */
export type BspErrorCode = DataErrorCode | 'storage-failed' | 'draft-conflict' | 'draft-unreadable';

/** The codes of data or code a widget could not take: these show the error view, with its words. */
export type DataErrorCode = 'invalid-config' | 'invalid-data' | 'load-failed' | 'invalid-input';

/**
 * One problem. `path` is the field as a program finds it in the JSON, counted from 0
 * (`units.1.email`); `field` is the same place in words a web editor reads, counted from 1
 * and in the reader's language ("enhet 2, e-post"), when known.
 */
export interface BspIssue {
  path: string;
  message: string;
  field?: string;
}

/** The detail of a `bsp-error` event and what the error view shows. */
export interface BspErrorDetail {
  code: BspErrorCode;
  /**
   * `warning`: the widget still shows the data and names what it could not use (an unknown key,
   * a parent unit that does not exist); absent or `error`: the data, or part of it, is refused.
   */
  severity?: 'error' | 'warning';
  message: string;
  issues: BspIssue[];
}

/**
 * The words a widget's first render may need: the error view, the four codes, a `src` or a chunk
 * that did not load, and what the plain property checks (and `describeType`) report at once.
 */
type BasicErrorKey =
  | 'heading'
  | 'invalid-config'
  | 'invalid-data'
  | 'load-failed'
  | 'invalid-input'
  | 'wrongType'
  | 'tooLong'
  | 'invalid'
  | 'tooMany'
  | 'notOneOf'
  | 'loadTimeout'
  | 'loadTooLarge'
  | 'loadStatus'
  | 'loadUnreachable'
  | 'loadRedirected'
  | 'checkUnavailable'
  | 'unreadable'
  | 'type.string'
  | 'type.number'
  | 'type.boolean'
  | 'type.object'
  | 'type.array'
  | 'type.function'
  | 'type.null'
  | 'type.nan'
  | 'type.other';

/** Every key of the `errors` area: the basic words here and the issue words (`errorIssueMessages`). */
export type ErrorKey = BasicErrorKey | IssueMessageKey;

/** Another language's error messages: any subset of the keys of both tables. */
export type ErrorMessages = Partial<Record<ErrorKey, string>>;

/**
 * The basic error messages, in every widget's first load: bokmål bundled (every widget and SDK
 * function can always explain a problem), nynorsk and English fetched with the rest of a
 * language, or registered statically by `@bsp/sdk/languages/nn|en` (Node hosts, the CLI).
 *
 * The words for what a validator finds wrong (`tooShort`, `jsonSyntax`, `csv…`, …) are the same
 * area's second table, `errorIssueMessages` (issue-messages.ts), which only code loaded on
 * demand imports. Its nynorsk and English come in the language modules loaded here (they hold
 * every key of both tables; a build puts them in one language chunk anyway): a language is then
 * either loaded for both tables or for neither, so a table defined by a module that loads later
 * never finds its language missing at the moment it renders (no flash of bokmål).
 */
export const errorMessages: MessageCatalog<BasicErrorKey> = /* @__PURE__ */ defineArea({
  name: 'errors',
  nb: {
    heading: 'Noe er feil i oppsettet',
    'invalid-config': 'Konfigurasjonen ({what}) er ugyldig.',
    'invalid-data': 'Dataene ({what}) er ugyldige.',
    'load-failed': 'Kunne ikke hente {what}.',
    'invalid-input': 'Verdien ({what}) er ugyldig.',
    wrongType: 'har feil type: ventet {expected}, fikk {received}',
    tooLong: 'er for lang: høyst {max} tegn',
    invalid: 'er ugyldig',
    tooMany: 'har for mange: høyst {max}',
    notOneOf: 'er «{value}», men må være en av: {values}',
    // Why a `src` load failed, after the address: "/tilbud.json: svarte ikke innen 10 sekunder".
    loadTimeout: 'svarte ikke innen {seconds} sekunder',
    loadTooLarge: 'er større enn {mb} MB',
    loadStatus: 'svarte med feilkode {status}',
    loadUnreachable: 'kunne ikke nås',
    loadRedirected: 'sendte videre til et annet nettsted ({origin}); innholdet derfra vises ikke',
    // The widget's own validator (a chunk beside its bundle) did not load: offline, or a new deploy.
    checkUnavailable: 'kunne ikke kontrolleres fordi en del av komponenten ikke ble lastet; last inn siden på nytt',
    unreadable: 'kan ikke leses (verdien ga en feil da den ble lest)',
    'type.string': 'tekst',
    'type.number': 'tall',
    'type.boolean': 'ja/nei',
    'type.object': 'objekt',
    'type.array': 'liste',
    'type.function': 'funksjon',
    'type.null': 'null',
    'type.nan': 'ikke et tall (NaN)',
    'type.other': '{type}',
  },
  load: {
    nn: () => import('./translations/nn.js').then((m) => m.errorsNn),
    en: () => import('./translations/en.js').then((m) => m.errorsEn),
  },
});

/** An Error carrying a BspErrorDetail; thrown by SDK functions, caught and shown by widgets. */
export class BspError extends Error {
  readonly code: BspErrorCode;
  readonly issues: BspIssue[];
  readonly severity?: 'error' | 'warning';
  constructor(detail: BspErrorDetail) {
    super(detail.message);
    this.name = 'BspError';
    this.code = detail.code;
    this.issues = detail.issues;
    if (detail.severity) this.severity = detail.severity;
  }
  get detail(): BspErrorDetail {
    return { code: this.code, ...(this.severity ? { severity: this.severity } : {}), message: this.message, issues: this.issues };
  }
}

export function errorHeading(lang: Lang): string {
  return format(errorMessages, lang, 'heading');
}

/** Turns anything thrown into a BspErrorDetail (never leaks a stack or raw data). */
export function toErrorDetail(error: unknown, lang: Lang, what = ''): BspErrorDetail {
  if (error instanceof BspError) return error.detail;
  return {
    code: 'load-failed',
    message: format(errorMessages, lang, 'load-failed', { what }),
    issues: [],
  };
}

/** A failed load of a host-given URL, naming the `src` field. */
export function loadFailedError(lang: Lang, what: string, src: string): BspError {
  return new BspError({ code: 'load-failed', message: format(errorMessages, lang, 'load-failed', { what }), issues: [{ path: 'src', message: src }] });
}
