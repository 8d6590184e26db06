// A module of its own: loaded with the paper form's code (nb.ts says why).
/** The printed paper form's words, bokmål. */
export const consentPaperNb = {
  historyRecipient: 'Mottaker',
  paperPatient: 'Pasientens navn',
  paperBirthDate: 'Fødselsdato',
  paperChildren: 'Barn det gjelder (alder)',
  paperYes: 'Ja',
  paperNo: 'Nei',
  paperSignaturePatient: 'Underskrift (pasienten, eller de med foreldreansvar når pasienten er under 16 år)',
  paperSignatureStaff: 'Helsepersonellets underskrift',
  paperPlaceDate: 'Sted og dato',
  paperWithdrawNote: 'Samtykket kan trekkes tilbake når som helst.',
};
