import type { checklistNoteNb } from './note-nb.js';

/**
 * Checklist text, bokmål, in two tables of one area: what the checklist's first screens show
 * (`checklistUiNb`, in every first load) and the journal note's, the review's and the summary's
 * words (`checklistNoteNb`, loaded with the summary's code). The keys here define the catalog's type.
 */
export const checklistUiNb = {
  progressLabel: 'Fremdrift',
  stepOf: 'Steg {current} av {total}',
  next: 'Neste',
  back: 'Tilbake',
  finish: 'Fullfør',
  yes: 'Ja',
  no: 'Nei',
  addChild: 'Legg til barn',
  removeChild: 'Fjern {child}',
  childHeading: 'Barn {n}',
  childLabel: 'Kjennetegn (valgfritt, ikke navn)',
  noChildrenYet: 'Ingen barn lagt til ennå. Legg til ett for hvert barn eller søsken under 18 år.',
  childAdded: '{child} er lagt til.',
  guidanceHeading: 'Veiledning',
  askLink: 'Hvem spør jeg? Se barneansvarlig i din enhet',
  legalRef: 'Lovgrunnlag',
  copied: 'Kopiert.',
  copyFailed: 'Kunne ikke kopiere. Merk teksten og kopier selv.',
  completed: 'Sjekklisten er fullført.',
  draftRestored: 'Et påbegynt utkast er hentet fram.',
  consentFormHint: 'Fyll ut samtykkeskjemaet nedenfor.',
  childDescription: 'Barn {n} ({details})',
  recordName: 'sjekklisten',
  overlayName: 'kommunens tilpasning av prosedyren',
  overlayLoadFailed: 'Kommunens tilpasning av prosedyren kunne ikke hentes. Du ser den nasjonale prosedyren.',
};

export type ChecklistUiMessageKey = keyof typeof checklistUiNb;
export type ChecklistMessageKey = ChecklistUiMessageKey | keyof typeof checklistNoteNb;
