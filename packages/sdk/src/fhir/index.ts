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
export { loadFhirTranslations } from './translation.js';
export { TASK_CODES, type FollowUpTaskCode } from './labels.js';
export { toFhirTasks, toFhirServiceRequests, type FhirFollowUpOptions } from './follow-up.js';
export { toFhirRelatedPersons } from './related-person.js';
export { childIdentifier, childIdentifierSystem, childIdFromIdentifier } from './child-identifier.js';
export { toFhirBundle, type FhirBundleOptions } from './bundle.js';
// The R4 types of what the SDK returns, so widgets and hosts need no import of their own.
export type {
  Bundle as FhirBundle,
  Consent as FhirConsent,
  Questionnaire as FhirQuestionnaire,
  QuestionnaireResponse as FhirQuestionnaireResponse,
  RelatedPerson as FhirRelatedPerson,
  ServiceRequest as FhirServiceRequest,
  Task as FhirTask,
} from 'fhir/r4.js';
export { recordFromFhir, type FhirPrefill, type FhirPrefillFinding, type FhirPrefillOptions, type FhirPrefillReason, type FhirOpenTask } from './from-fhir.js';
