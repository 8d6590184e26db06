import {
  array,
  boolean,
  enum as zEnum,
  email,
  int,
  maximum,
  maxLength,
  minimum,
  minLength,
  nullable,
  number,
  object,
  optional,
  refine,
  regex,
  string,
  union,
} from 'zod/mini';
import { localizedTextInput } from '../i18n/localized-input.js';
import { safeHref } from '../shared/safe-href.js';
import { l, w, type PathWord } from '../errors/path-words.js';
import { deferred } from '../shared/deferred.js';
import type { Lang } from '../i18n/lang.js';
import type { BspIssue } from '../errors/bsp-error.js';
import { issueAt } from '../errors/findings.js';
import { unknownKeyIssues } from '../errors/unknown-keys.js';
import { AUDIENCES, FORMATS, SITUATIONS, WHOSE_ILLNESS } from './service.js';

const text = () => string().check(minLength(1), maxLength(4000));
const age = () => number().check(int(), minimum(0), maximum(120));
const safeUrl = () => string().check(refine((v) => safeHref(v)?.startsWith('http') ?? false, { message: 'unsafe-link' }));

/**
 * A support service's validator (HSDS field names: ./service.ts). Only local catalogs are
 * validated at run time, the finder loading this module on demand; the national catalog is
 * checked by catalog.test.ts.
 */
export const serviceSchema = deferred(() => {
  const localizedInput = localizedTextInput();
  return object({
    id: string().check(minLength(1), maxLength(100)),
    name: localizedInput,
    description: localizedInput,
    url: optional(safeUrl()),
    email: optional(email()),
    status: optional(zEnum(['active', 'inactive', 'defunct'])),
    organization: optional(object({ name: text(), url: optional(safeUrl()) })),
    eligibility: optional(
      object({
        // Years; 0–120 (a 500 is a typo, and a negative age matches no filter).
        age_min: optional(nullable(age())),
        age_max: optional(nullable(age())),
        whose_illness: optional(zEnum(WHOSE_ILLNESS)),
        situations: optional(array(zEnum(SITUATIONS))),
      }),
    ),
    audience: array(zEnum(AUDIENCES)).check(minLength(1)),
    format: array(zEnum(FORMATS)).check(minLength(1)),
    /** ISO 639-1 codes: nb, nn, en, ar, … */
    languages: optional(array(string().check(regex(/^[a-z]{2,3}$/, { message: 'formatLanguage' })))),
    cost: optional(zEnum(['free', 'paid', 'unknown'])),
    referral_required: optional(boolean()),
    /** `national`, or municipality numbers (kommunenummer), e.g. ["4601"]. */
    area: union([zEnum(['national']), array(string().check(regex(/^\d{4}$/, { message: 'formatArea' })))]),
    phones: optional(array(object({ number: string().check(regex(/^\+?[\d ()-]{3,30}$/, { message: 'formatPhone' })), description: optional(localizedInput) }))),
    schedule: optional(localizedInput),
    /** ISO date the facts were last checked against the provider; empty = not yet checked. */
    last_checked: optional(string().check(regex(/^(\d{4}-\d{2}-\d{2})?$/, { message: 'formatDate' }))),
    /** Where the facts come from. */
    sources: optional(array(string())),
  });
});

/** How a web editor reads a service's fields in error messages ("målgruppe 1"). */
export const catalogPathWords: Record<string, PathWord> = {
  services: w('tjeneste', 'teneste', 'service', l('tjenester', 'tenester', 'services')),
  description: w('beskrivelse', 'skildring', 'description'),
  url: w('nettadresse', 'nettadresse', 'web address'),
  status: w('status', 'status', 'status'),
  organization: w('organisasjon', 'organisasjon', 'organisation'),
  eligibility: w('hvem det er for', 'kven det er for', 'who it is for'),
  age_min: w('laveste alder', 'lågaste alder', 'minimum age'),
  age_max: w('høyeste alder', 'høgaste alder', 'maximum age'),
  whose_illness: w('hvem som er syk', 'kven som er sjuk', 'whose illness'),
  situations: w('situasjon', 'situasjon', 'situation', l('situasjoner', 'situasjonar', 'situations')),
  audience: w('målgruppe', 'målgruppe', 'audience', l('målgrupper', 'målgrupper', 'audiences')),
  format: w('form', 'form', 'format', l('former', 'former', 'formats')),
  languages: w('språk', 'språk', 'language', l('språk', 'språk', 'languages')),
  cost: w('pris', 'pris', 'cost'),
  referral_required: w('henvisning', 'tilvising', 'referral'),
  area: w('område', 'område', 'area', l('områder', 'område', 'areas')),
  phones: w('telefon', 'telefon', 'phone', l('telefoner', 'telefonar', 'phones')),
  number: w('nummer', 'nummer', 'number'),
  schedule: w('åpningstid', 'opningstid', 'opening hours'),
  last_checked: w('sist kontrollert', 'sist kontrollert', 'last checked'),
  sources: w('kilde', 'kjelde', 'source', l('kilder', 'kjelder', 'sources')),
};

/**
 * What a valid service holds that is not used as written: unknown keys (`eligibilty` drops the
 * whole eligibility) and `age_min` above `age_max` (the service then matches no age filter).
 * Paths are the row's own (`eligibility.age_min`).
 */
export function serviceFindings(input: unknown, service: AgeRange, lang: Lang): BspIssue[] {
  return [...unknownKeyIssues(serviceSchema, input, lang), ...serviceContradictions(service, lang)];
}

type AgeRange = { eligibility?: { age_min?: number | null; age_max?: number | null } };

/** Fields of a valid service that contradict each other: `age_min` above `age_max`. */
export function serviceContradictions(service: AgeRange, lang: Lang): BspIssue[] {
  const { age_min: min, age_max: max } = service.eligibility ?? {};
  return typeof min === 'number' && typeof max === 'number' && min > max ? [issueAt(['eligibility', 'age_min'], lang, 'ageRange', { min, max })] : [];
}
