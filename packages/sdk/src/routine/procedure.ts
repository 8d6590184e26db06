import { localized, type LocalizedText } from '../i18n/lang.js';

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
  /** Part of the legal core: a municipal overlay may reword it, never remove it. */
  core?: boolean;
}

export type StepId = 'screening' | 'children' | 'consent' | 'information' | 'followup' | 'summary' | string;

export interface Step {
  id: StepId;
  title: LocalizedText;
  intro?: LocalizedText;
  /** `screening` is part 1; `mapping` steps show only when screening calls for it. */
  part: 'screening' | 'mapping' | 'summary';
  questions: Question[];
  legalRef?: string;
  core?: boolean;
  /** Local links (municipal overlay). */
  links?: { label: LocalizedText; href: string }[];
}

export interface Procedure {
  id: string;
  version: string;
  title: LocalizedText;
  steps: Step[];
  /** Questions asked once per child in the `children` step. */
  childQuestions: Question[];
}

const L = localized;
const yes = L('Ja', 'Ja', 'Yes');
const no = L('Nei', 'Nei', 'No');
const unknown = L('Vet ikke / kan ikke avklares', 'Veit ikkje / kan ikkje avklarast', "Don't know / cannot be clarified");
const o = (value: string, label: LocalizedText): Option => ({ value, label });

const needOptions = [
  o('information', L('Trenger informasjon', 'Treng informasjon', 'Needs information')),
  o('followup', L('Trenger oppfølging', 'Treng oppfølging', 'Needs follow-up')),
  o('both', L('Trenger informasjon og oppfølging', 'Treng informasjon og oppfølging', 'Needs information and follow-up')),
  o('cared-for', L('Er godt nok ivaretatt', 'Er godt nok teken vare på', 'Is well enough looked after')),
  o('unknown', L('Vet ikke ennå', 'Veit ikkje enno', 'Not known yet')),
];

export const TRIGGERS = [
  o('serious-illness', L('Livstruende eller alvorlig fremadskridende sykdom', 'Livstruande eller alvorleg framskridande sjukdom', 'Life-threatening or serious progressive illness')),
  o('long-term', L('Sykdom med store følger over år (demens, utviklingshemming, hjerneslag, alvorlig psykisk lidelse, rus)', 'Sjukdom med store følgjer over år (demens, utviklingshemming, hjerneslag, alvorleg psykisk liding, rus)', 'Illness with major consequences for years (dementia, intellectual disability, stroke, severe mental illness, addiction)')),
  o('complex-needs', L('Sammensatte behov for koordinerte tjenester over lang tid', 'Samansette behov for koordinerte tenester over lang tid', 'Complex needs for coordinated services over a long time')),
  o('death', L('Dødsfall hos forelder, omsorgsperson eller søsken', 'Dødsfall hos forelder, omsorgsperson eller sysken', 'Death of a parent, carer or sibling')),
  o('trauma', L('Forelder eller søsken utsatt for en traumatisk hendelse', 'Forelder eller sysken utsett for ei traumatisk hending', 'Parent or sibling exposed to a traumatic event')),
];

export const defaultProcedure: Procedure = {
  id: 'bsp-national-default',
  version: '1.0.0',
  title: L('Barn som pårørende: sjekkliste', 'Born som pårørande: sjekkliste', 'Children as next of kin: checklist'),
  steps: [
    {
      id: 'screening',
      part: 'screening',
      core: true,
      legalRef: 'Helsepersonelloven § 10 a og § 10 b',
      title: L('Del 1: Kartlegging', 'Del 1: Kartlegging', 'Part 1: Screening'),
      intro: L(
        'Noen korte spørsmål. Del 2 åpner bare hvis svarene tilsier det.',
        'Nokre korte spørsmål. Del 2 opnar berre viss svara tilseier det.',
        'A few short questions. Part 2 opens only if the answers call for it.',
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
          options: [o('yes', yes), o('no', no), o('unknown', unknown)],
        },
        {
          id: 'childNeedsCareNow',
          type: 'yesno',
          core: true,
          label: L('Er et barn til stede nå, eller trenger et barn omsorg akkurat nå?', 'Er eit barn til stades no, eller treng eit barn omsorg akkurat no?', 'Is a child present now, or does a child need care right now?'),
        },
        {
          id: 'triggers',
          type: 'multi',
          label: L('Gjelder noe av dette situasjonen?', 'Gjeld noko av dette situasjonen?', 'Does any of this apply?'),
          help: L('Situasjonene i kommunens prosedyre som utløser plikten (002 §3.3.1).', 'Situasjonane i prosedyren til kommunen som utløyser plikta (002 §3.3.1).', "The situations in the municipality's procedure that trigger the duty (002 §3.3.1)."),
          options: TRIGGERS,
        },
        {
          id: 'othersFollowedUp',
          type: 'choice',
          label: L('Har en annen tjeneste allerede snakket med eller fulgt opp barnet?', 'Har ei anna teneste allereie snakka med eller følgt opp barnet?', 'Has another service already talked with or followed up the child?'),
          help: L('For eksempel spesialisthelsetjenesten. Avklar for å unngå både dobbeltarbeid og at ingen gjør det.', 'Til dømes spesialisthelsetenesta. Avklar for å unngå både dobbeltarbeid og at ingen gjer det.', 'For example the specialist health service. Check, to avoid both double work and nobody doing it.'),
          options: [o('yes', yes), o('no', no), o('unknown', L('Vet ikke', 'Veit ikkje', "Don't know"))],
        },
        {
          id: 'neglectConcern',
          type: 'yesno',
          core: true,
          label: L('Er det grunn til å tro at et barn blir mishandlet eller utsatt for alvorlig omsorgssvikt?', 'Er det grunn til å tru at eit barn blir mishandla eller utsett for alvorleg omsorgssvikt?', 'Is there reason to believe a child is mistreated or seriously neglected?'),
        },
        {
          id: 'interpreter',
          type: 'yesno',
          label: L('Trenger pasienten eller familien tolk?', 'Treng pasienten eller familien tolk?', 'Does the patient or family need an interpreter?'),
        },
      ],
    },
    {
      id: 'children',
      part: 'mapping',
      core: true,
      title: L('Del 2: Barna og deres behov', 'Del 2: Borna og behova deira', "Part 2: The children and their needs"),
      intro: L('Ingen navn trengs: alder og relasjon er nok.', 'Ingen namn trengst: alder og relasjon er nok.', 'No names needed: age and relation are enough.'),
      questions: [],
    },
    {
      id: 'consent',
      part: 'mapping',
      core: true,
      legalRef: 'Helsepersonelloven § 10 a andre ledd bokstav b',
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
            o('refused', L('Nei, samtykke ikke gitt', 'Nei, samtykke ikkje gitt', 'No, consent refused')),
            o('not-asked', L('Ikke spurt ennå', 'Ikkje spurt enno', 'Not asked yet')),
          ],
        },
      ],
    },
    {
      id: 'information',
      part: 'mapping',
      title: L('Tilpasset informasjon til barnet', 'Tilpassa informasjon til barnet', 'Adapted information for the child'),
      questions: [
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
            o('written', L('Skriftlig materiell tilpasset alder', 'Skriftleg materiell tilpassa alder', 'Written material adapted to age')),
          ],
        },
        { id: 'interpreterLanguage', type: 'text', label: L('Tolk: hvilket språk?', 'Tolk: kva språk?', 'Interpreter: which language?') },
      ],
    },
    {
      id: 'followup',
      part: 'mapping',
      core: true,
      title: L('Oppfølging og henvisning', 'Oppfølging og tilvising', 'Follow-up and referral'),
      questions: [
        {
          id: 'followUpWhere',
          type: 'multi',
          label: L('Hvor skjer oppfølgingen?', 'Kvar skjer oppfølginga?', 'Where does follow-up happen?'),
          options: [
            o('own-service', L('I egen tjeneste', 'I eiga teneste', 'In own service')),
            o('health-station', L('Helsestasjon og skolehelsetjeneste', 'Helsestasjon og skulehelseteneste', 'Health station and school health service')),
            o('family-help', L('Familiesenter / barne- og familiehjelp', 'Familiesenter / barne- og familiehjelp', 'Family centre / family help')),
            o('gp', L('Informere fastlege', 'Informere fastlege', 'Inform the GP')),
            o('school', L('Informere skole eller barnehage', 'Informere skule eller barnehage', 'Inform school or kindergarten')),
            o('child-welfare', L('Barnevernstjenesten', 'Barnevernstenesta', 'Child welfare service')),
            o('specialist', L('Spesialisthelsetjenesten', 'Spesialisthelsetenesta', 'Specialist health service')),
            o('other', L('Annet', 'Anna', 'Other')),
          ],
        },
        { id: 'referralTo', type: 'text', label: L('Henvist til (tjeneste)', 'Tilvist til (teneste)', 'Referred to (service)') },
        { id: 'referralDate', type: 'date', label: L('Dato for henvisning', 'Dato for tilvising', 'Date of referral') },
        {
          id: 'verifyDate',
          type: 'date',
          label: L('Dato for å sjekke at barnet faktisk fikk hjelp', 'Dato for å sjekke at barnet faktisk fekk hjelp', 'Date to check that the child actually got help'),
          help: L('Revisjonen fant at mange ikke sjekker dette (002, anbefaling).', 'Revisjonen fann at mange ikkje sjekkar dette (002, tilråding).', 'The audit found many do not check this (002, recommendation).'),
        },
      ],
    },
    {
      id: 'summary',
      part: 'summary',
      core: true,
      title: L('Oppsummering og journalnotat', 'Oppsummering og journalnotat', 'Summary and journal note'),
      questions: [],
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
      ],
    },
    {
      id: 'age',
      type: 'choice',
      core: true,
      label: L('Alder', 'Alder', 'Age'),
      options: ['0–2', '3–5', '6–9', '10–12', '13–15', '16–17'].map((v) => o(v, L(`${v} år`, `${v} år`, `${v} years`))),
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
    { id: 'carerIfAdmitted', type: 'text', label: L('Hvem tar seg av barnet hvis omsorgspersonen legges inn?', 'Kven tek seg av barnet viss omsorgspersonen blir lagd inn?', 'Who looks after the child if the carer is admitted?') },
    { id: 'network', type: 'text', label: L('Andre viktige personer i barnets nettverk', 'Andre viktige personar i nettverket til barnet', "Others who matter in the child's network") },
    {
      id: 'informed',
      type: 'choice',
      core: true,
      label: L('Er barnet informert om pasientens tilstand?', 'Er barnet informert om tilstanden til pasienten?', "Has the child been informed about the patient's condition?"),
      options: [o('yes', yes), o('partly', L('Delvis', 'Delvis', 'Partly')), o('no', no)],
    },
    { id: 'concernExpressed', type: 'yesno', label: L('Er det uttrykt bekymring for barnets situasjon?', 'Er det uttrykt uro for situasjonen til barnet?', "Has concern been expressed about the child's situation?") },
    { id: 'parentsAssessment', type: 'choice', core: true, label: L('Foreldrenes vurdering av barnets behov', 'Vurderinga til foreldra av behovet til barnet', "The parents' assessment of the child's need"), options: needOptions },
    { id: 'professionalAssessment', type: 'choice', core: true, label: L('Din faglige vurdering av barnets behov', 'Den faglege vurderinga di av behovet til barnet', "Your professional assessment of the child's need"), options: needOptions },
  ],
};
