import type { ConsentUiKey } from './index.js';

/** The consent form widget's own UI text, nynorsk. */
export const consentUiNn: Record<ConsentUiKey, string> = {
  withdrawConfirm: 'Trekkje tilbake samtykket til {recipient}? Det tidlegare samtykket blir ståande i historikken.',
  withdrawYes: 'Ja, trekk tilbake',
  cancel: 'Avbryt',
  historyChildren: 'Gjeld',
  printBlank: 'Skriv ut tomt skjema',
  paperRecorded: 'Registrerte avgjerder',
  decisionUnsaved: 'Avgjerda for {recipient} er ikkje registrert enno.',
  informationMissing: 'Vel kva informasjon samtykket til {recipient} gjeld.',
  fhirName: 'FHIR-ressursen for samtykket',
  paperMissing: 'Skjema for underskrift er ikkje lasta enno, så utskrifta viser skjermbiletet. Prøv igjen om litt, eller last inn sida på nytt.',
  decisionsName: 'det som viser avgjerdene',
  decisionsLoadFailed: 'Avgjerdene du har teke, er ikkje borte. Sjekk at du er på nett, og prøv igjen.',
  tryAgain: 'Prøv igjen',
};
