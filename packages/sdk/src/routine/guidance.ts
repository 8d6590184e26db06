import { localized, type LocalizedText } from '../i18n/lang.js';
import { ownAnswer } from './condition.js';
import { visibleRecord } from './engine.js';
import { defaultProcedure, LEGAL, type Procedure } from './procedure.js';
import type { ChecklistRecord } from './record.js';

const L = localized;

export type GuidanceId =
  | 'cannot-clarify'
  | 'consent-refused'
  | 'interpreter'
  | 'sibling'
  | 'bereaved'
  | 'fear-of-report'
  | 'rare-case'
  | 'acute'
  | 'duty-to-report';

/**
 * Guidance for the hard situations the old procedure left blank (002 recommendation 3; DOMAIN §7),
 * shown at the moment it arises: right under the question whose answer calls for it.
 */
export interface Guidance {
  id: GuidanceId;
  /** The step where it shows. */
  step: string;
  /** Shown directly under this question (absent: at the top of the step). */
  questionId?: string;
  /** Critical guidance also stays as a banner on every later step, in the summary and the note. */
  critical: boolean;
  severity: 'info' | 'warning' | 'danger';
  title: LocalizedText;
  body: LocalizedText[];
  legalRef?: LocalizedText;
  /** Show a link to the role panel's "who do I ask?". */
  askLink?: boolean;
}

export const guidanceLibrary: Record<GuidanceId, Guidance> = {
  'rare-case': {
    id: 'rare-case',
    step: 'screening',
    critical: false,
    severity: 'info',
    title: L('Sjelden sak? Slik spør du', 'Sjeldan sak? Slik spør du', 'A rare case? How to ask'),
    body: [
      L('Spør alle pasienter, også eldre og de du sjelden tenker har barn: også de kan ha barn eller søsken under 18 år.', 'Spør alle pasientar, også eldre og dei du sjeldan tenkjer har born: også dei kan ha born eller sysken under 18 år.', 'Ask every patient, older ones too and those you rarely think of as parents: they too can have children or siblings under 18.'),
      L('Usikker? Følg sjekklisten steg for steg, og spør barneansvarlig.', 'Usikker? Følg sjekklista steg for steg, og spør barneansvarleg.', 'Unsure? Follow the checklist step by step, and ask the child-responsible staff member.'),
    ],
    askLink: true,
  },
  'fear-of-report': {
    id: 'fear-of-report',
    step: 'screening',
    critical: false,
    severity: 'info',
    title: L('Forslag til ordlyd som ikke virker kontrollerende', 'Framlegg til ordlyd som ikkje verkar kontrollerande', 'Suggested wording that does not sound controlling'),
    body: [
      L('«Vi spør alle om de har barn, fordi barn ofte merker når noen i familien er syke. Mange foreldre synes det er godt å få tips om hvordan de kan snakke med barna.»', '«Vi spør alle om dei har born, fordi born ofte merkar når nokon i familien er sjuke. Mange foreldre synest det er godt å få tips om korleis dei kan snakke med borna.»', '"We ask everyone whether they have children, because children often notice when someone in the family is ill. Many parents find it helpful to get tips on how to talk with their children."'),
      L('Spørsmålene handler om hva barnet trenger, ikke om mistanke mot foreldrene.', 'Spørsmåla handlar om kva barnet treng, ikkje om mistanke mot foreldra.', 'The questions are about what the child needs, not suspicion of the parents.'),
    ],
  },
  'cannot-clarify': {
    id: 'cannot-clarify',
    step: 'screening',
    questionId: 'hasChildren',
    critical: false,
    severity: 'warning',
    title: L('Når det ikke går å avklare om pasienten har barn', 'Når det ikkje går å avklare om pasienten har born', 'When it cannot be clarified whether the patient has children'),
    body: [
      L('Skriv hvorfor det ikke lot seg avklare, og når du spør igjen.', 'Skriv kvifor det ikkje lét seg avklare, og når du spør igjen.', 'Write why it could not be clarified, and when you will ask again.'),
      L('Spør igjen senere i forløpet, og spør andre pårørende eller fastlegen hvis pasienten samtykker.', 'Spør igjen seinare i forløpet, og spør andre pårørande eller fastlegen viss pasienten samtykkjer.', 'Ask again later in the course of treatment, and ask other next of kin or the GP if the patient consents.'),
      L('Drøft med barneansvarlig.', 'Drøft med barneansvarleg.', 'Discuss with the child-responsible staff member.'),
    ],
    askLink: true,
  },
  acute: {
    id: 'acute',
    step: 'screening',
    questionId: 'childWithoutCareNow',
    critical: true,
    severity: 'danger',
    title: L('Barnet trenger omsorg nå', 'Barnet treng omsorg no', 'The child needs care now'),
    body: [
      L('Sørg for at barnet får forsvarlig omsorg av andre, for eksempel den andre forelderen eller nettverket.', 'Syt for at barnet får forsvarleg omsorg av andre, til dømes den andre forelderen eller nettverket.', 'Make sure the child gets proper care from others, for example the other parent or the network.'),
      L('Er du i tvil: ring barnevernstjenesten, eller barnevernvakten utenom kontortid.', 'Er du i tvil: ring barnevernstenesta, eller barnevernvakta utanom kontortid.', 'If in doubt: call the child welfare service, or the child welfare emergency service (barnevernvakt) out of hours.'),
    ],
  },
  'duty-to-report': {
    id: 'duty-to-report',
    step: 'screening',
    questionId: 'neglectConcern',
    critical: true,
    severity: 'danger',
    title: L('Meldeplikt til barnevernet gjelder uansett samtykke', 'Meldeplikta til barnevernet gjeld uansett samtykke', 'The duty to report to child welfare applies regardless of consent'),
    body: [
      L('Når det er grunn til å tro at et barn blir mishandlet, utsatt for alvorlig omsorgssvikt eller har vedvarende alvorlige atferdsvansker, skal du melde fra til barnevernstjenesten. Plikten er personlig.', 'Når det er grunn til å tru at eit barn blir mishandla, utsett for alvorleg omsorgssvikt eller har vedvarande alvorlege åtferdsvanskar, skal du melde frå til barnevernstenesta. Plikta er personleg.', 'When there is reason to believe a child is mistreated, seriously neglected or shows persistent serious behavioural problems, you must report to the child welfare service. The duty is yours personally.'),
      L('Du kan drøfte saken anonymt med barnevernstjenesten først. Skriv hva som er gjort, og når.', 'Du kan drøfte saka anonymt med barnevernstenesta først. Skriv kva som er gjort, og når.', 'You can discuss the case anonymously with the child welfare service first. Record what was done, and when.'),
    ],
    legalRef: LEGAL.dutyToReport,
    askLink: true,
  },
  interpreter: {
    id: 'interpreter',
    step: 'screening',
    questionId: 'interpreter',
    critical: false,
    severity: 'info',
    title: L('Bruk kvalifisert tolk', 'Bruk kvalifisert tolk', 'Use a qualified interpreter'),
    body: [
      // The Interpreter Act § 6 bars children as interpreters (002 l.2404 names the Act).
      L('Bruk kvalifisert tolk, aldri barnet som tolk.', 'Bruk kvalifisert tolk, aldri barnet som tolk.', 'Use a qualified interpreter, never the child.'),
      L('Tilpass informasjonen språklig og kulturelt.', 'Tilpass informasjonen språkleg og kulturelt.', 'Adapt the information linguistically and culturally.'),
    ],
    legalRef: LEGAL.interpreter,
  },
  sibling: {
    id: 'sibling',
    step: 'children',
    critical: false,
    severity: 'info',
    title: L('Søsken som pårørende blir lett oversett', 'Sysken som pårørande blir lett oversette', 'Siblings as next of kin are easily missed'),
    body: [
      L('Når oppmerksomheten er på det syke barnet, trenger søsken egen informasjon og noen å snakke med.', 'Når merksemda er på det sjuke barnet, treng sysken eigen informasjon og nokon å snakke med.', 'When attention is on the ill child, siblings need their own information and someone to talk to.'),
      L('Er pasienten selv et barn, avtaler du oppfølgingen av søsken med foreldrene eller andre omsorgspersoner.', 'Er pasienten sjølv eit barn, avtalar du oppfølginga av sysken med foreldra eller andre omsorgspersonar.', 'If the patient is a child, agree the follow-up of siblings with the parents or other carers.'),
    ],
  },
  bereaved: {
    id: 'bereaved',
    step: 'children',
    critical: false,
    severity: 'info',
    title: L('Barn som etterlatte', 'Barn som etterlatne', 'Bereaved children'),
    body: [
      L('Når en forelder eller et søsken dør, har barnet rett til den samme informasjonen og oppfølgingen.', 'Når ein forelder eller eit sysken døyr, har barnet rett til den same informasjonen og oppfølginga.', 'When a parent or sibling dies, the child has a right to the same information and follow-up.'),
      L('Bidra til at barnet og den som har omsorg for det, får informasjon og tilbud om oppfølging, også etter dødsfallet.', 'Bidra til at barnet og den som har omsorg for det, får informasjon og tilbod om oppfølging, også etter dødsfallet.', 'Help the child and their carer get information and an offer of follow-up, also after the death.'),
    ],
    legalRef: LEGAL.hpl10b,
  },
  'consent-refused': {
    id: 'consent-refused',
    step: 'consent',
    critical: false,
    severity: 'warning',
    title: L('Når pasienten ikke samtykker', 'Når pasienten ikkje samtykkjer', 'When the patient does not consent'),
    body: [
      L('Hold barnet i fokus, og spør igjen senere i forløpet.', 'Hald barnet i fokus, og spør igjen seinare i forløpet.', 'Keep the child in focus, and ask again later in the course of treatment.'),
      L('Hjelp forelderen til selv å informere barnet.', 'Hjelp forelderen til sjølv å informere barnet.', 'Help the parent inform the child themselves.'),
      L('Drøft med barneansvarlig. Barnevernet kan kontaktes for anonym drøfting.', 'Drøft med barneansvarleg. Barnevernet kan kontaktast for anonym drøfting.', 'Discuss with the child-responsible staff member. Child welfare can be consulted anonymously.'),
      L('Et nei til samtykke er i seg selv ikke grunn til bekymringsmelding, men meldeplikten gjelder uansett samtykke.', 'Eit nei til samtykke er i seg sjølv ikkje grunn til bekymringsmelding, men meldeplikta gjeld uansett samtykke.', 'A refusal is not in itself a reason to report, but the duty to report applies regardless of consent.'),
    ],
    askLink: true,
  },
};

/** The guidance the answers call for, in a stable order; only answers that are visible count. */
export function activeGuidance(record: ChecklistRecord, procedure: Procedure = defaultProcedure): Guidance[] {
  const visible = visibleRecord(record, procedure);
  const a = (id: string) => ownAnswer(visible.answers, id);
  const triggers = a('triggers');
  const active: GuidanceId[] = ['rare-case', 'fear-of-report'];
  if (a('hasChildren') === 'unknown') active.push('cannot-clarify');
  if (a('childWithoutCareNow') === 'yes') active.push('acute');
  if (a('neglectConcern') === 'yes') active.push('duty-to-report');
  if (a('interpreter') === 'yes') active.push('interpreter');
  if (visible.children.some((c) => ownAnswer(c.answers, 'relation') === 'sibling')) active.push('sibling');
  if (Array.isArray(triggers) && triggers.includes('death')) active.push('bereaved');
  if (a('consentStatus') === 'refused' || a('consentStatus') === 'partial') active.push('consent-refused');
  return active.map((id) => guidanceLibrary[id]);
}

/** Critical guidance: banner on later steps and in the summary, written into the note. */
export function criticalGuidance(record: ChecklistRecord, procedure: Procedure = defaultProcedure): Guidance[] {
  return activeGuidance(record, procedure).filter((g) => g.critical);
}
