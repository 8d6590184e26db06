import type { Lang } from '../i18n/lang.js';
import { format, type MessageCatalog } from '../i18n/messages.js';

/** What went wrong, as a stable code a host can switch on. */
export type BspErrorCode = 'invalid-config' | 'invalid-data' | 'load-failed' | 'invalid-input';

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
  message: string;
  issues: BspIssue[];
}

type ErrorKey =
  | 'heading'
  | 'invalid-config'
  | 'invalid-data'
  | 'load-failed'
  | 'invalid-input'
  | 'root'
  | 'required'
  | 'wrongType'
  | 'tooShort'
  | 'tooLong'
  | 'tooSmall'
  | 'tooBig'
  | 'format'
  | 'oneOf'
  | 'unknownKeys'
  | 'unsafeLink'
  | 'invalid'
  | 'tooFew'
  | 'tooMany'
  | 'notOneOf'
  | 'duplicateId'
  | 'notNumber'
  | 'jsonSyntax'
  | 'jsonEnd'
  | 'jsonChar'
  | 'lineColumn'
  | 'item'
  | 'row'
  | 'directoryName'
  | 'catalogName'
  | 'csvUnclosedQuote'
  | 'csvTooManyCells'
  | 'csvReplacementChar'
  | 'csvNoHeader'
  | 'csvMissingColumns'
  | 'orWord'
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

export const errorMessages: MessageCatalog<ErrorKey> = {
  nb: {
    heading: 'Noe er feil i oppsettet',
    'invalid-config': 'Konfigurasjonen ({what}) er ugyldig.',
    'invalid-data': 'Dataene ({what}) er ugyldige.',
    'load-failed': 'Kunne ikke hente {what}.',
    'invalid-input': 'Verdien ({what}) er ugyldig.',
    root: '(hele objektet)',
    required: 'mangler',
    wrongType: 'har feil type: ventet {expected}, fikk {received}',
    tooShort: 'er for kort: minst {min} tegn',
    tooLong: 'er for lang: høyst {max} tegn',
    tooSmall: 'er for liten: minst {min}',
    tooBig: 'er for stor: høyst {max}',
    format: 'har feil format ({format})',
    oneOf: 'må være en av: {values}',
    unknownKeys: 'har ukjente felt: {keys}',
    unsafeLink: 'er ikke en tillatt lenke (bare http, https, tel og mailto)',
    invalid: 'er ugyldig',
    tooFew: 'har for få: minst {min}',
    tooMany: 'har for mange: høyst {max}',
    notOneOf: 'er «{value}», men må være en av: {values}',
    duplicateId: 'har id «{id}», som {first} også har',
    notNumber: 'er «{value}», men må være et tall',
    jsonSyntax: 'er ikke gyldig JSON: {problem}',
    jsonEnd: 'teksten slutter før JSON-en er ferdig',
    jsonChar: 'uventet tegn «{char}»',
    lineColumn: 'linje {line}, kolonne {column}',
    item: 'nr. {n}',
    row: 'rad {n}',
    directoryName: 'oversikten over enheter',
    catalogName: 'tilbudskatalogen',
    csvUnclosedQuote: 'et anførselstegn (") åpnes her, men lukkes aldri; raden er hoppet over',
    csvTooManyCells: 'har {count} celler, men overskriften har bare {columns}',
    csvReplacementChar: 'inneholder tegn som ikke kunne leses (�): lagre filen som UTF-8 og prøv igjen',
    csvNoHeader: 'mangler overskriftsrad: {columns}',
    csvMissingColumns: 'overskriftsraden mangler kolonnene {columns}',
    orWord: 'eller',
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
  nn: {
    heading: 'Noko er feil i oppsettet',
    'invalid-config': 'Konfigurasjonen ({what}) er ugyldig.',
    'invalid-data': 'Dataa ({what}) er ugyldige.',
    'load-failed': 'Kunne ikkje hente {what}.',
    'invalid-input': 'Verdien ({what}) er ugyldig.',
    root: '(heile objektet)',
    required: 'manglar',
    wrongType: 'har feil type: venta {expected}, fekk {received}',
    tooShort: 'er for kort: minst {min} teikn',
    tooLong: 'er for lang: høgst {max} teikn',
    tooSmall: 'er for liten: minst {min}',
    tooBig: 'er for stor: høgst {max}',
    format: 'har feil format ({format})',
    oneOf: 'må vere ein av: {values}',
    unknownKeys: 'har ukjende felt: {keys}',
    unsafeLink: 'er ikkje ei tillaten lenkje (berre http, https, tel og mailto)',
    invalid: 'er ugyldig',
    tooFew: 'har for få: minst {min}',
    tooMany: 'har for mange: høgst {max}',
    notOneOf: 'er «{value}», men må vere ein av: {values}',
    duplicateId: 'har id «{id}», som {first} også har',
    notNumber: 'er «{value}», men må vere eit tal',
    jsonSyntax: 'er ikkje gyldig JSON: {problem}',
    jsonEnd: 'teksten sluttar før JSON-en er ferdig',
    jsonChar: 'uventa teikn «{char}»',
    lineColumn: 'linje {line}, kolonne {column}',
    item: 'nr. {n}',
    row: 'rad {n}',
    directoryName: 'oversikta over einingar',
    catalogName: 'tilbodskatalogen',
    csvUnclosedQuote: 'eit hermeteikn (") blir opna her, men aldri lukka; rada er hoppa over',
    csvTooManyCells: 'har {count} celler, men overskrifta har berre {columns}',
    csvReplacementChar: 'inneheld teikn som ikkje kunne lesast (�): lagra fila som UTF-8 og prøv igjen',
    csvNoHeader: 'manglar overskriftsrad: {columns}',
    csvMissingColumns: 'overskriftsrada manglar kolonnane {columns}',
    orWord: 'eller',
    unreadable: 'kan ikkje lesast (verdien gav ein feil då han vart lesen)',
    'type.string': 'tekst',
    'type.number': 'tal',
    'type.boolean': 'ja/nei',
    'type.object': 'objekt',
    'type.array': 'liste',
    'type.function': 'funksjon',
    'type.null': 'null',
    'type.nan': 'ikkje eit tal (NaN)',
    'type.other': '{type}',
  },
  en: {
    heading: 'Something is wrong in the setup',
    'invalid-config': 'The configuration ({what}) is invalid.',
    'invalid-data': 'The data ({what}) is invalid.',
    'load-failed': 'Could not load {what}.',
    'invalid-input': 'The value ({what}) is invalid.',
    root: '(the whole object)',
    required: 'is missing',
    wrongType: 'has the wrong type: expected {expected}, got {received}',
    tooShort: 'is too short: at least {min} characters',
    tooLong: 'is too long: at most {max} characters',
    tooSmall: 'is too small: at least {min}',
    tooBig: 'is too big: at most {max}',
    format: 'has the wrong format ({format})',
    oneOf: 'must be one of: {values}',
    unknownKeys: 'has unknown fields: {keys}',
    unsafeLink: 'is not an allowed link (only http, https, tel and mailto)',
    invalid: 'is invalid',
    tooFew: 'has too few: at least {min}',
    tooMany: 'has too many: at most {max}',
    notOneOf: 'is “{value}” but must be one of: {values}',
    duplicateId: 'has id “{id}”, which {first} also has',
    notNumber: 'is “{value}” but must be a number',
    jsonSyntax: 'is not valid JSON: {problem}',
    jsonEnd: 'the text ends before the JSON is complete',
    jsonChar: 'unexpected character “{char}”',
    lineColumn: 'line {line}, column {column}',
    item: 'no. {n}',
    row: 'row {n}',
    directoryName: 'the unit directory',
    catalogName: 'the service catalogue',
    csvUnclosedQuote: 'a quotation mark (") opens here but never closes; the row was skipped',
    csvTooManyCells: 'has {count} cells but the header has only {columns}',
    csvReplacementChar: 'contains characters that could not be read (�): save the file as UTF-8 and try again',
    csvNoHeader: 'has no header row: {columns}',
    csvMissingColumns: 'the header row lacks the columns {columns}',
    orWord: 'or',
    unreadable: 'cannot be read (reading the value threw an error)',
    'type.string': 'text',
    'type.number': 'number',
    'type.boolean': 'yes/no',
    'type.object': 'object',
    'type.array': 'list',
    'type.function': 'function',
    'type.null': 'null',
    'type.nan': 'not a number (NaN)',
    'type.other': '{type}',
  },
};

/** An Error carrying a BspErrorDetail; thrown by SDK functions, caught and shown by widgets. */
export class BspError extends Error {
  readonly code: BspErrorCode;
  readonly issues: BspIssue[];
  constructor(detail: BspErrorDetail) {
    super(detail.message);
    this.name = 'BspError';
    this.code = detail.code;
    this.issues = detail.issues;
  }
  get detail(): BspErrorDetail {
    return { code: this.code, message: this.message, issues: this.issues };
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
