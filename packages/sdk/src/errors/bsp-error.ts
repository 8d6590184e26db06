import type { Lang } from '../i18n/lang.js';
import { format, type MessageCatalog } from '../i18n/messages.js';

/** What went wrong, as a stable code a host can switch on. */
export type BspErrorCode = 'invalid-config' | 'invalid-data' | 'load-failed' | 'invalid-input';

/** One problem, with the path of the field it concerns (e.g. `units.2.name`). */
export interface BspIssue {
  path: string;
  message: string;
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
  | 'invalid';

export const errorMessages: MessageCatalog<ErrorKey> = {
  nb: {
    heading: 'Noe er feil i oppsettet',
    'invalid-config': 'Konfigurasjonen ({what}) er ugyldig.',
    'invalid-data': 'Dataene ({what}) er ugyldige.',
    'load-failed': 'Kunne ikke hente {what}.',
    'invalid-input': 'Verdien ({what}) er ugyldig.',
    root: '(hele objektet)',
    required: 'mangler',
    wrongType: 'har feil type: ventet {expected}',
    tooShort: 'er for kort: minst {min} tegn',
    tooLong: 'er for lang: høyst {max} tegn',
    tooSmall: 'er for liten: minst {min}',
    tooBig: 'er for stor: høyst {max}',
    format: 'har feil format ({format})',
    oneOf: 'må være en av: {values}',
    unknownKeys: 'har ukjente felt: {keys}',
    unsafeLink: 'er ikke en tillatt lenke (bare http, https, tel og mailto)',
    invalid: 'er ugyldig',
  },
  nn: {
    heading: 'Noko er feil i oppsettet',
    'invalid-config': 'Konfigurasjonen ({what}) er ugyldig.',
    'invalid-data': 'Dataa ({what}) er ugyldige.',
    'load-failed': 'Kunne ikkje hente {what}.',
    'invalid-input': 'Verdien ({what}) er ugyldig.',
    root: '(heile objektet)',
    required: 'manglar',
    wrongType: 'har feil type: venta {expected}',
    tooShort: 'er for kort: minst {min} teikn',
    tooLong: 'er for lang: høgst {max} teikn',
    tooSmall: 'er for liten: minst {min}',
    tooBig: 'er for stor: høgst {max}',
    format: 'har feil format ({format})',
    oneOf: 'må vere ein av: {values}',
    unknownKeys: 'har ukjende felt: {keys}',
    unsafeLink: 'er ikkje ei tillaten lenkje (berre http, https, tel og mailto)',
    invalid: 'er ugyldig',
  },
  en: {
    heading: 'Something is wrong in the setup',
    'invalid-config': 'The configuration ({what}) is invalid.',
    'invalid-data': 'The data ({what}) is invalid.',
    'load-failed': 'Could not load {what}.',
    'invalid-input': 'The value ({what}) is invalid.',
    root: '(the whole object)',
    required: 'is missing',
    wrongType: 'has the wrong type: expected {expected}',
    tooShort: 'is too short: at least {min} characters',
    tooLong: 'is too long: at most {max} characters',
    tooSmall: 'is too small: at least {min}',
    tooBig: 'is too big: at most {max}',
    format: 'has the wrong format ({format})',
    oneOf: 'must be one of: {values}',
    unknownKeys: 'has unknown fields: {keys}',
    unsafeLink: 'is not an allowed link (only http, https, tel and mailto)',
    invalid: 'is invalid',
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
