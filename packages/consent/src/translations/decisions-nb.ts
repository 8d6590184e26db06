// A module of its own: loaded with the code that shows decisions (a first load carries none of it).
/** The widget's words shown once decisions exist (withdrawal, history entries), bokmål. */
export const consentUiDecisionsNb = {
  withdrawConfirm: 'Trekke tilbake samtykket til {recipient}? Det tidligere samtykket blir stående i historikken.',
  withdrawYes: 'Ja, trekk tilbake',
  cancel: 'Avbryt',
  historyChildren: 'Gjelder',
};
