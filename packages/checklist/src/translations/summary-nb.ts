// A module of its own: a first load carries `checklistUiNb` (nb.ts) only; rollup places whole modules.
/** The widget's own words on the summary step, bokmål: loaded with the summary's code. */
export const checklistSummaryNb = {
  finishAnyway: 'Fullfør likevel',
  finishCancel: 'Gå tilbake og rett',
  openTasksHeading: 'Åpne oppgaver',
  openTasksHelp: 'Dette er riktig registrert, men ikke gjort ennå. Du kan fullføre; oppgavene følger med til journalsystemet.',
  reviewHeading: 'Før du fullfører',
  reviewNone: 'Ingen motsigelser eller åpne punkter.',
  goToStep: 'Gå til «{step}»',
  notePreviewHeading: 'Slik blir notatet',
  coreItem: 'Lovpålagt punkt, alltid med i notatet',
  editItem: 'Endre teksten',
  editItemLabel: 'Ny tekst for punktet',
  saveItem: 'Bruk teksten',
  resetItem: 'Bruk teksten fra svarene',
  editedItem: 'Endret av deg',
  staleEdit: 'Svaret er endret etter at du skrev om dette punktet. Se over teksten.',
  addendumLabel: 'Tillegg til notatet (fritekst)',
  cancel: 'Avbryt',
};
