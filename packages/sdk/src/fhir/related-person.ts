import type { Reference, RelatedPerson } from 'fhir/r4.js';
import type { Lang } from '../i18n/lang.js';
import { childDescription } from '../routine/child-description.js';
import { ownAnswer } from '../routine/condition.js';
import { allQuestions, type Procedure } from '../routine/procedure.js';
import type { ChecklistRecord, ChildEntry } from '../routine/record.js';
import { canonicalUrl, fhirBase, NO_BASIS_RELATED_PERSON, type FhirBaseOptions } from './canonical.js';
import { noteNarrative } from './note-narrative.js';
import { standardRelationCoding } from './relation.js';
import { shownRecord } from './shown-record.js';
import { answerCoding } from './terminology.js';

/** The identifier system of our child ids (stable within a record, no personal data). */
export const childIdentifierSystem = (options: FhirBaseOptions = {}) => canonicalUrl.identifier(fhirBase(options), 'child');

/**
 * SDC-style extraction of each child as a RelatedPerson (HL7 Norway no-basis-RelatedPerson: the
 * profile is open and fits without identity data). No national id: the child is known by its
 * relation, age group and the record's child id, and by the name and date of birth only when the
 * professional recorded them and did not keep them out of the entry (pårørendeveilederen asks for
 * them; issue 27). Relation coded twice: national or v3 coding (the role of the child towards the
 * patient), and our own answer code.
 */
export function toFhirRelatedPersons(record: ChecklistRecord, procedure: Procedure, lang: Lang, options: FhirBaseOptions & { patient: Reference }): { child: ChildEntry; person: RelatedPerson }[] {
  const shown = shownRecord(record, procedure);
  const relation = allQuestions(procedure).find((q) => q.id === 'relation');
  return shown.children.map((child, index) => {
    const value = ownAnswer(child.answers, 'relation');
    const person: RelatedPerson = {
      resourceType: 'RelatedPerson',
      meta: { profile: [NO_BASIS_RELATED_PERSON] },
      text: noteNarrative(record, procedure, lang, childDescription(child, index, procedure, lang), (i) => i.childId === child.id),
      identifier: [{ system: childIdentifierSystem(options), value: child.id }],
      active: true,
      patient: options.patient,
    };
    const name = ownAnswer(child.answers, 'childName');
    const birthDate = ownAnswer(child.answers, 'birthDate');
    if (typeof name === 'string' && name.trim()) person.name = [{ text: name.trim() }];
    if (typeof birthDate === 'string') person.birthDate = birthDate;
    if (relation && typeof value === 'string') {
      const standard = standardRelationCoding(value);
      person.relationship = [...(standard ? [{ coding: [standard] }] : []), { coding: [answerCoding(relation, value, { ...options, lang })] }];
    }
    return { child, person };
  });
}
