import type { Identifier, Reference } from 'fhir/r4.js';
import { canonicalUrl, fhirBase, type FhirBaseOptions } from './canonical.js';

// A module of its own (canonical.ts only), so the consent widget's bundle references a child
// without pulling in the procedure.

/** The identifier system of our children (value: the patient's reference, then the record's child id). */
export const childIdentifierSystem = (options: FhirBaseOptions = {}) => canonicalUrl.identifier(fhirBase(options), 'child');

/**
 * The patient a child identifier is scoped to: a literal reference (`Patient/123` or an absolute
 * URL), the form a server resolves the same in every Bundle. Not a `urn:` (a new patient in the
 * same Bundle gets its id on commit) nor a logical reference by identifier.
 */
function patientScope(patient: Reference | undefined): string | undefined {
  const ref = patient?.reference;
  return ref && !ref.startsWith('urn:') && !ref.startsWith('#') ? ref : undefined;
}

/**
 * A child's identifier: `<base>/NamingSystem/child` | `<patient reference>/<child id>`. Child ids
 * are unique only within a record (`c1`, `child-<ms>-<n>`), so the value carries the patient: a
 * conditional create on it can never find another patient's child (issue 31). Undefined when the
 * patient has no literal reference: then the child is referenced inside the Bundle only.
 */
export function childIdentifier(patient: Reference | undefined, childId: string, options: FhirBaseOptions = {}): Identifier | undefined {
  const scope = patientScope(patient);
  return scope ? { system: childIdentifierSystem(options), value: `${scope}/${childId}` } : undefined;
}

/** The record's child id back from a child identifier of this patient (for prefill from the journal); undefined for anything else. */
export function childIdFromIdentifier(identifier: Identifier | undefined, patient: Reference | undefined, options: FhirBaseOptions = {}): string | undefined {
  const scope = patientScope(patient);
  if (!scope || identifier?.system !== childIdentifierSystem(options) || !identifier.value?.startsWith(`${scope}/`)) return undefined;
  return identifier.value.slice(scope.length + 1) || undefined;
}
