import { localized, type LocalizedText } from '../i18n/lang.js';
import type { Condition } from './condition.js';

/**
 * The national default procedure as data (002 §4.3.1 and §5.3.1; 000; TrygtBarn's two-part
 * screening, 003). The widget renders it; the note and FHIR are derived from it.
 */
export type AnswerType = 'yesno' | 'choice' | 'multi' | 'text' | 'date';

export interface Option {
  value: string;
  label: LocalizedText;
}

export interface Question {
  id: string;
  type: AnswerType;
  label: LocalizedText;
  help?: LocalizedText;
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
  title: LocalizedText;
  intro?: LocalizedText;
  /** `screening` is part 1; `mapping` steps show only when screening calls for it. */
  part: 'screening' | 'mapping' | 'summary';
  /** Asked once, about the patient and the family. */
  questions: Question[];
  /** Asked once per child inside this step (information and follow-up can differ per child). */
  childQuestions?: Question[];
  /** The law and section, localized (never an internal source code). */
  legalRef?: LocalizedText;
  core?: boolean;
  /** Local links (municipal overlay). */
  links?: { label: LocalizedText; href: string }[];
}

export interface Procedure {
  id: string;
  version: string;
  title: LocalizedText;
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

const L = localized;
const yes = L('Ja', 'Ja', 'Yes');
const no = L('Nei', 'Nei', 'No');
const dontKnow = L('Vet ikke', 'Veit ikkje', "Don't know");
const o = (value: string, label: LocalizedText): Option => ({ value, label });
const when = (question: string, equals: string): Condition => ({ question, equals });

/** Law and section as each reader names them (DOMAIN §11); never the seed file numbers. */
export const LEGAL = {
  hpl10ab: L('Helsepersonelloven § 10 a og § 10 b', 'Helsepersonellova § 10 a og § 10 b', 'Health Personnel Act sections 10 a and 10 b'),
  hpl10aConsent: L('Helsepersonelloven § 10 a andre ledd bokstav b', 'Helsepersonellova § 10 a andre ledd bokstav b', 'Health Personnel Act section 10 a second paragraph (b)'),
  hpl10b: L('Helsepersonelloven § 10 b', 'Helsepersonellova § 10 b', 'Health Personnel Act section 10 b'),
  dutyToReport: L(
    'Helsepersonelloven § 33 andre ledd; barnevernsloven § 13-2',
    'Helsepersonellova § 33 andre ledd; barnevernslova § 13-2',
    'Health Personnel Act section 33 second paragraph; Child Welfare Act section 13-2',
  ),
  interpreter: L('Tolkeloven § 6', 'Tolkelova § 6', 'Interpreter Act section 6'),
  cooperation: L('Helse- og omsorgstjenesteloven § 3-4', 'Helse- og omsorgstenestelova § 3-4', 'Health and Care Services Act section 3-4'),
} satisfies Record<string, LocalizedText>;

const needOptions = [
  o('information', L('Trenger informasjon', 'Treng informasjon', 'Needs information')),
  o('followup', L('Trenger oppfølging', 'Treng oppfølging', 'Needs follow-up')),
  o('both', L('Trenger informasjon og oppfølging', 'Treng informasjon og oppfølging', 'Needs information and follow-up')),
  o('cared-for', L('Er godt nok ivaretatt', 'Er godt nok teke vare på', 'Is well enough looked after')),
  o('unknown', L('Vet ikke ennå', 'Veit ikkje enno', 'Not known yet')),
];

/**
 * What makes the duty apply: the § 10 a categories (001; 002 l.3302) and the situations of the
 * cross-agency procedure (002 §3.3.1), plus an explicit "none of these" so an empty answer means
 * "not asked", never "no".
 */
export const TRIGGERS = [
  o('mental-illness', L('Psykisk sykdom', 'Psykisk sjukdom', 'Mental illness')),
  o('addiction', L('Rusavhengighet', 'Rusavhengnad', 'Substance addiction')),
  o('somatic-illness', L('Alvorlig somatisk sykdom eller skade', 'Alvorleg somatisk sjukdom eller skade', 'Serious physical illness or injury')),
  o('disability', L('Funksjonsnedsettelse', 'Funksjonsnedsetjing', 'Disability')),
  o('life-threatening', L('Livstruende sykdom, eller alvorlig sykdom som forverrer seg', 'Livstruande sjukdom, eller alvorleg sjukdom som blir verre', 'Life-threatening illness, or serious illness that is getting worse')),
  o('long-term', L('Sykdom med store følger over år (demens, utviklingshemming, hjerneslag)', 'Sjukdom med store følgjer over år (demens, utviklingshemming, hjerneslag)', 'Illness with major consequences for years (dementia, intellectual disability, stroke)')),
  o('complex-needs', L('Sammensatte behov for koordinerte tjenester over lang tid', 'Samansette behov for koordinerte tenester over lang tid', 'Complex needs for coordinated services over a long time')),
  o('death', L('Dødsfall hos forelder, omsorgsperson eller søsken', 'Dødsfall hos forelder, omsorgsperson eller sysken', 'Death of a parent, carer or sibling')),
  o('trauma', L('Forelder eller søsken utsatt for en traumatisk hendelse', 'Forelder eller sysken utsett for ei traumatisk hending', 'Parent or sibling exposed to a traumatic event')),
  o('none', L('Ingen av disse', 'Ingen av desse', 'None of these')),
];

/**
 * Follow-up places (002 §4.3.1 point 5). Each value names the consent recipient it needs
 * (consent/consent.ts `followUpRecipient`), so a contradiction between the two can be found.
 */
export const FOLLOW_UP_OPTIONS = [
  o('own-service', L('I egen tjeneste', 'I eiga teneste', 'In our own service')),
  o('health-station', L('Helsestasjon og skolehelsetjeneste', 'Helsestasjon og skulehelseteneste', 'Child health centre and school health service')),
  o('family-help', L('Familiesenter / barne- og familiehjelp', 'Familiesenter / barne- og familiehjelp', 'Family centre / family support service')),
  o('gp', L('Fastlege', 'Fastlege', 'GP')),
  o('school', L('Skole eller barnehage', 'Skule eller barnehage', 'School or kindergarten')),
  o('child-welfare', L('Barnevernstjenesten', 'Barnevernstenesta', 'Child welfare service')),
  o('ppt', L('Pedagogisk-psykologisk tjeneste (PPT)', 'Pedagogisk-psykologisk teneste (PPT)', 'Educational and Psychological Counselling Service (PPT)')),
  o('specialist', L('Spesialisthelsetjenesten', 'Spesialisthelsetenesta', 'Specialist health service')),
  o('other', L('Annet', 'Anna', 'Other')),
];

/** The national default procedure (002 §4.3.1, §5.3.1–5.3.3; 000; TrygtBarn's two parts, 003). */
export const defaultProcedure: Procedure = {
  id: 'bsp-national-default',
  version: '2.0.0',
  title: L('Barn som pårørende: sjekkliste', 'Barn som pårørande: sjekkliste', 'Children as next of kin: checklist'),
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
      title: L('Del 1: Kartlegging', 'Del 1: Kartlegging', 'Part 1: Screening'),
      // When and by whom: on the day of admission or the days after, by the primary contact (002 l.1474-1478).
      intro: L(
        'Gjør dette ved innleggelse eller første kontakt, eller de nærmeste dagene etter. Del 2 åpner bare hvis svarene tilsier det.',
        'Gjer dette ved innlegging eller første kontakt, eller dei næraste dagane etter. Del 2 opnar berre viss svara tilseier det.',
        'Do this on admission or first contact, or in the days after. Part 2 opens only if the answers call for it.',
      ),
      questions: [
        {
          id: 'hasChildren',
          type: 'choice',
          core: true,
          label: L(
            'Har pasienten eller tjenestemottakeren barn eller søsken under 18 år?',
            'Har pasienten eller tenestemottakaren born eller sysken under 18 år?',
            'Does the patient or service recipient have children or siblings under 18?',
          ),
          help: L('Også ste-, foster- og adoptivbarn, uansett hvor barnet bor.', 'Også ste-, foster- og adoptivborn, same kvar barnet bur.', 'Including step, foster and adopted children, wherever the child lives.'),
          options: [o('yes', yes), o('no', no), o('unknown', L('Vet ikke / kan ikke avklares', 'Veit ikkje / kan ikkje avklarast', "Don't know / cannot be clarified"))],
        },
        {
          // DOMAIN §7: "not possible to clarify" must be documented with why, and asked again.
          id: 'unclearReason',
          type: 'text',
          core: true,
          enableWhen: when('hasChildren', 'unknown'),
          label: L('Hvorfor kunne det ikke avklares?', 'Kvifor kunne det ikkje avklarast?', 'Why could it not be clarified?'),
          help: L('For eksempel: pasienten kunne eller ville ikke svare, og ingen andre pårørende kunne spørres.', 'Til dømes: pasienten kunne eller ville ikkje svare, og ingen andre pårørande kunne spørjast.', 'For example: the patient could not or would not answer, and no other next of kin could be asked.'),
        },
        {
          id: 'askAgainOn',
          type: 'date',
          enableWhen: when('hasChildren', 'unknown'),
          label: L('Når spør du igjen?', 'Når spør du igjen?', 'When will you ask again?'),
        },
        {
          id: 'childPresentNow',
          type: 'yesno',
          label: L('Er et barn til stede nå?', 'Er eit barn til stades no?', 'Is a child present now?'),
          help: L('For eksempel på besøk. Det er i seg selv ingen grunn til uro.', 'Til dømes på besøk. Det er i seg sjølv ingen grunn til uro.', 'For example visiting. That in itself is no cause for concern.'),
        },
        {
          // Acute: make sure the child has proper care by others (002 §4.3.1).
          id: 'childWithoutCareNow',
          type: 'yesno',
          core: true,
          label: L(
            'Står et barn uten forsvarlig omsorg nå, fordi pasienten ikke kan ta seg av det?',
            'Står eit barn utan forsvarleg omsorg no, fordi pasienten ikkje kan ta seg av det?',
            'Is a child without proper care right now, because the patient cannot look after them?',
          ),
        },
        {
          id: 'triggers',
          type: 'multi',
          label: L('Gjelder noe av dette pasienten eller et søsken?', 'Gjeld noko av dette pasienten eller eit sysken?', 'Does any of this apply to the patient or a sibling?'),
          help: L('Situasjonene som utløser plikten etter loven og den kommunale prosedyren.', 'Situasjonane som utløyser plikta etter lova og den kommunale prosedyren.', 'The situations that trigger the duty under the law and the municipal procedure.'),
          options: TRIGGERS,
        },
        {
          // Check what others did, to avoid both double work and "someone else surely did it" (002 §4.3.4).
          id: 'othersFollowedUp',
          type: 'choice',
          label: L('Har en annen tjeneste allerede snakket med eller fulgt opp barnet?', 'Har ei anna teneste allereie snakka med eller følgt opp barnet?', 'Has another service already talked with or followed up the child?'),
          help: L('For eksempel spesialisthelsetjenesten. Avklar for å unngå både dobbeltarbeid og at ingen gjør det.', 'Til dømes spesialisthelsetenesta. Avklar for å unngå både dobbeltarbeid og at ingen gjer det.', 'For example the specialist health service. Check, to avoid both double work and nobody doing it.'),
          options: [o('yes', yes), o('no', no), o('unknown', dontKnow)],
        },
        {
          // hpl § 33 second paragraph also names persistent serious behavioural problems (000 l.63).
          id: 'neglectConcern',
          type: 'yesno',
          core: true,
          label: L(
            'Er det grunn til å tro at et barn blir mishandlet hjemme, utsatt for annen alvorlig omsorgssvikt, eller har vedvarende alvorlige atferdsvansker?',
            'Er det grunn til å tru at eit barn blir mishandla heime, utsett for anna alvorleg omsorgssvikt, eller har vedvarande alvorlege åtferdsvanskar?',
            'Is there reason to believe a child is mistreated at home, suffers other serious neglect, or shows persistent serious behavioural problems?',
          ),
        },
        {
          id: 'reportAction',
          type: 'choice',
          core: true,
          enableWhen: when('neglectConcern', 'yes'),
          label: L('Hva er gjort med meldeplikten?', 'Kva er gjort med meldeplikta?', 'What has been done about the duty to report?'),
          options: [
            o('report-sent', L('Bekymringsmelding sendt til barnevernstjenesten', 'Bekymringsmelding send til barnevernstenesta', 'Report of concern sent to the child welfare service')),
            o('anonymous-consultation', L('Drøftet anonymt med barnevernstjenesten', 'Drøfta anonymt med barnevernstenesta', 'Discussed anonymously with the child welfare service')),
            o('planned', L('Melding skal sendes', 'Melding skal sendast', 'A report will be sent')),
            o('not-yet', L('Ikke gjort ennå', 'Ikkje gjort enno', 'Not done yet')),
          ],
        },
        {
          id: 'reportDate',
          type: 'date',
          enableWhen: when('neglectConcern', 'yes'),
          label: L('Dato', 'Dato', 'Date'),
        },
        {
          id: 'interpreter',
          type: 'yesno',
          label: L('Trenger pasienten eller familien tolk?', 'Treng pasienten eller familien tolk?', 'Does the patient or family need an interpreter?'),
        },
        {
          id: 'interpreterLanguage',
          type: 'text',
          enableWhen: when('interpreter', 'yes'),
          label: L('Hvilket språk?', 'Kva språk?', 'Which language?'),
        },
      ],
    },
    {
      id: 'children',
      part: 'mapping',
      core: true,
      title: L('Del 2: Barna og behovene deres', 'Del 2: Borna og behova deira', 'Part 2: The children and their needs'),
      intro: L('Ingen navn trengs: alder og relasjon er nok.', 'Ingen namn trengst: alder og relasjon er nok.', 'No names needed: age and relation are enough.'),
      questions: [
        {
          // An example entry of what to record (002 §5.3.3; DOMAIN §5).
          id: 'conversationWithPatient',
          type: 'yesno',
          label: L('Har du snakket med pasienten om barna?', 'Har du snakka med pasienten om borna?', 'Have you talked with the patient about the children?'),
        },
      ],
      childQuestions: [
        {
          id: 'relation',
          type: 'choice',
          core: true,
          label: L('Relasjon til pasienten', 'Relasjon til pasienten', 'Relation to the patient'),
          options: [
            o('child', L('Barn', 'Barn', 'Child')),
            o('stepchild', L('Stebarn', 'Stebarn', 'Stepchild')),
            o('fosterchild', L('Fosterbarn', 'Fosterbarn', 'Foster child')),
            o('adopted', L('Adoptivbarn', 'Adoptivbarn', 'Adopted child')),
            o('sibling', L('Søsken', 'Sysken', 'Sibling')),
            o('grandchild', L('Barnebarn', 'Barnebarn', 'Grandchild')),
            o('cared-for', L('Annet barn pasienten har omsorg for', 'Anna barn pasienten har omsorg for', 'Another child the patient cares for')),
          ],
        },
        {
          id: 'age',
          type: 'choice',
          core: true,
          label: L('Alder', 'Alder', 'Age'),
          // ASCII values (the FHIR codes); the en-dash is display only.
          options: [['0-2', '0–2'], ['3-5', '3–5'], ['6-9', '6–9'], ['10-12', '10–12'], ['13-15', '13–15'], ['16-17', '16–17']].map(([v, d]) =>
            o(v!, L(`${d} år`, `${d} år`, `${d} years`)),
          ),
        },
        {
          id: 'responsibility',
          type: 'multi',
          core: true,
          label: L('Pasientens ansvar for barnet', 'Ansvaret pasienten har for barnet', "The patient's responsibility for the child"),
          options: [
            o('parental', L('Foreldreansvar', 'Foreldreansvar', 'Parental responsibility')),
            o('daily-care', L('Daglig omsorg', 'Dagleg omsorg', 'Daily care')),
            o('visitation', L('Samvær', 'Samvær', 'Contact/visitation')),
            o('none', L('Ingen av disse', 'Ingen av desse', 'None of these')),
          ],
        },
        {
          id: 'daytime',
          type: 'choice',
          label: L('Hvor er barnet på dagtid?', 'Kvar er barnet på dagtid?', 'Where is the child during the day?'),
          options: [
            o('kindergarten', L('Barnehage', 'Barnehage', 'Kindergarten')),
            o('school', L('Skole', 'Skule', 'School')),
            o('home', L('Hjemme', 'Heime', 'At home')),
            o('other', L('Annet', 'Anna', 'Other')),
          ],
        },
        {
          id: 'carerWhileInCare',
          type: 'text',
          label: L('Hvem tar seg av barnet mens pasienten får helsehjelp?', 'Kven tek seg av barnet medan pasienten får helsehjelp?', 'Who looks after the child while the patient receives care?'),
        },
        { id: 'network', type: 'text', label: L('Andre viktige personer i barnets nettverk', 'Andre viktige personar i nettverket til barnet', "Others who matter in the child's network") },
        {
          id: 'informed',
          type: 'choice',
          core: true,
          label: L('Er barnet informert om pasientens tilstand?', 'Er barnet informert om tilstanden til pasienten?', "Has the child been informed about the patient's condition?"),
          options: [o('yes', yes), o('partly', L('Delvis', 'Delvis', 'Partly')), o('no', no)],
        },
        { id: 'concernExpressed', type: 'yesno', label: L('Er det uttrykt bekymring for barnets situasjon?', 'Er det uttrykt uro for situasjonen til barnet?', "Has concern been expressed about the child's situation?") },
        {
          // 002 §5.3.3: whether the child needs a conversation with personnel, alone or with the family.
          id: 'needsConversation',
          type: 'choice',
          label: L('Trenger barnet en samtale med helsepersonell?', 'Treng barnet ein samtale med helsepersonell?', 'Does the child need a conversation with a health professional?'),
          options: [
            o('alone', L('Ja, alene', 'Ja, åleine', 'Yes, alone')),
            o('with-family', L('Ja, sammen med familien', 'Ja, saman med familien', 'Yes, with the family')),
            o('no', no),
            o('unknown', dontKnow),
          ],
        },
        { id: 'parentsAssessment', type: 'choice', core: true, label: L('Foreldrenes vurdering av hva barnet trenger', 'Foreldra si vurdering av kva barnet treng', "The parents' assessment of what the child needs"), options: needOptions },
        { id: 'professionalAssessment', type: 'choice', core: true, label: L('Din faglige vurdering av hva barnet trenger', 'Di faglege vurdering av kva barnet treng', "Your professional assessment of what the child needs"), options: needOptions },
      ],
    },
    {
      id: 'consent',
      part: 'mapping',
      core: true,
      legalRef: LEGAL.hpl10aConsent,
      title: L('Samtykke', 'Samtykke', 'Consent'),
      intro: L('Oppfølging av og informasjon til barnet krever pasientens samtykke.', 'Oppfølging av og informasjon til barnet krev samtykke frå pasienten.', "Follow-up of and information to the child require the patient's consent."),
      questions: [
        {
          id: 'consentStatus',
          type: 'choice',
          core: true,
          label: L('Har pasienten samtykket til oppfølging og informasjon?', 'Har pasienten samtykt til oppfølging og informasjon?', 'Has the patient consented to follow-up and information?'),
          options: [
            o('given', L('Ja, samtykke gitt', 'Ja, samtykke gitt', 'Yes, consent given')),
            o('partial', L('Delvis (noen mottakere eller noe informasjon)', 'Delvis (nokre mottakarar eller noko informasjon)', 'Partly (some recipients or some information)')),
            o('refused', L('Nei, samtykke ikke gitt', 'Nei, samtykke ikkje gitt', 'No, consent not given')),
            o('not-asked', L('Ikke spurt ennå', 'Ikkje spurt enno', 'Not asked yet')),
          ],
        },
      ],
    },
    {
      id: 'information',
      part: 'mapping',
      title: L('Tilpasset informasjon til barnet', 'Tilpassa informasjon til barnet', 'Adapted information for the child'),
      questions: [],
      childQuestions: [
        { id: 'infoWho', type: 'text', label: L('Hvem gir barnet informasjon?', 'Kven gir barnet informasjon?', 'Who gives the child information?') },
        { id: 'infoWhat', type: 'text', label: L('Hva skal barnet få vite?', 'Kva skal barnet få vite?', 'What is the child to be told?') },
        { id: 'infoWhen', type: 'date', label: L('Når?', 'Når?', 'When?') },
        {
          id: 'infoForm',
          type: 'choice',
          label: L('I hvilken form?', 'I kva form?', 'In what form?'),
          options: [
            o('with-parent', L('Samtale med forelder til stede', 'Samtale med forelder til stades', 'Conversation with a parent present')),
            o('child-alone', L('Samtale med barnet alene', 'Samtale med barnet åleine', 'Conversation with the child alone')),
            o('parent-tells', L('Forelderen forteller, med veiledning', 'Forelderen fortel, med rettleiing', 'The parent tells, with guidance')),
            o('written', L('Skriftlig materiell tilpasset alder', 'Skriftleg materiell tilpassa alder', 'Written material suited to the age')),
          ],
        },
      ],
    },
    {
      id: 'followup',
      part: 'mapping',
      core: true,
      title: L('Oppfølging og henvisning', 'Oppfølging og tilvising', 'Follow-up and referral'),
      questions: [
        {
          // 002 §5.3.3: advice and guidance given to the parents is part of what is recorded.
          id: 'parentGuidance',
          type: 'text',
          label: L('Råd og veiledning gitt til foreldrene', 'Råd og rettleiing gitt til foreldra', 'Advice and guidance given to the parents'),
        },
      ],
      childQuestions: [
        { id: 'followUpWhere', type: 'multi', label: L('Hvor skjer oppfølgingen?', 'Kvar skjer oppfølginga?', 'Where does follow-up happen?'), options: FOLLOW_UP_OPTIONS },
        { id: 'referralTo', type: 'text', label: L('Henvist til (tjeneste)', 'Tilvist til (teneste)', 'Referred to (service)') },
        { id: 'referralDate', type: 'date', label: L('Dato for henvisning', 'Dato for tilvising', 'Date of referral') },
        {
          // Audit recommendation: verify that the referred child actually got help (002).
          id: 'verifyDate',
          type: 'date',
          label: L('Dato for å sjekke at barnet faktisk fikk hjelp', 'Dato for å sjekke at barnet faktisk fekk hjelp', 'Date to check that the child actually got help'),
          help: L('Spør også om barnet senere i forløpet.', 'Spør også om barnet seinare i forløpet.', 'Keep asking about the child later in the course of treatment.'),
        },
      ],
    },
    {
      id: 'summary',
      part: 'summary',
      core: true,
      title: L('Oppsummering og journalnotat', 'Oppsummering og journalnotat', 'Summary and record entry'),
      questions: [],
    },
  ],
};
