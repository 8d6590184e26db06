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
  // Children of prisoners are children as next of kin (004 l.121; 002 l.1491-1494).
  o('prison', t('trigger.prison')),
  o('none', t('trigger.none')),
];

/** "None of these" and no situation: the § 10 a duty does not apply. */
export const ONLY_NONE: Condition = { all: [when('triggers', 'none'), { not: { question: 'triggers', includesOtherThan: ['none'] } }] };

export const screeningPart: Procedure = {
  id: 'bsp-national-default',
  version: '2.0.0',
  title: t('procedure.title'),
  // Part 2 opens where the § 10 a duty applies (TrygtBarn, 003): children and a situation of
  // § 10 a (or the situation not asked yet), a child without care now, or the duty to report.
  // "None of these" means the duty does not apply (Helsedirektoratet: no § 10 a duty for a broken
  // foot); "cannot clarify" never opens it, so nobody is asked consent for children nobody knows.
  mappingOpensWhen: {
    any: [
      { all: [when('hasChildren', 'yes'), { not: ONLY_NONE }] },
      when('childWithoutCareNow', 'yes'),
      when('neglectConcern', 'yes'),
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
          noteLabel: t('hasChildren.note'),
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
          noteLabel: t('unclearReason.note'),
          help: t('unclearReason.help'),
        },
        {
          id: 'askAgainOn',
          type: 'date',
          enableWhen: when('hasChildren', 'unknown'),
          label: t('askAgainOn.label'),
          noteLabel: t('askAgainOn.note'),
        },
        {
          id: 'childPresentNow',
          type: 'yesno',
          label: t('childPresentNow.label'),
          noteLabel: t('childPresentNow.note'),
          help: t('childPresentNow.help'),
        },
        {
          // "Barn under radaren" (acute, prehospital): whether the child saw or heard the event.
          id: 'childWitnessed',
          type: 'yesno',
          enableWhen: when('childPresentNow', 'yes'),
          label: t('childWitnessed.label'),
          noteLabel: t('childWitnessed.note'),
        },
        {
          // Acute: make sure the child has proper care by others (002 §4.3.1). Written for a
          // patient without children only when it is "yes".
          id: 'childWithoutCareNow',
          type: 'yesno',
          core: true,
          label: t('childWithoutCareNow.label'),
          noteLabel: t('childWithoutCareNow.note'),
          recordedOnlyWhen: { any: [when('childWithoutCareNow', 'yes'), { not: when('hasChildren', 'no') }] },
        },
        // What was done, so the record shows the child was secured (delprosedyre 3 tiltak: ensure
        // adult supervision; barnevernvakt or police 112 when in doubt, 002 §4.3.1). The review
        // blocks until who has the child and whom you contacted are written.
        {
          id: 'acuteCarer',
          type: 'text',
          core: true,
          enableWhen: when('childWithoutCareNow', 'yes'),
          label: t('acuteCarer.label'),
          noteLabel: t('acuteCarer.note'),
        },
        {
          id: 'acuteContacted',
          type: 'multi',
          core: true,
          enableWhen: when('childWithoutCareNow', 'yes'),
          label: t('acuteContacted.label'),
          noteLabel: t('acuteContacted.note'),
          options: [
            o('child-welfare-emergency', t('acuteContacted.child-welfare-emergency')),
            o('police', t('acuteContacted.police')),
            o('child-welfare', t('acuteContacted.child-welfare')),
            o('other-parent', t('acuteContacted.other-parent')),
            o('network', t('acuteContacted.network')),
            o('none', t('acuteContacted.none')),
          ],
        },
        {
          id: 'acuteWhen',
          type: 'date',
          enableWhen: when('childWithoutCareNow', 'yes'),
          label: t('acuteWhen.label'),
          noteLabel: t('acuteWhen.note'),
        },
        {
          id: 'triggers',
          type: 'multi',
          label: t('triggers.label'),
          noteLabel: t('triggers.note'),
          help: t('triggers.help'),
          options: TRIGGERS,
        },
        {
          // Check what others did, to avoid both double work and "someone else surely did it" (002 §4.3.4).
          id: 'othersFollowedUp',
          type: 'choice',
          label: t('othersFollowedUp.label'),
          noteLabel: t('othersFollowedUp.note'),
          help: t('othersFollowedUp.help'),
          options: [o('yes', yes), o('no', no), o('unknown', dontKnow)],
        },
        {
          // Who, so the next service knows whom to talk to (002 §4.3.4).
          id: 'othersWho',
          type: 'text',
          enableWhen: when('othersFollowedUp', 'yes'),
          label: t('othersWho.label'),
          noteLabel: t('othersWho.note'),
        },
        {
          // An anonymous consultation helps decide whether there is reason to believe; it is not
          // the report (002 l.2328-2330 places it before a possible report). Written only when held.
          id: 'anonymousConsultation',
          type: 'yesno',
          label: t('anonymousConsultation.label'),
          help: t('anonymousConsultation.help'),
          noteLabel: t('anonymousConsultation.note'),
          recordedOnlyWhen: when('anonymousConsultation', 'yes'),
        },
        {
          // hpl § 33 second paragraph and barnevernsloven § 13-2 as they read since 2023: "grunn
          // til å tro at et barn blir eller vil bli mishandlet, utsatt for alvorlige mangler ved den
          // daglige omsorgen eller annen alvorlig omsorgssvikt" (a); a life-threatening or other
          // serious illness or injury not examined or treated, or a disabled child's special needs
          // unmet (b); serious behavioural problems: serious or repeated crime, substance misuse or
          // other markedly norm-breaking behaviour (c); human trafficking (d). Summarised from
          // NKVTS' voldsveileder (DOMAIN §6). The label is neutral, the four letters are its help,
          // and the entry carries the conclusion only when it is "yes" (a parent reads the entry).
          id: 'neglectConcern',
          type: 'yesno',
          core: true,
          label: t('neglectConcern.label'),
          help: t('neglectConcern.help'),
          noteLabel: t('neglectConcern.note'),
          recordedOnlyWhen: when('neglectConcern', 'yes'),
        },
        {
          // Once there is reason to believe, the report is the duty: sent, or to be sent today.
          id: 'reportAction',
          type: 'choice',
          core: true,
          enableWhen: when('neglectConcern', 'yes'),
          label: t('reportAction.label'),
          noteLabel: t('reportAction.note'),
          options: [
            o('report-sent', t('reportAction.report-sent')),
            o('planned', t('reportAction.planned')),
            o('not-yet', t('reportAction.not-yet')),
          ],
        },
        {
          id: 'reportDate',
          type: 'date',
          enableWhen: when('neglectConcern', 'yes'),
          label: t('reportDate.label'),
          noteLabel: t('reportDate.note'),
        },
        {
          id: 'interpreter',
          type: 'yesno',
          label: t('interpreter.label'),
          noteLabel: t('interpreter.note'),
        },
        {
          id: 'interpreterLanguage',
          type: 'text',
          enableWhen: when('interpreter', 'yes'),
          label: t('interpreterLanguage.label'),
          noteLabel: t('interpreterLanguage.note'),
        },
        {
          // Used, not only needed: a qualified interpreter, never a child (tolkeloven § 4; the
          // duty of public bodies to use a qualified interpreter is § 6).
          id: 'interpreterUsed',
          type: 'choice',
          enableWhen: when('interpreter', 'yes'),
          label: t('interpreterUsed.label'),
          noteLabel: t('interpreterUsed.note'),
          options: [
            o('qualified', t('interpreterUsed.qualified')),
            o('other-adult', t('interpreterUsed.other-adult')),
            o('not-yet', t('interpreterUsed.not-yet')),
          ],
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
