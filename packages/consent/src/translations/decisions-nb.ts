// A module of its own: loaded with the code that shows decisions (a first load carries none of it).
/** The widget's words shown once decisions exist (unrecorded decisions, withdrawal, history entries), bokmål. */
export const consentUiDecisionsNb = {
  decisionUnsaved: 'Beslutningen for {recipient} er ikke registrert ennå.',
  informationMissing: 'Velg hvilken informasjon samtykket til {recipient} gjelder.',
  withdrawConfirm: 'Trekke tilbake samtykket til {recipient}? Det tidligere samtykket blir stående i historikken.',
  withdrawYes: 'Ja, trekk tilbake',
  cancel: 'Avbryt',
  historyChildren: 'Gjelder',
};
