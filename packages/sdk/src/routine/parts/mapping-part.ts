import { contentKeys } from '../../i18n/lang.js';
import { routineMappingContent } from '../content/mapping.js';
import type { Step } from '../procedure.js';
import type { Condition } from '../condition.js';
import { dontKnow, LEGAL, no, option as o, yes } from './screening-part.js';

/**
 * Part 2 of the national procedure (002 §4.3.1, §5.3.1–5.3.3; 000): the mapping steps, shown only
 * when part 1's rule holds. Loaded with the first answer in the checklist; `defaultProcedure`
 * (../procedure.ts) places its steps between part 1's screening and summary.
 */
const t = contentKeys(routineMappingContent);
/** Age groups: ASCII values (the FHIR codes); the labels show an en dash. */
const AGE_GROUPS = ['0-2', '3-5', '6-9', '10-12', '13-15', '16-17'] as const;

const needOptions = [
  o('information', t('need.information')),
  o('followup', t('need.followup')),
  o('both', t('need.both')),
  o('cared-for', t('need.cared-for')),
  o('unknown', t('need.unknown')),
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

const when = (question: string, equals: string): Condition => ({ question, equals });
/** Nobody consents for the patient: one without capacity, or one who has died. */
const NOBODY_CONSENTS: Condition = { any: [when('consentBy', 'no-capacity'), when('consentBy', 'deceased')] };

export interface MappingPart {
  /** The mapping steps, in order (each `part: 'mapping'`). */
  steps: Step[];
}

export const mappingPart: MappingPart = {
  steps: [
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
          noteLabel: t('conversationWithPatient.note'),
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
        // Which child (pårørendeveilederen, "Avklare hvem som er pårørende"; delprosedyre 2
        // kartlegging): name, date of birth, where the child lives, language and time in Norway.
        // Each optional and each can be kept out of the entry; carried to FHIR when present.
        { id: 'childName', type: 'text', label: t('childName.label'), noteLabel: t('childName.note') },
        { id: 'birthDate', type: 'date', label: t('birthDate.label'), noteLabel: t('birthDate.note') },
        { id: 'residence', type: 'text', label: t('residence.label'), noteLabel: t('residence.note') },
        { id: 'language', type: 'text', label: t('language.label'), noteLabel: t('language.note') },
        { id: 'timeInNorway', type: 'text', label: t('timeInNorway.label'), noteLabel: t('timeInNorway.note') },
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
          noteLabel: t('daytime.note'),
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
          noteLabel: t('carerWhileInCare.note'),
        },
        { id: 'network', type: 'text', label: t('network.label'), noteLabel: t('network.label') },
        {
          id: 'informed',
          type: 'choice',
          core: true,
          label: t('informed.label'),
          options: [o('yes', yes), o('partly', t('informed.partly')), o('no', no)],
        },
        { id: 'concernExpressed', type: 'yesno', label: t('concernExpressed.label'), noteLabel: t('concernExpressed.note') },
        {
          // 002 §5.3.3: whether the child needs a conversation with personnel, alone or with the family.
          id: 'needsConversation',
          type: 'choice',
          label: t('needsConversation.label'),
          noteLabel: t('needsConversation.note'),
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
          // Who consents (DOMAIN §6, updated): the patient from 16 (pasient- og
          // brukerrettighetsloven § 4-3 first paragraph: "personer over 18 år og personer mellom 16
          // og 18 år" unless the law says otherwise); for a patient under 16, those with parental
          // responsibility (pbrl § 4-4); a patient who cannot consent: nobody consents "for" them,
          // the professional records the basis relied on (an exception in helsepersonelloven
          // §§ 22–23, or a guardian whose mandate covers it); a deceased patient (hpl § 10 b):
          // nobody consents for the deceased (information where weighty reasons support it,
          // hpl § 24), the child's own follow-up is agreed with whoever has parental responsibility.
          id: 'consentBy',
          type: 'choice',
          label: t('consentBy.label'),
          help: t('consentBy.help'),
          noteLabel: t('consentBy.note'),
          options: [
            o('patient', t('consentBy.patient')),
            o('parents', t('consentBy.parents')),
            o('guardian', t('consentBy.guardian')),
            o('no-capacity', t('consentBy.no-capacity')),
            o('deceased', t('consentBy.deceased')),
          ],
        },
        {
          id: 'consentBasis',
          type: 'text',
          enableWhen: when('consentBy', 'no-capacity'),
          label: t('consentBasis.label'),
          help: t('consentBasis.help'),
          noteLabel: t('consentBasis.note'),
        },
        {
          id: 'deceasedAgreedWith',
          type: 'text',
          enableWhen: when('consentBy', 'deceased'),
          label: t('deceasedAgreedWith.label'),
          noteLabel: t('deceasedAgreedWith.note'),
        },
        {
          id: 'consentStatus',
          type: 'choice',
          core: true,
          enableWhen: { not: NOBODY_CONSENTS },
          label: t('consentStatus.label'),
          noteLabel: t('consentStatus.note'),
          options: [
            o('given', t('consentStatus.given')),
            o('partial', t('consentStatus.partial')),
            o('refused', t('consentStatus.refused')),
            o('not-asked', t('consentStatus.not-asked')),
          ],
        },
        {
          // Partial consent is partial (to some recipients, some information): what it covers.
          id: 'consentPartialWhich',
          type: 'text',
          enableWhen: { all: [{ not: NOBODY_CONSENTS }, when('consentStatus', 'partial')] },
          label: t('consentPartialWhich.label'),
          noteLabel: t('consentPartialWhich.note'),
        },
        {
          // A refusal is asked about again during the course (002 vedlegg 1; DOMAIN §6), in this
          // path as in the consent form's.
          id: 'consentAskAgainOn',
          type: 'date',
          enableWhen: { all: [{ not: NOBODY_CONSENTS }, { any: [when('consentStatus', 'refused'), when('consentStatus', 'partial')] }] },
          label: t('consentAskAgainOn.label'),
          noteLabel: t('consentAskAgainOn.note'),
        },
      ],
    },
    {
      id: 'information',
      part: 'mapping',
      title: t('information.title'),
      questions: [],
      childQuestions: [
        { id: 'infoWho', type: 'text', label: t('infoWho.label'), noteLabel: t('infoWho.note') },
        { id: 'infoWhat', type: 'text', label: t('infoWhat.label'), noteLabel: t('infoWhat.note') },
        { id: 'infoWhen', type: 'date', label: t('infoWhen.label'), noteLabel: t('infoWhen.note') },
        {
          id: 'infoForm',
          type: 'choice',
          label: t('infoForm.label'),
          noteLabel: t('infoForm.note'),
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
      // Cooperation with other services is recorded here: information to cooperating personnel
      // (hpl § 25 third paragraph: seed 000, slide "Lovbestemmelser", lists "§ 25 tredje ledd –
      // samarbeidende personell" among the provisions for children as next of kin) and the
      // municipality's duty to cooperate (helse- og omsorgstjenesteloven § 3-4: not in the seeds;
      // from the domain review, second-hand, not checked against the statute).
      legalRef: LEGAL.cooperation,
      title: t('followup.title'),
      questions: [
        {
          // 002 §5.3.3: advice and guidance given to the parents is part of what is recorded.
          id: 'parentGuidance',
          type: 'text',
          label: t('parentGuidance.label'),
          noteLabel: t('parentGuidance.label'),
        },
      ],
      childQuestions: [
        { id: 'followUpWhere', type: 'multi', label: t('followUpWhere.label'), noteLabel: t('followUpWhere.note'), options: FOLLOW_UP_OPTIONS },
        { id: 'referralTo', type: 'text', label: t('referralTo.label'), noteLabel: t('referralTo.note') },
        { id: 'referralDate', type: 'date', label: t('referralDate.label'), noteLabel: t('referralDate.note') },
        {
          // Audit recommendation: verify that the referred child actually got help (002).
          id: 'verifyDate',
          type: 'date',
          label: t('verifyDate.label'),
          help: t('verifyDate.help'),
          noteLabel: t('verifyDate.note'),
        },
        {
          // The verification's outcome beside its date: got help, did not, not known. Not behind
          // an "answered" condition: R4's que-7 check of `exists` fails in the validators used.
          id: 'verifyOutcome',
          type: 'choice',
          label: t('verifyOutcome.label'),
          noteLabel: t('verifyOutcome.note'),
          options: [o('got-help', t('verifyOutcome.got-help')), o('no-help', t('verifyOutcome.no-help')), o('unknown', dontKnow)],
        },
        {
          // A child assessed as needing information or follow-up gets a plan, or the record says
          // why not (002 §4.3.1 steps 4–6; the audit's central finding: identified, not followed up).
          id: 'noPlanReason',
          type: 'text',
          label: t('noPlanReason.label'),
          help: t('noPlanReason.help'),
          noteLabel: t('noPlanReason.note'),
        },
      ],
    },
  ],
};
