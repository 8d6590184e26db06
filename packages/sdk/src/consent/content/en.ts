import type { ConsentContent } from './nb.js';

/** Consent recipients and kinds of information in English; a key left out falls back to bokmål. */
export const consentLabelsEn: ConsentContent = {
  'recipient.child': 'The child',
  'recipient.other-parent': 'The other parent or carer',
  'recipient.health-station': 'Child health centre and school health service',
  'recipient.gp': 'GP',
  'recipient.school': 'Kindergarten or school',
  'recipient.family-help': 'Family centre / family support service',
  'recipient.child-welfare': 'Child welfare service',
  'recipient.ppt': 'Educational and Psychological Counselling Service (PPT)',
  'recipient.specialist': 'Specialist health service',
  'recipient.other': 'Other (named)',
  'information.condition': 'The illness or condition',
  'information.treatment': 'Treatment and course',
  'information.practical': 'Practical matters such as admission and visits',
};
