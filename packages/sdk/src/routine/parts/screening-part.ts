import { contentKeys, type Text } from '../../i18n/lang.js';
import { routineScreeningContent } from '../content/screening.js';
import type { Condition } from '../condition.js';
import type { Option, Procedure } from '../procedure.js';

/**
 * Part 1 of the national procedure (TrygtBarn's screening, 003): the screening step, the summary
 * step and the rule that opens part 2. On its own it is a whole procedure whose part 2 has no
 * steps yet: what a page needs until an answer opens part 2. `defaultProcedure` (../procedure.ts)
 * composes it with part 2 (./mapping-part.ts). Structure and ids only; text in ../content/.
 */
const t = contentKeys(routineScreeningContent);
/** The answer words both parts use. */
export const yes = t('yes');
export const no = t('no');
export const dontKnow = t('dontKnow');
export const option = (value: string, label: Text): Option => ({ value, label });
const o = option;
const when = (question: string, equals: string): Condition => ({ question, equals });

/** Law and section as each reader names them (DOMAIN §11); never the seed file numbers. */
export const LEGAL = {
  hpl10ab: t('legal.hpl10ab'),
  hpl10aConsent: t('legal.hpl10aConsent'),
  hpl10b: t('legal.hpl10b'),
  dutyToReport: t('legal.dutyToReport'),
  interpreter: t('legal.interpreter'),
  cooperation: t('legal.cooperation'),
} satisfies Record<string, Text>;

/**
 * What makes the duty apply: the § 10 a categories (001; 002 l.3302) and the situations of the
 * cross-agency procedure (002 §3.3.1), plus an explicit "none of these" so an empty answer means
 * "not asked", never "no".
 */
export const TRIGGERS = [
  o('mental-illness', t('trigger.mental-illness')),
  o('addiction', t('trigger.addiction')),
  o('somatic-illness', t('trigger.somatic-illness')),
  o('disability', t('trigger.disability')),
  o('life-threatening', t('trigger.life-threatening')),
  o('long-term', t('trigger.long-term')),
  o('complex-needs', t('trigger.complex-needs')),
  o('death', t('trigger.death')),
  o('trauma', t('trigger.trauma')),
  o('none', t('trigger.none')),
];

export const screeningPart: Procedure = {
  id: 'bsp-national-default',
  version: '2.0.0',
  title: t('procedure.title'),
  // Any answer that calls for it opens part 2 (TrygtBarn, 003): children, a child without care
  // now, the duty to report, or a situation that triggers the duty unless "no children".
  mappingOpensWhen: {
    any: [
      when('hasChildren', 'yes'),
      when('childWithoutCareNow', 'yes'),
      when('neglectConcern', 'yes'),
      { all: [{ not: when('hasChildren', 'no') }, { question: 'triggers', includesOtherThan: ['none'] }] },
    ],
  },
  steps: [
    {
      id: 'screening',
      part: 'screening',
      core: true,
      legalRef: LEGAL.hpl10ab,
      title: t('screening.title'),
      // When and by whom: on the day of admission or the days after, by the primary contact (002 l.1474-1478).
      intro: t('screening.intro'),
      questions: [
        {
          id: 'hasChildren',
          type: 'choice',
          core: true,
          label: t('hasChildren.label'),
          help: t('hasChildren.help'),
          options: [o('yes', yes), o('no', no), o('unknown', t('hasChildren.unknown'))],
        },
        {
          // DOMAIN §7: "not possible to clarify" must be documented with why, and asked again.
          id: 'unclearReason',
          type: 'text',
          core: true,
          enableWhen: when('hasChildren', 'unknown'),
          label: t('unclearReason.label'),
          help: t('unclearReason.help'),
        },
        {
          id: 'askAgainOn',
          type: 'date',
          enableWhen: when('hasChildren', 'unknown'),
          label: t('askAgainOn.label'),
        },
        {
          id: 'childPresentNow',
          type: 'yesno',
          label: t('childPresentNow.label'),
          help: t('childPresentNow.help'),
        },
        {
          // Acute: make sure the child has proper care by others (002 §4.3.1).
          id: 'childWithoutCareNow',
          type: 'yesno',
          core: true,
          label: t('childWithoutCareNow.label'),
        },
        {
          id: 'triggers',
          type: 'multi',
          label: t('triggers.label'),
          help: t('triggers.help'),
          options: TRIGGERS,
        },
        {
          // Check what others did, to avoid both double work and "someone else surely did it" (002 §4.3.4).
          id: 'othersFollowedUp',
          type: 'choice',
          label: t('othersFollowedUp.label'),
          help: t('othersFollowedUp.help'),
          options: [o('yes', yes), o('no', no), o('unknown', dontKnow)],
        },
        {
          // hpl § 33 second paragraph also names persistent serious behavioural problems (000 l.63).
          id: 'neglectConcern',
          type: 'yesno',
          core: true,
          label: t('neglectConcern.label'),
        },
        {
          id: 'reportAction',
          type: 'choice',
          core: true,
          enableWhen: when('neglectConcern', 'yes'),
          label: t('reportAction.label'),
          options: [
            o('report-sent', t('reportAction.report-sent')),
            o('anonymous-consultation', t('reportAction.anonymous-consultation')),
            o('planned', t('reportAction.planned')),
            o('not-yet', t('reportAction.not-yet')),
          ],
        },
        {
          id: 'reportDate',
          type: 'date',
          enableWhen: when('neglectConcern', 'yes'),
          label: t('reportDate.label'),
        },
        {
          id: 'interpreter',
          type: 'yesno',
          label: t('interpreter.label'),
        },
        {
          id: 'interpreterLanguage',
          type: 'text',
          enableWhen: when('interpreter', 'yes'),
          label: t('interpreterLanguage.label'),
        },
      ],
    },
    {
      id: 'summary',
      part: 'summary',
      core: true,
      title: t('summary.title'),
      questions: [],
    },
  ],
};
