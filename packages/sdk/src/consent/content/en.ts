import type { ConsentContent } from './nb.js';

/** Consent recipients and kinds of information in English; a key left out falls back to bokmål. */
export const consentLabelsEn: ConsentContent = {
  'recipient.child': 'The child',
  'recipient.other-parent': 'The other parent or carer',
  'recipient.health-station': 'Child health centre and school health service',
  'recipient.gp': 'GP',
  'recipient.school': 'Kindergarten or school',
  'recipient.family-help': 'Family centre and family support service',
  'recipient.child-welfare': 'Child welfare service',
  'recipient.ppt': 'Educational and Psychological Counselling Service (PPT)',
  'recipient.specialist': 'Specialist health service',
  'recipient.other': 'Other (named)',
  'inSentence.child': 'the child',
  'inSentence.other-parent': 'the other parent or carer',
  'inSentence.health-station': 'the child health centre and school health service',
  'inSentence.gp': 'the GP',
  'inSentence.school': 'the kindergarten or school',
  'inSentence.family-help': 'the family centre and family support service',
  'inSentence.child-welfare': 'the child welfare service',
  'inSentence.ppt': 'the Educational and Psychological Counselling Service (PPT)',
  'inSentence.specialist': 'the specialist health service',
  'inSentence.other': 'others (named)',
  'information.condition': 'The illness or condition',
  'information.treatment': 'Treatment and course of illness',
  'information.practical': 'Practical matters (admission, visits)',
};
