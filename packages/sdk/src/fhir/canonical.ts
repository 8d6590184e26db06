import { BspError } from '../errors/bsp-error.js';

/**
 * Where our FHIR definitions live. Canonicals are http(s) URLs under one base the host sets to
 * where it publishes the JSON files from `packages/sdk/fhir/` (e.g. its own FHIR server), so a
 * journal system can resolve every Questionnaire, CodeSystem and ValueSet we reference.
 * The default is a placeholder under example.org (RFC 2606): fine for tests, to be replaced
 * in production.
 */
export const DEFAULT_FHIR_BASE = 'https://example.org/fhir/bsp';

export interface FhirBaseOptions {
  /** http(s) base of our canonical URLs; defaults to {@link DEFAULT_FHIR_BASE}. */
  fhirBase?: string;
}

/** The base without a trailing slash; refuses anything but an absolute http(s) URL. */
export function fhirBase(options: FhirBaseOptions = {}): string {
  const base = options.fhirBase ?? DEFAULT_FHIR_BASE;
  let url: URL | undefined;
  try {
    url = new URL(base);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new BspError({ code: 'invalid-config', message: `fhirBase must be an absolute http(s) URL without query or fragment: ${base}`, issues: [{ path: 'fhirBase', message: base }] });
  }
  return base.replace(/\/+$/, '');
}

export const canonicalUrl = {
  questionnaire: (base: string, id: string) => `${base}/Questionnaire/${id}`,
  codeSystem: (base: string, id: string) => `${base}/CodeSystem/${id}`,
  valueSet: (base: string, id: string) => `${base}/ValueSet/${id}`,
  /** Identifier systems for our own ids (record, child, consent entry). */
  identifier: (base: string, what: string) => `${base}/NamingSystem/${what}`,
};

// Standard definitions we use (HL7 FHIR R4 core, SDC, HL7 Norway), one constant each so a bundle
// keeps only those it uses.
export const TRANSLATION_URL = 'http://hl7.org/fhir/StructureDefinition/translation';
export const ITEM_CONTROL_URL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
export const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';
export const DATA_ABSENT_REASON_URL = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason';
export const ENABLE_WHEN_EXPRESSION_URL = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';
export const V3_ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
export const V3_PARTICIPATION_TYPE = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';
export const CONSENT_SCOPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/consentscope';
export const NO_BASIS_FAMILY_RELATION = 'http://hl7.no/fhir/CodeSystem/no-basis-family-relation';
export const NO_BASIS_RELATED_PERSON = 'http://hl7.no/fhir/StructureDefinition/no-basis-RelatedPerson';
export const ISO_3166 = 'urn:iso:std:iso:3166';
