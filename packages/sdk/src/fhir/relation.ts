import type { Coding } from 'fhir/r4.js';
import { NO_BASIS_FAMILY_RELATION, V3_ROLE_CODE } from './canonical.js';

/**
 * The child's relation to the patient in national and international codes, for
 * RelatedPerson.relationship (the role of the related person, i.e. the child, towards the
 * patient). HL7 Norway's no-basis-family-relation (the Population Register's family
 * relations) where it has a code, HL7 v3 RoleCode otherwise. "Cared for" has neither: only our
 * own code carries it.
 */
export const relationCodings: Readonly<Record<string, Coding>> = {
  child: { system: NO_BASIS_FAMILY_RELATION, code: 'barn', display: 'Barn' },
  sibling: { system: NO_BASIS_FAMILY_RELATION, code: 'søsken', display: 'Søsken' },
  stepchild: { system: V3_ROLE_CODE, code: 'STPCHLD', display: 'step child' },
  fosterchild: { system: V3_ROLE_CODE, code: 'CHLDFOST', display: 'foster child' },
  adopted: { system: V3_ROLE_CODE, code: 'CHLDADOPT', display: 'adopted child' },
  grandchild: { system: V3_ROLE_CODE, code: 'GRNDCHILD', display: 'grandchild' },
};

/** The standard coding for a relation answer, when there is one. */
export function standardRelationCoding(relation: string): Coding | undefined {
  return Object.prototype.hasOwnProperty.call(relationCodings, relation) ? relationCodings[relation] : undefined;
}
