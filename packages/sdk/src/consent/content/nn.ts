import type { ConsentContent } from './nb.js';

/** Consent recipients and kinds of information in nynorsk; a key left out falls back to bokmål. */
export const consentLabelsNn: ConsentContent = {
  'recipient.child': 'Barnet sjølv',
  'recipient.other-parent': 'Den andre forelderen eller omsorgspersonen',
  'recipient.health-station': 'Helsestasjon og skulehelseteneste',
  'recipient.gp': 'Fastlege',
  'recipient.school': 'Barnehage eller skule',
  'recipient.family-help': 'Familiesenter / barne- og familiehjelp',
  'recipient.child-welfare': 'Barnevernstenesta',
  'recipient.ppt': 'Pedagogisk-psykologisk teneste (PPT)',
  'recipient.specialist': 'Spesialisthelsetenesta',
  'recipient.other': 'Andre (namngitt)',
  'information.condition': 'Sjukdommen eller tilstanden',
  'information.treatment': 'Behandling og forløp',
  'information.practical': 'Praktiske forhold, som innlegging og besøk',
};
