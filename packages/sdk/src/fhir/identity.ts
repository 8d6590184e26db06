import type { Coding } from 'fhir/r4.js';
import { pick } from '../i18n/lang.js';
import { allQuestions, defaultProcedure, type Procedure, type Question } from '../routine/procedure.js';
import { asciiCode } from './ascii-code.js';
import { canonicalUrl, fhirBase } from './canonical.js';
import { QUESTION_CODE_SYSTEM_ID } from './code-system-ids.js';
import type { FhirDefinitionOptions } from './terminology.js';
import { BASE_LANG } from './translation.js';

export interface FhirQuestionnaireOptions extends FhirDefinitionOptions {
  /**
   * For a municipal overlay: its own id and version (e.g. `{ id: 'bsp-oslo', version: '2026.1' }`).
   * Without it, a procedure that differs from the national default gets a derived id and version
   * from its content, so it never claims the national canonical.
   */
  local?: { id: string; version: string };
}

// FNV-1a over the procedure's JSON: a short, dependency-free content fingerprint.
function fingerprint(procedure: Procedure): string {
  let hash = 0x811c9dc5;
  for (const ch of JSON.stringify(procedure)) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The canonical url and version a procedure's Questionnaire and responses use. */
export function questionnaireIdentity(procedure: Procedure, options: FhirQuestionnaireOptions = {}) {
  const base = fhirBase(options);
  const national = { id: asciiCode(defaultProcedure.id), version: defaultProcedure.version };
  const isNational = procedure === defaultProcedure || (procedure.id === defaultProcedure.id && fingerprint(procedure) === fingerprint(defaultProcedure));
  const own = options.local ?? (isNational || procedure.id !== defaultProcedure.id
    ? { id: asciiCode(procedure.id), version: procedure.version }
    : { id: `${national.id}-local-${fingerprint(procedure)}`, version: `${procedure.version}-local.${fingerprint(procedure)}` });
  const url = canonicalUrl.questionnaire(base, own.id);
  const derived = own.id !== national.id;
  return {
    id: own.id,
    url,
    version: own.version,
    canonical: `${url}|${own.version}`,
    derivedFrom: derived ? `${canonicalUrl.questionnaire(base, national.id)}|${national.version}` : undefined,
  };
}

const nationalQuestions = new Map(allQuestions(defaultProcedure).map((q) => [q.id, q]));

/** The national question of the same id, if there is one (an overlay's own questions have none). */
export const nationalQuestion = (id: string): Question | undefined => nationalQuestions.get(id);

/** Id of the CodeSystem of a local Questionnaire's own questions (`<its id>-question`). */
export const localQuestionSystemId = (procedure: Procedure, options: FhirQuestionnaireOptions = {}) => `${questionnaireIdentity(procedure, options).id}-question`;

/**
 * A question's item.code: a national question's code in the national CodeSystem with the
 * national display (an overlay may reword the item's text, not what the code means); an
 * overlay's own question in the overlay's local CodeSystem, versioned with its Questionnaire, so
 * nothing new ever appears under the national url|version (issue 31).
 */
export function questionCoding(procedure: Procedure, question: Question, options: FhirQuestionnaireOptions = {}): Coding {
  const national = nationalQuestion(question.id);
  const systemId = national ? QUESTION_CODE_SYSTEM_ID : localQuestionSystemId(procedure, options);
  return { system: canonicalUrl.codeSystem(fhirBase(options), systemId), code: question.id, display: pick((national ?? question).label, BASE_LANG) };
}
