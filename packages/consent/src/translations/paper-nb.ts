// A module of its own: loaded with the paper form's code (a first load carries none of it).
/** The widget's words on the printed paper form, bokmål. */
export const consentUiPaperNb = {
  paperRecorded: 'Registrerte beslutninger',
};
