import { localized, type LocalizedText } from '../i18n/lang.js';

/** The roles in the routine for children as next of kin (DOMAIN §3). */
export const ROLE_IDS = [
  'helsepersonell',
  'annet-personell',
  'barneansvarlig',
  'enhetsleder',
  'avdelingsleder',
  'kommunal-koordinator',
  'barnekoordinator',
  'fastlege',
  'helsestasjon',
  'familiesenter',
  'barnehage-skole',
  'barnevern',
  'ppt',
  'spesialisthelsetjeneste',
  'erfaringskonsulent',
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export interface Role {
  id: RoleId;
  name: LocalizedText;
  summary: LocalizedText;
  /** What the role does. */
  does: LocalizedText[];
  /** What the role does not do: the audit found roles were unclear (002 §3.3). */
  doesNot: LocalizedText[];
  /** Law or source the role rests on, as cited in the sources. */
  legalBasis?: string;
}

const L = localized;

export const defaultRoles: readonly Role[] = [
  {
    id: 'helsepersonell',
    name: L('Helsepersonell', 'Helsepersonell', 'Health personnel'),
    summary: L(
      'Har en lovpålagt plikt til å finne ut om pasienten har mindreårige barn eller søsken, og ivareta barnas behov for informasjon og oppfølging.',
      'Har ei lovpålagd plikt til å finne ut om pasienten har mindreårige barn eller sysken, og ta vare på behovet borna har for informasjon og oppfølging.',
      'Has a legal duty to find out whether the patient has minor children or siblings, and to look after their need for information and follow-up.',
    ),
    does: [
      L('Avklarer om pasienten har barn eller søsken under 18 år, også ste-, foster- og adoptivbarn.', 'Avklarar om pasienten har born eller sysken under 18 år, også ste-, foster- og adoptivborn.', 'Clarifies whether the patient has children or siblings under 18, including step, foster and adopted children.'),
      L('Snakker med pasienten om barnet, gir informasjon og veiledning og innhenter samtykke til oppfølging.', 'Snakkar med pasienten om barnet, gir informasjon og rettleiing og hentar inn samtykke til oppfølging.', 'Talks with the patient about the child, offers information and guidance, and obtains consent for follow-up.'),
      L('Hjelper barnet og omsorgspersonene å få informasjon om sykdom, behandling og besøk.', 'Hjelper barnet og omsorgspersonane å få informasjon om sjukdom, behandling og besøk.', 'Helps the child and carers get information about the illness, treatment and visits.'),
      L('Dokumenterer i pasientens journal.', 'Dokumenterer i journalen til pasienten.', "Documents in the patient's journal."),
    ],
    doesNot: [
      L('Oppretter ikke journal for barnet: barnet er ikke pasient her.', 'Opprettar ikkje journal for barnet: barnet er ikkje pasient her.', 'Does not create a journal for the child: the child is not the patient here.'),
    ],
    legalBasis: 'Helsepersonelloven § 10 a og § 10 b',
  },
  {
    id: 'annet-personell',
    name: L('Annet personell i tjenestene', 'Anna personell i tenestene', 'Other staff in the services'),
    summary: L(
      'For eksempel NAV sosialtjenesten og familieveiledning. Er ikke bundet av helsepersonelloven § 10 a, men omfattes av kommunens prosedyre.',
      'Til dømes NAV sosialtenesta og familierettleiing. Er ikkje bundne av helsepersonellova § 10 a, men er omfatta av prosedyren til kommunen.',
      'For example NAV social services and family guidance. Not bound by the Health Personnel Act § 10 a, but covered by the municipal procedure.',
    ),
    does: [
      L('Følger kommunens prosedyre og har et barne- og familieperspektiv.', 'Følgjer prosedyren til kommunen og har eit barne- og familieperspektiv.', "Follows the municipality's procedure and keeps a child and family perspective."),
      L('Spør barneansvarlig om råd når de møter barn som pårørende.', 'Spør barneansvarleg om råd når dei møter born som pårørande.', 'Asks the child-responsible staff member for advice when they meet children as next of kin.'),
    ],
    doesNot: [],
    legalBasis: 'Kommunens tverretatlige prosedyre (002 §3.3)',
  },
  {
    id: 'barneansvarlig',
    name: L('Barneansvarlig', 'Barneansvarleg', 'Child-responsible staff member (barneansvarlig)'),
    summary: L(
      'En støttefunksjon for kolleger som møter familier der barn er pårørende. Fremmer og koordinerer enhetens oppfølging av barna.',
      'Ein støttefunksjon for kollegaer som møter familiar der born er pårørande. Fremjar og koordinerer oppfølginga eininga gir borna.',
      "A support for colleagues who meet families where children are next of kin. Promotes and coordinates the unit's follow-up of the children.",
    ),
    does: [
      L('Koordinerer og fremmer arbeidet i egen enhet.', 'Koordinerer og fremjar arbeidet i eiga eining.', 'Coordinates and promotes the work in the unit.'),
      L('Informerer og veileder kolleger.', 'Informerer og rettleier kollegaer.', 'Informs and guides colleagues.'),
      L('Har oversikt over aktuelle hjelpeinstanser internt og eksternt.', 'Har oversikt over aktuelle hjelpeinstansar internt og eksternt.', 'Keeps an overview of relevant help services, internal and external.'),
      L('Har god kunnskap om situasjonen og behovene til barn som pårørende.', 'Har god kunnskap om situasjonen og behova til born som pårørande.', 'Knows the situation and needs of children as next of kin.'),
      L('Har god kunnskap om samtaler med barn.', 'Har god kunnskap om samtalar med born.', 'Knows how to talk with children.'),
    ],
    doesNot: [
      L('Tar ikke over ivaretakelsen av barna: hjelper deg å ivareta pasientens barn selv.', 'Tek ikkje over omsorga for borna: hjelper deg å ta vare på borna til pasienten sjølv.', "Does not take over the care of the children: helps you look after the patient's children yourself."),
      L('Er ikke det samme som barnekoordinator.', 'Er ikkje det same som barnekoordinator.', 'Is not the same as a child coordinator (barnekoordinator).'),
    ],
    legalBasis: 'Lovpålagt i spesialisthelsetjenesten (spesialisthelsetjenesteloven § 3-7 a), frivillig i kommunen (002 §3.3.1)',
  },
  {
    id: 'enhetsleder',
    name: L('Enhetsleder', 'Einingsleiar', 'Unit leader'),
    summary: L('Sørger for at enheten har barneansvarlig, og at rollen er kjent.', 'Syter for at eininga har barneansvarleg, og at rolla er kjend.', 'Makes sure the unit has a child-responsible staff member, and that the role is known.'),
    does: [
      L('Utpeker barneansvarlig.', 'Peikar ut barneansvarleg.', 'Appoints the child-responsible staff member.'),
      L('Sikrer at barneansvarlig har nødvendig kompetanse og tid.', 'Sikrar at barneansvarleg har naudsynt kompetanse og tid.', 'Ensures they have the competence and time needed.'),
      L('Sikrer at rollen er kjent for de ansatte.', 'Sikrar at rolla er kjend for dei tilsette.', 'Ensures staff know the role.'),
    ],
    doesNot: [],
    legalBasis: '002 §3.3.2',
  },
  {
    id: 'avdelingsleder',
    name: L('Avdelingsleder', 'Avdelingsleiar', 'Department leader'),
    summary: L('Sørger for at ansatte vet hvem barneansvarlig er, og at avdelingen har systemer for arbeidet.', 'Syter for at dei tilsette veit kven som er barneansvarleg, og at avdelinga har system for arbeidet.', 'Makes sure staff know who the child-responsible staff member is and that the department has systems for the work.'),
    does: [
      L('Gjør rutinen og barneansvarlig kjent i avdelingen.', 'Gjer rutinen og barneansvarleg kjend i avdelinga.', 'Makes the routine and the child-responsible staff member known in the department.'),
    ],
    doesNot: [],
    legalBasis: '002 §3.3',
  },
  {
    id: 'kommunal-koordinator',
    name: L('Kommunal koordinator', 'Kommunal koordinator', 'Municipal coordinator'),
    summary: L('Koordinerer kommunens arbeid med barn som pårørende og den tverretatlige prosedyren.', 'Koordinerer arbeidet kommunen gjer med born som pårørande og den tverretatlege prosedyren.', "Coordinates the municipality's work with children as next of kin and the cross-agency procedure."),
    does: [
      L('Er kontaktpunkt når enheten ikke har barneansvarlig.', 'Er kontaktpunkt når eininga ikkje har barneansvarleg.', 'Is the contact when the unit has no child-responsible staff member.'),
      L('Holder prosedyren oppdatert på tvers av etatene.', 'Held prosedyren oppdatert på tvers av etatane.', 'Keeps the procedure up to date across agencies.'),
    ],
    doesNot: [],
    legalBasis: '002',
  },
  {
    id: 'barnekoordinator',
    name: L('Barnekoordinator', 'Barnekoordinator', 'Child coordinator (barnekoordinator)'),
    summary: L(
      'En annen rolle: for familier som har eller venter barn med alvorlig sykdom eller funksjonsnedsettelse og trenger langvarige, koordinerte tjenester.',
      'Ei anna rolle: for familiar som har eller ventar born med alvorleg sjukdom eller funksjonsnedsetjing og treng langvarige, koordinerte tenester.',
      'A different role: for families who have or expect a child with serious illness or disability needing long-term coordinated services.',
    ),
    does: [
      L('Koordinerer tjenestene rundt det syke barnet og familien.', 'Koordinerer tenestene rundt det sjuke barnet og familien.', 'Coordinates the services around the ill child and the family.'),
    ],
    doesNot: [
      L('Er ikke barneansvarlig: barneansvarlig støtter kolleger som møter barn som pårørende.', 'Er ikkje barneansvarleg: barneansvarleg støttar kollegaer som møter born som pårørande.', 'Is not the child-responsible staff member, who supports colleagues meeting children as next of kin.'),
    ],
    legalBasis: 'Helse- og omsorgstjenesteloven § 7-2 a (fra 1. august 2022)',
  },
  {
    id: 'fastlege',
    name: L('Fastlege', 'Fastlege', 'GP (fastlege)'),
    summary: L('Ser ofte en forelders sykdom først, og skal kartlegge og dokumentere barn.', 'Ser ofte sjukdommen til ein forelder først, og skal kartleggje og dokumentere born.', "Often the first to see a parent's illness; must identify and document children."),
    does: [
      L('Spør om barn og søsken og dokumenterer i journalen.', 'Spør om born og sysken og dokumenterer i journalen.', 'Asks about children and siblings and documents it.'),
      L('Kan motta informasjon om barnet når pasienten samtykker.', 'Kan få informasjon om barnet når pasienten samtykkjer.', 'Can receive information about the child when the patient consents.'),
    ],
    doesNot: [
      L('Er ofte selvstendig næringsdrivende og utenfor kommunens prosedyre.', 'Er ofte sjølvstendig næringsdrivande og utanfor prosedyren til kommunen.', "Is often self-employed and outside the municipality's procedure."),
    ],
    legalBasis: 'Helsepersonelloven § 10 a; Pårørendeveileder',
  },
  {
    id: 'helsestasjon',
    name: L('Helsestasjon og skolehelsetjeneste', 'Helsestasjon og skulehelseteneste', 'Health station and school health service'),
    summary: L('Fanger opp barn med behov og tar imot henvisninger fra voksentjenestene.', 'Fangar opp born med behov og tek imot tilvisingar frå vaksentenestene.', 'Picks up children with needs; the main receiver of referrals from adult services.'),
    does: [
      L('Følger opp barnet og oppretter barnets egen journal ved henvisning.', 'Følgjer opp barnet og opprettar eigen journal for barnet ved tilvising.', "Follows up the child and creates the child's own journal on referral."),
    ],
    doesNot: [],
  },
  {
    id: 'familiesenter',
    name: L('Familiesenter og barne- og familiehjelp', 'Familiesenter og barne- og familiehjelp', 'Family centre and family help'),
    summary: L('Lavterskel veiledning for barn og foreldre. Krever ikke henvisning.', 'Lågterskel rettleiing for born og foreldre. Krev ikkje tilvising.', 'Low-threshold guidance for children and parents. No referral needed.'),
    does: [
      L('Tilbyr samtaler, grupper og foreldrekurs.', 'Tilbyr samtalar, grupper og foreldrekurs.', 'Offers talks, groups and parent courses.'),
    ],
    doesNot: [],
  },
  {
    id: 'barnehage-skole',
    name: L('Barnehage og skole', 'Barnehage og skule', 'Kindergarten and school'),
    summary: L('Har ingen lovpålagt pårørendeplikt, men møter barnet hver dag og er viktige for å oppdage behov tidlig.', 'Har inga lovpålagd pårørandeplikt, men møter barnet kvar dag og er viktige for å oppdage behov tidleg.', 'No statutory next-of-kin duty, but they meet the child every day and are key to early detection.'),
    does: [
      L('Kan gi barnet støtte i hverdagen når foreldrene samtykker til at de informeres.', 'Kan gi barnet støtte i kvardagen når foreldra samtykkjer til at dei blir informerte.', 'Can support the child day to day when the parents consent to informing them.'),
    ],
    doesNot: [],
  },
  {
    id: 'barnevern',
    name: L('Barnevernstjenesten og barnevernvakten', 'Barnevernstenesta og barnevernvakta', 'Child welfare service and after-hours emergency service'),
    summary: L('Tar imot bekymringsmeldinger, kan drøftes med anonymt, og har barnevernvakt utenom kontortid.', 'Tek imot bekymringsmeldingar, kan drøftast med anonymt, og har barnevernvakt utanom kontortid.', 'Receives reports of concern, can be consulted anonymously, and has an emergency service after hours.'),
    does: [
      L('Kan kontaktes for anonym drøfting av en sak.', 'Kan kontaktast for anonym drøfting av ei sak.', 'Can be contacted to discuss a case anonymously.'),
      L('Tar imot melding når det er grunn til å tro at et barn blir mishandlet eller utsatt for alvorlig omsorgssvikt.', 'Tek imot melding når det er grunn til å tru at eit barn blir mishandla eller utsett for alvorleg omsorgssvikt.', 'Receives a report when there is reason to believe a child is mistreated or seriously neglected.'),
    ],
    doesNot: [
      L('Et nei til samtykke er i seg selv ikke grunn til bekymringsmelding.', 'Eit nei til samtykke er i seg sjølv ikkje grunn til bekymringsmelding.', 'A refusal of consent is not in itself a reason to report.'),
    ],
    legalBasis: 'Helsepersonelloven § 33; barnevernsloven § 13-2',
  },
  {
    id: 'ppt',
    name: L('Pedagogisk-psykologisk tjeneste (PPT)', 'Pedagogisk-psykologisk teneste (PPT)', 'Educational-psychological service (PPT)'),
    summary: L('Arbeider med utvikling, læring og trivsel, og gir råd til foreldre, barnehage og skole.', 'Arbeider med utvikling, læring og trivsel, og gir råd til foreldre, barnehage og skule.', 'Works with development, learning and well-being; advises parents, kindergarten and school.'),
    does: [],
    doesNot: [],
  },
  {
    id: 'spesialisthelsetjeneste',
    name: L('Spesialisthelsetjenesten', 'Spesialisthelsetenesta', 'Specialist health service'),
    summary: L('Sykehus og BUP har egne plikter og egne barneansvarlige, og kan sende elektronisk melding til kommunen med samtykke.', 'Sjukehus og BUP har eigne plikter og eigne barneansvarlege, og kan sende elektronisk melding til kommunen med samtykke.', 'Hospitals and child psychiatry have their own duties and child-responsible staff, and can send electronic messages to the municipality with consent.'),
    does: [
      L('Har lovpålagt barneansvarlig personell.', 'Har lovpålagt barneansvarleg personell.', 'Has statutory child-responsible personnel.'),
    ],
    doesNot: [],
    legalBasis: 'Spesialisthelsetjenesteloven § 3-7 a',
  },
  {
    id: 'erfaringskonsulent',
    name: L('Erfaringskonsulent', 'Erfaringskonsulent', 'Experience consultant'),
    summary: L('Har selv vært barn som pårørende og bringer barnets perspektiv inn i arbeidet.', 'Har sjølv vore barn som pårørande og bringar perspektivet til barnet inn i arbeidet.', "Was once a child next of kin and brings the child's perspective into the work."),
    does: [
      L('Bidrar i opplæring av barneansvarlige og i utvikling av tjenestene.', 'Bidreg i opplæring av barneansvarlege og i utvikling av tenestene.', 'Contributes to training child-responsible staff and to developing the services.'),
    ],
    doesNot: [],
  },
];

export function findRole(id: string): Role | undefined {
  return defaultRoles.find((role) => role.id === id);
}
