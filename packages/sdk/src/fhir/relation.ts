import type { Coding } from 'fhir/r4';
import { FHIR } from './canonical.js';

/**
 * The child's relation to the patient in national and international codes, for
 * RelatedPerson.relationship (the role of the related person, i.e. the child, towards the
 * patient). HL7 Norway's no-basis-family-relation (the Population Register's family
 * relations) where it has a code, HL7 v3 RoleCode otherwise. "Cared for" has neither: only our
 * own code carries it.
 */
export const relationCodings: Readonly<Record<string, Coding>> = {
  child: { system: FHIR.noBasisFamilyRelation, code: 'barn', display: 'Barn' },
  sibling: { system: FHIR.noBasisFamilyRelation, code: 'søsken', display: 'Søsken' },
  stepchild: { system: FHIR.v3RoleCode, code: 'STPCHLD', display: 'step child' },
  fosterchild: { system: FHIR.v3RoleCode, code: 'CHLDFOST', display: 'foster child' },
  adopted: { system: FHIR.v3RoleCode, code: 'CHLDADOPT', display: 'adopted child' },
  grandchild: { system: FHIR.v3RoleCode, code: 'GRNDCHILD', display: 'grandchild' },
};

/** The standard coding for a relation answer, when there is one. */
export function standardRelationCoding(relation: string): Coding | undefined {
  return Object.prototype.hasOwnProperty.call(relationCodings, relation) ? relationCodings[relation] : undefined;
}
