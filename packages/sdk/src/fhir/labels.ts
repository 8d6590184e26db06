import { localized as L, pick, type LocalizedText, type Text } from '../i18n/lang.js';

/** Follow-up work a journal system can put on a work list (FHIR Task.code). */
export const TASK_CODES = ['verify-help', 'ask-consent-again', 'ask-children-again', 'send-report'] as const;
export type FollowUpTaskCode = (typeof TASK_CODES)[number];

export const taskLabels: Record<FollowUpTaskCode, LocalizedText> = {
  'verify-help': L('Sjekk at barnet faktisk har fått hjelp', 'Sjekk at barnet faktisk har fått hjelp', 'Check that the child actually got help'),
  'ask-consent-again': L('Spør pasienten om samtykke på nytt', 'Spør pasienten om samtykke på nytt', 'Ask the patient about consent again'),
  'send-report': L('Send meldingen til barnevernet', 'Send meldinga til barnevernet', 'Send the report to the child welfare service'),
  'ask-children-again': L('Spør på nytt om pasienten har barn eller søsken under 18 år', 'Spør på nytt om pasienten har born eller sysken under 18 år', 'Ask again whether the patient has children or siblings under 18'),
};

/** Texts only the FHIR exports need (group labels, definition titles, narrative headings). */
export const fhirLabels = {
  answerListTitle: (question: Text) => L(`Svar: ${pick(question, 'nb')}`, `Svar: ${pick(question, 'nn')}`, `Answers: ${pick(question, 'en')}`),
  questionSystemTitle: L('Spørsmål i sjekklisten for barn som pårørende', 'Spørsmål i sjekklista for barn som pårørande', 'Questions in the checklist for children as next of kin'),
  recipientSystemTitle: L('Mottakere av informasjon om barnet', 'Mottakarar av informasjon om barnet', 'Recipients of information about the child'),
  informationSystemTitle: L('Informasjon pasienten samtykker til å dele', 'Informasjon pasienten samtykkjer til å dele', 'Information the patient consents to share'),
  localQuestionSystemTitle: (procedure: Text) => L(`Lokale spørsmål: ${pick(procedure, 'nb')}`, `Lokale spørsmål: ${pick(procedure, 'nn')}`, `Local questions: ${pick(procedure, 'en')}`),
  taskSystemTitle: L('Oppfølgingsoppgaver for barn som pårørende', 'Oppfølgingsoppgåver for barn som pårørande', 'Follow-up tasks for children as next of kin'),
  mappingGroup: L('Del 2: Barna, samtykke og oppfølging', 'Del 2: Borna, samtykke og oppfølging', 'Part 2: The children, consent and follow-up'),
  childGroup: L('Ett barn (gjentas for hvert barn)', 'Eitt barn (blir gjenteke for kvart barn)', 'One child (repeated for each child)'),
  childStepGroup: (step: Text) => L(`${pick(step, 'nb')}: dette barnet`, `${pick(step, 'nn')}: dette barnet`, `${pick(step, 'en')}: this child`),
  help: L('Hjelp', 'Hjelp', 'Help'),
  referral: L('Henvisning', 'Tilvising', 'Referral'),
  childPerson: L('Barn som pårørende', 'Barn som pårørande', 'Child as next of kin'),
};
