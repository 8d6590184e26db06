/**
 * The consent form widget's own UI text for its first screen, bokmål (the SDK catalog holds the
 * rest; decisions-nb.ts and paper-nb.ts the words loaded with the code that shows them).
 */
export const consentUiNb = {
  printBlank: 'Skriv ut tomt skjema',
  /** `toFhir()` could not load its module: "Could not load {what}". */
  fhirName: 'FHIR-ressursen for samtykket',
  /** Printed without the paper form, whose module had not loaded (offline, or at once after the form appeared). */
  paperMissing: 'Skjema for underskrift er ikke lastet ennå, så utskriften viser skjermbildet. Prøv igjen om litt, eller last inn siden på nytt.',
  /** The code that shows decisions did not load: "Could not load {what}". */
  decisionsName: 'det som viser beslutningene',
  decisionsLoadFailed: 'Beslutningene du har tatt, er ikke borte. Sjekk nettforbindelsen og prøv igjen.',
  tryAgain: 'Prøv igjen',
};
