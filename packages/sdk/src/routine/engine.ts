import { localized, type LocalizedText } from '../i18n/lang.js';
import type { ChecklistRecord } from './record.js';
import type { Procedure, Step } from './procedure.js';

const L = localized;

/** Any answer in part 1 that calls for it opens part 2 (TrygtBarn pattern, 003). */
export function screeningOpensMapping(record: ChecklistRecord): boolean {
  const a = record.answers;
  const triggers = Array.isArray(a['triggers']) ? a['triggers'] : [];
  return a['hasChildren'] === 'yes' || a['childNeedsCareNow'] === 'yes' || a['neglectConcern'] === 'yes' || (a['hasChildren'] !== 'no' && triggers.length > 0);
}

/** The steps to show now: part 2 only when screening calls for it. */
export function visibleSteps(procedure: Procedure, record: ChecklistRecord): Step[] {
  const mapping = screeningOpensMapping(record);
  return procedure.steps.filter((step) => step.part !== 'mapping' || mapping);
}

export type GuidanceId =
  | 'cannot-clarify'
  | 'consent-refused'
  | 'interpreter'
  | 'sibling'
  | 'fear-of-report'
  | 'rare-case'
  | 'acute'
  | 'duty-to-report';

export interface Guidance {
  id: GuidanceId;
  /** The step where it shows. */
  step: string;
  severity: 'info' | 'warning' | 'danger';
  title: LocalizedText;
  body: LocalizedText[];
  legalRef?: string;
  /** Show a link to the role panel's "who do I ask?". */
  askLink?: boolean;
}

/** Guidance for the hard situations the old procedure left blank (002, recommendation 3; DOMAIN §7). */
export const guidanceLibrary: Record<GuidanceId, Guidance> = {
  'rare-case': {
    id: 'rare-case',
    step: 'screening',
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
    severity: 'info',
    title: L('Forslag til ordlyd som ikke virker kontrollerende', 'Framlegg til ordlyd som ikkje verkar kontrollerande', 'Suggested wording that does not sound controlling'),
    body: [
      L('«Vi spør alle om de har barn, fordi barn ofte merker når noen i familien er syke. Mange foreldre synes det er godt å få tips om hvordan de kan snakke med barna.»', '«Vi spør alle om dei har born, fordi born ofte merkar når nokon i familien er sjuke. Mange foreldre synest det er godt å få tips om korleis dei kan snakke med borna.»', '"We ask everyone whether they have children, because children often notice when someone in the family is ill. Many parents find it helpful to get tips on how to talk with their children."'),
      L('Spørsmålene handler om barnets behov, ikke om mistanke mot foreldrene.', 'Spørsmåla handlar om behova til barnet, ikkje om mistanke mot foreldra.', "The questions are about the child's needs, not suspicion of the parents."),
    ],
  },
  'cannot-clarify': {
    id: 'cannot-clarify',
    step: 'screening',
    severity: 'warning',
    title: L('Når det ikke går å avklare om pasienten har barn', 'Når det ikkje går å avklare om pasienten har born', 'When it cannot be clarified whether the patient has children'),
    body: [
      L('Dokumenter at det ikke lot seg avklare, og hvorfor.', 'Dokumenter at det ikkje lét seg avklare, og kvifor.', 'Document that it could not be clarified, and why.'),
      L('Spør igjen senere i forløpet, og spør andre pårørende eller fastlegen hvis pasienten samtykker.', 'Spør igjen seinare i forløpet, og spør andre pårørande eller fastlegen viss pasienten samtykkjer.', 'Ask again later in the course of treatment, and ask other next of kin or the GP if the patient consents.'),
      L('Drøft med barneansvarlig.', 'Drøft med barneansvarleg.', 'Discuss with the child-responsible staff member.'),
    ],
    askLink: true,
  },
  acute: {
    id: 'acute',
    step: 'screening',
    severity: 'danger',
    title: L('Barnet trenger omsorg nå', 'Barnet treng omsorg no', 'The child needs care now'),
    body: [
      L('Sørg for at barnet får forsvarlig omsorg av andre, for eksempel den andre forelderen eller nettverket.', 'Syt for at barnet får forsvarleg omsorg av andre, til dømes den andre forelderen eller nettverket.', 'Make sure the child gets proper care from others, for example the other parent or the network.'),
      L('Er du i tvil: ring barnevernstjenesten, eller barnevernvakten utenom kontortid.', 'Er du i tvil: ring barnevernstenesta, eller barnevernvakta utanom kontortid.', 'If in doubt: call the child welfare service, or the emergency service after hours.'),
    ],
    legalRef: '002 §4.3.1',
  },
  'duty-to-report': {
    id: 'duty-to-report',
    step: 'screening',
    severity: 'danger',
    title: L('Meldeplikt til barnevernet gjelder uansett samtykke', 'Meldeplikta til barnevernet gjeld uansett samtykke', 'The duty to report to child welfare applies regardless of consent'),
    body: [
      L('Når det er grunn til å tro at et barn blir mishandlet eller utsatt for alvorlig omsorgssvikt, skal du melde fra til barnevernstjenesten. Plikten er personlig.', 'Når det er grunn til å tru at eit barn blir mishandla eller utsett for alvorleg omsorgssvikt, skal du melde frå til barnevernstenesta. Plikta er personleg.', 'When there is reason to believe a child is mistreated or seriously neglected, you must report to the child welfare service. The duty is yours personally.'),
      L('Du kan drøfte saken anonymt med barnevernstjenesten først.', 'Du kan drøfte saka anonymt med barnevernstenesta først.', 'You can discuss the case anonymously with the child welfare service first.'),
    ],
    legalRef: 'Helsepersonelloven § 33; barnevernsloven § 13-2',
    askLink: true,
  },
  interpreter: {
    id: 'interpreter',
    step: 'information',
    severity: 'info',
    title: L('Bruk kvalifisert tolk', 'Bruk kvalifisert tolk', 'Use a qualified interpreter'),
    body: [
      L('Bruk kvalifisert tolk, aldri barnet som tolk (tolkeloven).', 'Bruk kvalifisert tolk, aldri barnet som tolk (tolkelova).', 'Use a qualified interpreter, never the child (Interpreter Act).'),
      L('Tilpass informasjonen språklig og kulturelt.', 'Tilpass informasjonen språkleg og kulturelt.', 'Adapt the information linguistically and culturally.'),
    ],
  },
  sibling: {
    id: 'sibling',
    step: 'children',
    severity: 'info',
    title: L('Søsken som pårørende blir lett oversett', 'Sysken som pårørande blir lett oversette', 'Siblings as next of kin are easily missed'),
    body: [
      L('Når oppmerksomheten er på det syke barnet, trenger søsken egen informasjon og noen å snakke med.', 'Når merksemda er på det sjuke barnet, treng sysken eigen informasjon og nokon å snakke med.', 'When attention is on the ill child, siblings need their own information and someone to talk to.'),
    ],
  },
  'consent-refused': {
    id: 'consent-refused',
    step: 'consent',
    severity: 'warning',
    title: L('Når pasienten ikke samtykker', 'Når pasienten ikkje samtykkjer', 'When the patient does not consent'),
    body: [
      L('Hold barnet i fokus, og spør igjen senere i forløpet.', 'Hald barnet i fokus, og spør igjen seinare i forløpet.', 'Keep the child in focus, and ask again later in the course of treatment.'),
      L('Styrk forelderens evne til selv å informere barnet.', 'Styrk evna forelderen har til sjølv å informere barnet.', "Strengthen the parent's ability to inform the child themselves."),
      L('Drøft med barneansvarlig. Barnevernet kan kontaktes anonymt.', 'Drøft med barneansvarleg. Barnevernet kan kontaktast anonymt.', 'Discuss with the child-responsible staff member. Child welfare can be consulted anonymously.'),
      L('Et nei til samtykke er i seg selv ikke grunn til bekymringsmelding, men meldeplikten gjelder uansett samtykke.', 'Eit nei til samtykke er i seg sjølv ikkje grunn til bekymringsmelding, men meldeplikta gjeld uansett samtykke.', 'A refusal is not in itself a reason to report, but the duty to report applies regardless of consent.'),
    ],
    askLink: true,
  },
};

/** The guidance the answers call for, in a stable order. */
export function activeGuidance(record: ChecklistRecord): Guidance[] {
  const a = record.answers;
  const active: GuidanceId[] = ['rare-case', 'fear-of-report'];
  if (a['hasChildren'] === 'unknown') active.push('cannot-clarify');
  if (a['childNeedsCareNow'] === 'yes') active.push('acute');
  if (a['neglectConcern'] === 'yes') active.push('duty-to-report');
  if (record.children.some((c) => c.answers['relation'] === 'sibling')) active.push('sibling');
  if (a['consentStatus'] === 'refused') active.push('consent-refused');
  if (a['interpreter'] === 'yes') active.push('interpreter');
  return active.map((id) => guidanceLibrary[id]);
}
