// A module of its own: loaded with the journal note's code (nb.ts says why).
/** The journal note's words, bokmål. */
export const consentNoteNb = {
  noteTitle: 'Samtykke',
  noteGiven: 'Samtykke til {recipient}: {information}{children} ({method}{date}{by})',
  noteRefused: 'Ikke samtykke til {recipient} ({method}{date}{by})',
  noteWithdrawn: 'Samtykke til {recipient} trukket tilbake ({date}{by})',
  noteAskAgain: 'Spør igjen: {date}',
  noteChildren: ', gjelder {children}',
  noteBy: ', registrert av {by}',
};
