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
  'inSentence.child': 'barnet sjølv',
  'inSentence.other-parent': 'den andre forelderen eller omsorgspersonen',
  'inSentence.health-station': 'helsestasjon og skulehelseteneste',
  'inSentence.gp': 'fastlege',
  'inSentence.school': 'barnehage eller skule',
  'inSentence.family-help': 'familiesenter / barne- og familiehjelp',
  'inSentence.child-welfare': 'barnevernstenesta',
  'inSentence.ppt': 'pedagogisk-psykologisk teneste (PPT)',
  'inSentence.specialist': 'spesialisthelsetenesta',
  'inSentence.other': 'andre (namngitt)',
  'information.condition': 'Sjukdommen eller tilstanden',
  'information.treatment': 'Behandling og forløp',
  'information.practical': 'Praktiske forhold (innlegging, besøk)',
};
