import type { consentDecisionsNb } from './decisions-nb.js';
import type { consentNoteNb } from './note-nb.js';
import type { consentPaperNb } from './paper-nb.js';

/**
 * Consent text, bokmål, in four tables of one area ("consent"), each in a module of its own
 * (rollup places whole modules): what the form's first screen shows (`consentScreenNb`, in every
 * first load), what shows once decisions exist (decisions-nb.ts), the paper form's words
 * (paper-nb.ts) and the journal note's (note-nb.ts), each loaded with the code that uses it.
 * `consentMessages` is all four. The keys here define the catalog's type.
 */
export const consentScreenNb = {
  heading: 'Samtykke til oppfølging av barn',
  // Who consents: the patient from 16 (pbrl § 4-3), those with parental responsibility for a
  // patient under 16 (pbrl § 4-4); DOMAIN §6, updated. The checklist records who, and other bases.
  intro: 'Oppfølging av og informasjon til barnet krever samtykke: fra pasienten selv fra 16 år, ellers fra de med foreldreansvar. Samtykket kan være delvis og kan trekkes tilbake.',
  legalBasis: 'Helsepersonelloven § 10 a andre ledd bokstav b',
  decisionLegend: 'Samtykke til {recipient}',
  given: 'Samtykker',
  refused: 'Samtykker ikke',
  notAsked: 'Ikke spurt',
  otherName: 'Hvem (navn på tjeneste eller person)',
  written: 'Skriftlig',
  verbal: 'Muntlig',
  recordedBy: 'Registrert av',
  save: 'Registrer samtykket',
  saved: 'Samtykket er registrert.',
  nothingToSave: 'Ingen endringer å registrere.',
  statusLabel: 'Status',
  statusNone: 'Ingen samtykke registrert ennå',
  statusFull: 'Samtykke gitt',
  statusPartial: 'Delvis samtykke',
  statusRefused: 'Samtykke ikke gitt',
  historyHeading: 'Historikk',
  historyEmpty: 'Ingen registreringer ennå.',
  dutyToReportHeading: 'Meldeplikten gjelder uansett samtykke',
  dutyToReport: 'Er det grunn til å tro at et barn blir eller vil bli mishandlet, utsatt for alvorlige mangler ved den daglige omsorgen eller annen alvorlig omsorgssvikt, skal du melde fra til barnevernstjenesten (helsepersonelloven § 33, barnevernsloven § 13-2). Plikten er personlig.',
  print: 'Skriv ut skjema for underskrift',
  recordName: 'samtykket',
};

export type ConsentScreenMessageKey = keyof typeof consentScreenNb;
export type ConsentMessageKey = ConsentScreenMessageKey | keyof typeof consentDecisionsNb | keyof typeof consentPaperNb | keyof typeof consentNoteNb;
