// The words for what a validator or a plain check found wrong: the second table of the
// `errors` area, imported only by the code that words issues (parse.ts, path-words.ts,
// host-values.ts, host-config.ts, the CSV and catalogue import, the directory schema), all of it
// loaded on demand. A widget whose inputs are valid never loads it (issue 12).
import type { Lang } from '../i18n/lang.js';
import { format, type MessageCatalog } from '../i18n/messages.js';
import { defineArea } from '../i18n/registry.js';
import { errorMessages, type ErrorKey } from './bsp-error.js';

export type IssueMessageKey =
  | 'root'
  | 'required'
  | 'tooShort'
  | 'tooSmall'
  | 'tooBig'
  | 'format'
  | 'oneOf'
  | 'unknownKeys'
  | 'unsafeLink'
  | 'tooFew'
  | 'duplicateId'
  | 'notNumber'
  | 'jsonSyntax'
  | 'jsonEnd'
  | 'jsonChar'
  | 'lineColumn'
  | 'item'
  | 'row'
  | 'directoryName'
  | 'catalogName'
  | 'csvUnclosedQuote'
  | 'csvTooManyCells'
  | 'csvReplacementChar'
  | 'csvOtherEncoding'
  | 'csvDuplicateColumn'
  | 'csvNoHeader'
  | 'csvMissingColumns'
  | 'orWord'
  | 'unknownKey'
  | 'unknownKeySuggestion'
  | 'unknownParent'
  | 'parentCycle'
  | 'ageRange'
  | 'foundText'
  | 'notUsedAsWritten'
  | 'formatEmail'
  | 'formatArea'
  | 'formatLanguage'
  | 'formatDate'
  | 'formatPhone'
  | 'formatId'
  | 'formatNoSpaces';

/**
 * The issue words of the `errors` area, bokmål. Same area name as `errorMessages`: one override
 * namespace (`registerLanguage({ code, messages: { errors: { tooShort: '…' } } })` reaches both
 * tables). No loaders of its own: nynorsk and English arrive with `errorMessages`' language
 * modules, which hold both tables' keys, so they are there before any render in that language.
 */
export const errorIssueMessages: MessageCatalog<IssueMessageKey> = /* @__PURE__ */ defineArea({
  name: 'errors',
  nb: {
    root: '(hele objektet)',
    required: 'mangler',
    tooShort: 'er for kort: minst {min} tegn',
    tooSmall: 'er for liten: minst {min}',
    tooBig: 'er for stor: høyst {max}',
    format: 'har feil format ({format})',
    oneOf: 'må være en av: {values}',
    unknownKeys: 'har ukjente felt: {keys}',
    unsafeLink: 'er ikke en tillatt lenke (bare http, https, tel og mailto)',
    tooFew: 'har for få: minst {min}',
    duplicateId: 'har id «{id}», som {first} også har',
    notNumber: 'er «{value}», men må være et tall',
    jsonSyntax: 'er ikke gyldig JSON: {problem}',
    jsonEnd: 'teksten slutter før JSON-en er ferdig',
    jsonChar: 'uventet tegn «{char}»',
    lineColumn: 'linje {line}, kolonne {column}',
    item: 'nr. {n}',
    row: 'rad {n}',
    directoryName: 'oversikten over enheter',
    catalogName: 'tilbudskatalogen',
    csvUnclosedQuote: 'et anførselstegn (") åpnes her, men lukkes aldri; raden er hoppet over',
    csvTooManyCells: 'har {count} celler, men overskriften har bare {columns}',
    csvReplacementChar: 'inneholder tegn som ikke kunne leses (�): lagre filen som UTF-8 og prøv igjen',
    csvOtherEncoding: 'er lagret i en annen tegnkoding enn resten av filen, som er {encoding}, og tegnene kan ikke leses (�): lagre hele filen som UTF-8 og prøv igjen',
    csvDuplicateColumn: 'har kolonnen {columns} mer enn én gang; bare den siste blir lest',
    csvNoHeader: 'mangler overskriftsrad: {columns}',
    csvMissingColumns: 'overskriftsraden mangler kolonnene {columns}',
    orWord: 'eller',
    unknownKey: 'er et ukjent felt og blir ikke lest',
    unknownKeySuggestion: 'er et ukjent felt og blir ikke lest; mente du «{suggestion}»?',
    unknownParent: 'viser til enheten «{id}», som ikke finnes',
    parentCycle: 'gir en ring av overordnede enheter: {ids}',
    ageRange: 'laveste alder ({min}) er høyere enn høyeste alder ({max}), så tilbudet passer ingen alder',
    foundText: '{type} «{value}»',
    notUsedAsWritten: 'Noe i {what} blir ikke brukt slik det er skrevet.',
    formatEmail: 'er ikke en gyldig e-postadresse',
    formatArea: 'må være et kommunenummer med fire sifre, for eksempel 4601',
    formatLanguage: 'må være en språkkode på to eller tre små bokstaver',
    formatDate: 'må være en dato skrevet år-måned-dag, for eksempel 2026-12-07',
    formatPhone: 'må være et telefonnummer med sifre, for eksempel +47 22 22 22 22',
    formatId: 'må begynne med en bokstav og ha bare bokstaver, sifre, - og _ (ingen mellomrom)',
    formatNoSpaces: 'kan ikke ha mellomrom',
  },
});

/**
 * One error message by key, from whichever of the two tables holds it; a key neither holds
 * (a typo, `toString`) reads as itself, like `format` does for a missing key.
 */
export function errorText(lang: Lang, key: ErrorKey, params: Record<string, string | number> = {}): string {
  if (Object.hasOwn(errorIssueMessages.nb, key)) return format(errorIssueMessages, lang, key as IssueMessageKey, params);
  return Object.hasOwn(errorMessages.nb, key) ? format(errorMessages, lang, key as Exclude<ErrorKey, IssueMessageKey>, params) : key;
}
