// What a service is (facets, types) and how local and national catalogs merge, without its
// validator: the finder shows the national catalog (built in, checked by catalog.test.ts) from
// these modules alone and loads zod and serviceSchema (./schema.ts) only for a local catalog.
import type { infer as Infer } from 'zod/mini';
import type { Text } from '../i18n/lang.js';
import type { serviceSchema } from './schema.js';

/**
 * A support service, with field names from the Open Referral Human Services Data Specification
 * (HSDS 3: service name, description, url, email, status, organization, eligibility, languages,
 * cost, schedule, phones) where they fit, so municipalities can reuse service directories.
 */
export const SITUATIONS = ['mental-illness', 'addiction', 'somatic-illness', 'disability', 'dementia', 'bereavement', 'prison', 'trauma'] as const;
export const AUDIENCES = ['children', 'youth', 'parents', 'family', 'professionals'] as const;
export const FORMATS = ['group', 'course', 'phone-chat', 'website', 'e-learning', 'individual', 'family-council', 'meeting-place'] as const;
export const WHOSE_ILLNESS = ['parent', 'sibling', 'either'] as const;

export type Situation = (typeof SITUATIONS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type Format = (typeof FORMATS)[number];
export type WhoseIllness = (typeof WHOSE_ILLNESS)[number];

export type ServiceInput = Infer<typeof serviceSchema>;

/** A service as the finder uses it: text keyed (national) or per language (local), read with `pick`. */
export type Service = Omit<ServiceInput, 'name' | 'description' | 'schedule' | 'phones'> & {
  name: Text;
  description: Text;
  schedule?: Text;
  phones?: { number: string; description?: Text }[];
  /** `national` for the shipped catalog, `local` for the municipality's. */
  origin: 'national' | 'local';
};

/** The municipality's catalog joined with the national one; a local entry with the same id wins. */
export function mergeCatalogs(national: readonly Service[], local: readonly Service[]): Service[] {
  const localIds = new Set(local.map((s) => s.id));
  return [...national.filter((s) => !localIds.has(s.id)), ...local];
}
