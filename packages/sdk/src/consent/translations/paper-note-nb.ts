// A module of its own: a first load carries `consentFormNb` (nb.ts) only; rollup places whole modules.
/** The paper form's and the journal note's words, bokmål. */
export const consentPaperNoteNb = {
  paperPatient: 'Pasientens navn',
  paperBirthDate: 'Fødselsdato',
  paperChildren: 'Barn det gjelder (alder)',
  paperYes: 'Ja',
  paperNo: 'Nei',
  paperSignaturePatient: 'Pasientens underskrift',
  paperSignatureStaff: 'Helsepersonellets underskrift',
  paperPlaceDate: 'Sted og dato',
  paperWithdrawNote: 'Samtykket kan trekkes tilbake når som helst.',
  noteTitle: 'Samtykke',
  noteGiven: 'Samtykke til {recipient}: {information}{children} ({method}{date}{by})',
  noteRefused: 'Ikke samtykke til {recipient} ({method}{date}{by})',
  noteWithdrawn: 'Samtykke til {recipient} trukket tilbake ({date}{by})',
  noteAskAgain: 'Spør igjen: {date}',
  noteChildren: ', gjelder {children}',
  noteBy: ', registrert av {by}',
};
