import type { NoteSection } from './note-items.js';

/**
 * The four points documented per child (002 §5.3.2; DOMAIN §5), each written under its own
 * heading in the note: one definition for the note, the review and the child cards' progress.
 * A module of its own, so what counts a child's progress does not carry the note with it.
 */
export const FOUR_POINTS: Readonly<Record<string, NoteSection>> = {
  responsibility: 'sectionResponsibility',
  informed: 'sectionInformed',
  parentsAssessment: 'sectionParents',
  professionalAssessment: 'sectionProfessional',
};
