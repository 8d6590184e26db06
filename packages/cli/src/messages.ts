import { plural, type MessageCatalog } from '@bsp/sdk';

type CliMessageKey =
  | 'usage'
  | 'cannotRead'
  | 'notJson'
  | 'unknownKey'
  | 'unknownKeySuggestion'
  | 'duplicateRowId'
  | 'unknownMessageKey'
  | 'unknownLanguage'
  | 'missingLanguages'
  | 'unknownId'
  | 'unknownColumn'
  | 'row'
  | 'error'
  | 'warning'
  | 'summary'
  | 'noProblems';

/** The command line itself: code, not prose, so it is a parameter of the sentence. */
export const usage = 'bsp check <config.json | directory.json | catalog.json | catalog.csv | overlay.json> [--lang nb|nn|en] [--kind config|directory|catalog|overlay]';

/** The CLI's own sentences; the SDK's error catalog words the schema problems. */
export const cliMessages: MessageCatalog<CliMessageKey> = {
  nb: {
    usage: 'Bruk: {command}',
    cannotRead: 'Kan ikke lese {file}: {reason}',
    notJson: 'Ikke gyldig JSON: {reason}',
    unknownKey: 'Ukjent nøkkel «{key}»: den blir ignorert',
    unknownKeySuggestion: 'Ukjent nøkkel «{key}»: den blir ignorert; mente du «{suggestion}»?',
    duplicateRowId: 'Tjeneste {row} har allerede id «{id}»',
    unknownMessageKey: 'Ukjent nøkkel for tekst «{key}»: ingen komponent bruker den',
    unknownLanguage: 'Ukjent språk «{key}»: bruk ett av {known}',
    missingLanguages: 'Teksten mangler på {missing} (finnes på {given})',
    unknownId: 'Ukjent steg- eller spørsmåls-id «{id}»',
    unknownColumn: 'Ukjent kolonne «{column}»: den blir ignorert',
    row: 'rad {row}',
    error: 'feil',
    warning: 'advarsel',
    summary: ({ errors = 0, warnings = 0 }) => `${plural('nb', errors, { one: '1 feil', other: '{count} feil' })} og ${plural('nb', warnings, { one: '1 advarsel', other: '{count} advarsler' })}`,
    noProblems: 'Ingen problemer funnet.',
  },
  nn: {
    usage: 'Bruk: {command}',
    cannotRead: 'Kan ikkje lese {file}: {reason}',
    notJson: 'Ikkje gyldig JSON: {reason}',
    unknownKey: 'Ukjend nøkkel «{key}»: han blir ignorert',
    unknownKeySuggestion: 'Ukjend nøkkel «{key}»: han blir ignorert; meinte du «{suggestion}»?',
    duplicateRowId: 'Teneste {row} har allereie id «{id}»',
    unknownMessageKey: 'Ukjend nøkkel for tekst «{key}»: ingen komponent brukar han',
    unknownLanguage: 'Ukjend språk «{key}»: bruk eitt av {known}',
    missingLanguages: 'Teksten manglar på {missing} (finst på {given})',
    unknownId: 'Ukjend steg- eller spørsmåls-id «{id}»',
    unknownColumn: 'Ukjend kolonne «{column}»: ho blir ignorert',
    row: 'rad {row}',
    error: 'feil',
    warning: 'åtvaring',
    summary: ({ errors = 0, warnings = 0 }) => `${plural('nn', errors, { one: '1 feil', other: '{count} feil' })} og ${plural('nn', warnings, { one: '1 åtvaring', other: '{count} åtvaringar' })}`,
    noProblems: 'Ingen problem funne.',
  },
  en: {
    usage: 'Usage: {command}',
    cannotRead: 'Cannot read {file}: {reason}',
    notJson: 'Not valid JSON: {reason}',
    unknownKey: 'Unknown key “{key}”: it is ignored',
    unknownKeySuggestion: 'Unknown key “{key}”: it is ignored; did you mean “{suggestion}”?',
    duplicateRowId: 'Service {row} already has the id “{id}”',
    unknownMessageKey: 'Unknown message key “{key}”: no component uses it',
    unknownLanguage: 'Unknown language “{key}”: use one of {known}',
    missingLanguages: 'The text is missing in {missing} (given in {given})',
    unknownId: 'Unknown step or question id “{id}”',
    unknownColumn: 'Unknown column “{column}”: it is ignored',
    row: 'row {row}',
    error: 'error',
    warning: 'warning',
    summary: ({ errors = 0, warnings = 0 }) => `${plural('en', errors, { one: '1 error', other: '{count} errors' })} and ${plural('en', warnings, { one: '1 warning', other: '{count} warnings' })}`,
    noProblems: 'No problems found.',
  },
};
