/** Consent recipients and kinds of information in bokmål. Its keys define the area: a key missing here is a type error where it is used. */
export const consentLabelsNb = {
  'recipient.child': 'Barnet selv',
  'recipient.other-parent': 'Den andre forelderen eller omsorgspersonen',
  'recipient.health-station': 'Helsestasjon og skolehelsetjeneste',
  'recipient.gp': 'Fastlege',
  'recipient.school': 'Barnehage eller skole',
  'recipient.family-help': 'Familiesenter / barne- og familiehjelp',
  'recipient.child-welfare': 'Barnevernstjenesten',
  'recipient.ppt': 'Pedagogisk-psykologisk tjeneste (PPT)',
  'recipient.specialist': 'Spesialisthelsetjenesten',
  'recipient.other': 'Andre (navngitt)',
  // The recipient inside a sentence («Samtykke til fastlege», "consent to share information with the GP").
  'inSentence.child': 'barnet selv',
  'inSentence.other-parent': 'den andre forelderen eller omsorgspersonen',
  'inSentence.health-station': 'helsestasjon og skolehelsetjeneste',
  'inSentence.gp': 'fastlege',
  'inSentence.school': 'barnehage eller skole',
  'inSentence.family-help': 'familiesenter / barne- og familiehjelp',
  'inSentence.child-welfare': 'barnevernstjenesten',
  'inSentence.ppt': 'pedagogisk-psykologisk tjeneste (PPT)',
  'inSentence.specialist': 'spesialisthelsetjenesten',
  'inSentence.other': 'andre (navngitt)',
  'information.condition': 'Sykdommen eller tilstanden',
  'information.treatment': 'Behandling og forløp',
  'information.practical': 'Praktiske forhold (innleggelse, besøk)',
};

export type ConsentContentKey = keyof typeof consentLabelsNb;
/** Another language's texts: any subset of the keys. */
export type ConsentContent = Partial<Record<ConsentContentKey, string>>;
