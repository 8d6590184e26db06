import { contentKeys, type Text } from '../i18n/lang.js';
import { routineContent } from './content/index.js';
import type { Condition } from './condition.js';

/**
 * The national default procedure as data (002 §4.3.1 and §5.3.1; 000; TrygtBarn's two-part
 * screening, 003). The widget renders it; the note and FHIR are derived from it.
 */
export type AnswerType = 'yesno' | 'choice' | 'multi' | 'text' | 'date';

export interface Option {
  value: string;
  label: Text;
}

export interface Question {
  id: string;
  type: AnswerType;
  label: Text;
  help?: Text;
  options?: Option[];
  /**
   * Part of the legal core: a municipal overlay may reword it, never remove it, and its note item
   * can never be kept out of the record entry.
   */
  core?: boolean;
  /** Shown only when this holds (e.g. the reason when "don't know"); absent = always. */
  enableWhen?: Condition;
}

export type StepId = 'screening' | 'children' | 'consent' | 'information' | 'followup' | 'summary' | string;

export interface Step {
  id: StepId;
  title: Text;
  intro?: Text;
  /** `screening` is part 1; `mapping` steps show only when screening calls for it. */
  part: 'screening' | 'mapping' | 'summary';
  /** Asked once, about the patient and the family. */
  questions: Question[];
  /** Asked once per child inside this step (information and follow-up can differ per child). */
  childQuestions?: Question[];
  /** The law and section, localized (never an internal source code). */
  legalRef?: Text;
  core?: boolean;
  /** Local links (municipal overlay). */
  links?: { label: Text; href: string }[];
}

export interface Procedure {
  id: string;
  version: string;
  title: Text;
  steps: Step[];
  /** When part 2 (the `mapping` steps) opens: one rule for the engine and the FHIR export. */
  mappingOpensWhen: Condition;
}

/** Every per-child question, in step order (the children step's first). */
export function allChildQuestions(procedure: Procedure): Question[] {
  return procedure.steps.flatMap((s) => s.childQuestions ?? []);
}

/** Every question of the procedure, patient level and per child. */
export function allQuestions(procedure: Procedure): Question[] {
  return procedure.steps.flatMap((s) => [...s.questions, ...(s.childQuestions ?? [])]);
}

/** Structure and ids only; the text is in ./content/<lang>.ts (read with `pick`). */
const t = contentKeys(routineContent);
const yes = t('yes');
const no = t('no');
const dontKnow = t('dontKnow');
const o = (value: string, label: Text): Option => ({ value, label });
/** Age groups: ASCII values (the FHIR codes); the labels show an en dash. */
const AGE_GROUPS = ['0-2', '3-5', '6-9', '10-12', '13-15', '16-17'] as const;
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

const needOptions = [
  o('information', t('need.information')),
  o('followup', t('need.followup')),
  o('both', t('need.both')),
  o('cared-for', t('need.cared-for')),
  o('unknown', t('need.unknown')),
];

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

/**
 * Follow-up places (002 §4.3.1 point 5). Each value names the consent recipient it needs
 * (consent/consent.ts `followUpRecipient`), so a contradiction between the two can be found.
 */
export const FOLLOW_UP_OPTIONS = [
  o('own-service', t('followUp.own-service')),
  o('health-station', t('followUp.health-station')),
  o('family-help', t('followUp.family-help')),
  o('gp', t('followUp.gp')),
  o('school', t('followUp.school')),
  o('child-welfare', t('followUp.child-welfare')),
  o('ppt', t('followUp.ppt')),
  o('specialist', t('followUp.specialist')),
  o('other', t('followUp.other')),
];

/** The national default procedure (002 §4.3.1, §5.3.1–5.3.3; 000; TrygtBarn's two parts, 003). */
export const defaultProcedure: Procedure = {
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
      id: 'children',
      part: 'mapping',
      core: true,
      title: t('children.title'),
      intro: t('children.intro'),
      questions: [
        {
          // An example entry of what to record (002 §5.3.3; DOMAIN §5).
          id: 'conversationWithPatient',
          type: 'yesno',
          label: t('conversationWithPatient.label'),
        },
      ],
      childQuestions: [
        {
          id: 'relation',
          type: 'choice',
          core: true,
          label: t('relation.label'),
          options: [
            o('child', t('relation.child')),
            o('stepchild', t('relation.stepchild')),
            o('fosterchild', t('relation.fosterchild')),
            o('adopted', t('relation.adopted')),
            o('sibling', t('relation.sibling')),
            o('grandchild', t('relation.grandchild')),
            o('cared-for', t('relation.cared-for')),
          ],
        },
        {
          id: 'age',
          type: 'choice',
          core: true,
          label: t('age.label'),
          options: AGE_GROUPS.map((group) => o(group, t(`age.${group}`))),
        },
        {
          id: 'responsibility',
          type: 'multi',
          core: true,
          label: t('responsibility.label'),
          options: [
            o('parental', t('responsibility.parental')),
            o('daily-care', t('responsibility.daily-care')),
            o('visitation', t('responsibility.visitation')),
            o('none', t('responsibility.none')),
          ],
        },
        {
          id: 'daytime',
          type: 'choice',
          label: t('daytime.label'),
          options: [
            o('kindergarten', t('daytime.kindergarten')),
            o('school', t('daytime.school')),
            o('home', t('daytime.home')),
            o('other', t('daytime.other')),
          ],
        },
        {
          id: 'carerWhileInCare',
          type: 'text',
          label: t('carerWhileInCare.label'),
        },
        { id: 'network', type: 'text', label: t('network.label') },
        {
          id: 'informed',
          type: 'choice',
          core: true,
          label: t('informed.label'),
          options: [o('yes', yes), o('partly', t('informed.partly')), o('no', no)],
        },
        { id: 'concernExpressed', type: 'yesno', label: t('concernExpressed.label') },
        {
          // 002 §5.3.3: whether the child needs a conversation with personnel, alone or with the family.
          id: 'needsConversation',
          type: 'choice',
          label: t('needsConversation.label'),
          options: [
            o('alone', t('needsConversation.alone')),
            o('with-family', t('needsConversation.with-family')),
            o('no', no),
            o('unknown', dontKnow),
          ],
        },
        { id: 'parentsAssessment', type: 'choice', core: true, label: t('parentsAssessment.label'), options: needOptions },
        { id: 'professionalAssessment', type: 'choice', core: true, label: t('professionalAssessment.label'), options: needOptions },
      ],
    },
    {
      id: 'consent',
      part: 'mapping',
      core: true,
      legalRef: LEGAL.hpl10aConsent,
      title: t('consent.title'),
      intro: t('consent.intro'),
      questions: [
        {
          id: 'consentStatus',
          type: 'choice',
          core: true,
          label: t('consentStatus.label'),
          options: [
            o('given', t('consentStatus.given')),
            o('partial', t('consentStatus.partial')),
            o('refused', t('consentStatus.refused')),
            o('not-asked', t('consentStatus.not-asked')),
          ],
        },
      ],
    },
    {
      id: 'information',
      part: 'mapping',
      title: t('information.title'),
      questions: [],
      childQuestions: [
        { id: 'infoWho', type: 'text', label: t('infoWho.label') },
        { id: 'infoWhat', type: 'text', label: t('infoWhat.label') },
        { id: 'infoWhen', type: 'date', label: t('infoWhen.label') },
        {
          id: 'infoForm',
          type: 'choice',
          label: t('infoForm.label'),
          options: [
            o('with-parent', t('infoForm.with-parent')),
            o('child-alone', t('infoForm.child-alone')),
            o('parent-tells', t('infoForm.parent-tells')),
            o('written', t('infoForm.written')),
          ],
        },
      ],
    },
    {
      id: 'followup',
      part: 'mapping',
      core: true,
      title: t('followup.title'),
      questions: [
        {
          // 002 §5.3.3: advice and guidance given to the parents is part of what is recorded.
          id: 'parentGuidance',
          type: 'text',
          label: t('parentGuidance.label'),
        },
      ],
      childQuestions: [
        { id: 'followUpWhere', type: 'multi', label: t('followUpWhere.label'), options: FOLLOW_UP_OPTIONS },
        { id: 'referralTo', type: 'text', label: t('referralTo.label') },
        { id: 'referralDate', type: 'date', label: t('referralDate.label') },
        {
          // Audit recommendation: verify that the referred child actually got help (002).
          id: 'verifyDate',
          type: 'date',
          label: t('verifyDate.label'),
          help: t('verifyDate.help'),
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
