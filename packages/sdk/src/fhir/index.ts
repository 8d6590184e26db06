export { DEFAULT_FHIR_BASE, fhirBase, type FhirBaseOptions } from './canonical.js';
export {
  answerCoding,
  asciiCode,
  DEFAULT_PUBLISHER,
  toFhirCodeSystems,
  toFhirValueSets,
  type FhirDefinitionOptions,
} from './terminology.js';
export { relationCodings, standardRelationCoding } from './relation.js';
export { narrative, type NarrativeSection } from './narrative.js';
export { questionnaireIdentity, type FhirQuestionnaireOptions } from './questionnaire.js';
export { TASK_CODES, type FollowUpTaskCode } from './labels.js';
