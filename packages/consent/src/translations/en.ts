import type { ConsentUiKey } from './index.js';

/** The consent form widget's own UI text, English. */
export const consentUiEn: Record<ConsentUiKey, string> = {
  withdrawConfirm: 'Withdraw consent to share information with {recipient}? The earlier consent stays in the history.',
  withdrawYes: 'Yes, withdraw',
  cancel: 'Cancel',
  historyChildren: 'Covers',
  printBlank: 'Print a blank form',
  paperRecorded: 'Recorded decisions',
  decisionUnsaved: 'The decision for {recipient} is not recorded yet.',
  informationMissing: 'Choose which information may be shared with {recipient}.',
  fhirName: 'the FHIR resource for the consent',
  paperMissing: 'The form for signature has not loaded yet, so the printout shows the screen. Try again in a moment, or reload the page.',
  decisionsName: 'the part that shows the decisions',
  decisionsLoadFailed: 'The decisions you made are not lost. Check the connection and try again.',
  tryAgain: 'Try again',
};
