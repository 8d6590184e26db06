import type { consentPaperNoteNb } from './paper-note-nb.js';

/**
 * Consent text, bokmål, in two tables of one area: what the consent form's screen shows
 * (`consentFormNb`, in every first load of the form) and the paper form's and the journal
 * note's words (`consentPaperNoteNb`, loaded with the code that prints or writes them). The keys
 * here define the catalog's type.
 */
export const consentFormNb = {
  heading: 'Samtykke til oppfølging av barn',
  intro: 'Oppfølging av og informasjon til barnet krever pasientens samtykke. Samtykket kan være delvis og kan trekkes tilbake.',
  legalBasis: 'Helsepersonelloven § 10 a andre ledd bokstav b',
  decisionLegend: 'Samtykke til {recipient}',
  given: 'Samtykker',
  refused: 'Samtykker ikke',
  notAsked: 'Ikke spurt',
  withdrawn: 'Trukket tilbake',
  otherName: 'Hvem (navn på tjeneste eller person)',
  informationLegend: 'Hvilken informasjon',
  informationOther: 'Annen informasjon (fritekst)',
  childrenLegend: 'Hvilke barn det gjelder',
  allChildren: 'Alle barna',
  methodLegend: 'Hvordan samtykket ble gitt',
  written: 'Skriftlig',
  verbal: 'Muntlig',
  recordedBy: 'Registrert av',
  save: 'Registrer samtykket',
  saved: 'Samtykket er registrert.',
  nothingToSave: 'Ingen endringer å registrere.',
  withdraw: 'Trekk tilbake samtykke til {recipient}',
  withdrawnStatus: 'Samtykket til {recipient} er trukket tilbake. Det tidligere samtykket står i historikken.',
  statusLabel: 'Status',
  statusNone: 'Ingen samtykke registrert ennå',
  statusFull: 'Samtykke gitt',
  statusPartial: 'Delvis samtykke',
  statusRefused: 'Samtykke ikke gitt',
  historyHeading: 'Historikk',
  historyEmpty: 'Ingen registreringer ennå.',
  historyWhen: 'Tidspunkt',
  historyRecipient: 'Mottaker',
  historyDecision: 'Beslutning',
  historyInformation: 'Informasjon',
  historyMethod: 'Måte',
  historyBy: 'Registrert av',
  refusalHeading: 'Når pasienten ikke samtykker',
  refusalFocus: 'Hold barnet i fokus gjennom hele forløpet.',
  refusalAskAgain: 'Avtal når du skal spørre igjen.',
  askAgainLabel: 'Dato for å spørre igjen',
  refusalHelpParent: 'Hjelp forelderen å informere barnet selv.',
  refusalBarneansvarlig: 'Drøft med barneansvarlig.',
  refusalAskLink: 'Hvem er barneansvarlig hos oss?',
  refusalAnonymous: 'Barnevernstjenesten kan kontaktes for anonym drøfting.',
  refusalNoReport: 'Et nei til samtykke er i seg selv ikke grunn til bekymringsmelding.',
  dutyToReportHeading: 'Meldeplikten gjelder uansett samtykke',
  dutyToReport: 'Er det grunn til å tro at et barn blir mishandlet eller utsatt for alvorlig omsorgssvikt, skal du melde fra til barnevernstjenesten (helsepersonelloven § 33, barnevernsloven § 13-2). Plikten er personlig.',
  print: 'Skriv ut skjema for signatur',
  recordName: 'samtykket',
};

export type ConsentUiMessageKey = keyof typeof consentFormNb;
export type ConsentMessageKey = ConsentUiMessageKey | keyof typeof consentPaperNoteNb;
