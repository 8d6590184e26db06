// A module of its own: loaded with the code that shows decisions (nb.ts says why).
/** What the consent form shows once decisions exist: withdrawal, history entries, refusal guidance; bokmål. */
export const consentDecisionsNb = {
  withdraw: 'Trekk tilbake samtykke til {recipient}',
  withdrawnStatus: 'Samtykket til {recipient} er trukket tilbake. Det tidligere samtykket står i historikken.',
  historyWhen: 'Tidspunkt',
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
};
