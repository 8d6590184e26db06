/** The checklist widget's own UI text on its first screens, bokmål (the SDK catalog holds the note text). */
export const checklistUiNb = {
  draftNotSaved: 'Utkastet blir ikke lagret',
  draftSetAside: 'Et lagret utkast kunne ikke leses. Det er lagt til side, ikke slettet.',
  startAfresh: 'Begynn på nytt',
  childSummary: '{child}: {details} · {done} av {total} punkter',
  childNotFilled: 'ikke fylt ut',
  stepCompleted: 'fullført',
  partTwoLater: 'Del 2 åpnes bare når kartleggingen viser behov.',
  alreadyFinished: 'Sjekklisten er allerede fullført, og ingenting er endret siden.',
  criticalHeading: 'Viktig',
  outputName: 'oppsummeringen og journalnotatet',
  partTwoName: 'del 2 av sjekklisten',
  outputLoadFailed: 'Svarene dine er fortsatt her. Sjekk nettforbindelsen og prøv igjen.',
  outputLoading: 'Henter oppsummeringen …',
  tryAgain: 'Prøv igjen',
};
