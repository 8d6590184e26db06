import type { Reference, RelatedPerson } from 'fhir/r4.js';
import type { Lang } from '../i18n/lang.js';
import { childDescription } from '../routine/child-description.js';
import { ownAnswer } from '../routine/condition.js';
import { allQuestions, type Procedure } from '../routine/procedure.js';
import type { ChecklistRecord, ChildEntry } from '../routine/record.js';
import { NO_BASIS_RELATED_PERSON, type FhirBaseOptions } from './canonical.js';
import { childIdentifier } from './child-identifier.js';
import { noteNarrative } from './note-narrative.js';
import { standardRelationCoding } from './relation.js';
import { keptRecord } from './shown-record.js';
import { answerCoding } from './terminology.js';

/**
 * SDC-style extraction of each child as a RelatedPerson (HL7 Norway no-basis-RelatedPerson: the
 * profile is open and fits without identity data). No national id: the child is known by its
 * relation, age group and its identifier (patient + the record's child id), and by name, date of
 * birth and where it lives (`address.text`) only when the professional recorded them and did not
 * keep them out of the entry (pårørendeveilederen, delprosedyre 2, asks for them; issue 27).
 * Relation coded twice: national or v3 coding (the role of the child towards the patient), and
 * our own answer code. The children are those the journal note names (`keptRecord`).
 */
export function toFhirRelatedPersons(record: ChecklistRecord, procedure: Procedure, lang: Lang, options: FhirBaseOptions & { patient: Reference }): { child: ChildEntry; person: RelatedPerson }[] {
  const kept = keptRecord(record, procedure);
  const relation = allQuestions(procedure).find((q) => q.id === 'relation');
  return kept.children.map((child, index) => {
    const value = ownAnswer(child.answers, 'relation');
    const person: RelatedPerson = {
      resourceType: 'RelatedPerson',
      meta: { profile: [NO_BASIS_RELATED_PERSON] },
      text: noteNarrative(record, procedure, lang, childDescription(child, index, procedure, lang), (i) => i.childId === child.id),
      active: true,
      patient: options.patient,
    };
    const identifier = childIdentifier(options.patient, child.id, options);
    if (identifier) person.identifier = [identifier];
    const name = ownAnswer(child.answers, 'childName');
    const birthDate = ownAnswer(child.answers, 'birthDate');
    const residence = ownAnswer(child.answers, 'residence');
    if (typeof name === 'string' && name.trim()) person.name = [{ text: name.trim() }];
    if (typeof birthDate === 'string') person.birthDate = birthDate;
    if (typeof residence === 'string' && residence.trim()) person.address = [{ text: residence.trim() }];
    if (relation && typeof value === 'string') {
      const standard = standardRelationCoding(value);
      person.relationship = [...(standard ? [{ coding: [standard] }] : []), { coding: [answerCoding(relation, value, { ...options, lang })] }];
    }
    return { child, person };
  });
}
