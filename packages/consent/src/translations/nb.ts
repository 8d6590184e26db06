/** The consent form widget's own UI text, bokmål (the SDK catalog holds the note text). */
export const consentUiNb = {
  withdrawConfirm: 'Trekke tilbake samtykket til {recipient}? Det tidligere samtykket blir stående i historikken.',
  withdrawYes: 'Ja, trekk tilbake',
  cancel: 'Avbryt',
  historyChildren: 'Gjelder',
  printBlank: 'Skriv ut tomt skjema',
  paperRecorded: 'Registrerte beslutninger',
  decisionUnsaved: 'Beslutningen for {recipient} er ikke registrert ennå.',
  informationMissing: 'Velg hvilken informasjon samtykket til {recipient} gjelder.',
  /** `toFhir()` could not load its module: "Could not load {what}". */
  fhirName: 'FHIR-ressursen for samtykket',
  /** Printed without the paper form, whose module had not loaded (offline, or at once after the form appeared). */
  paperMissing: 'Skjema for underskrift er ikke lastet ennå, så utskriften viser skjermbildet. Prøv igjen om litt, eller last inn siden på nytt.',
};
