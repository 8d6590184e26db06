// The intranet's own leader statistics: it receives the widgets' anonymous counts through the
// provider's metrics sink and shows them with a plain label and what each count means, in the
// language chosen on the page. Counts only, never content; kept in memory (a real intranet
// would send these totals to its own statistics service).
const provider = document.querySelector('bsp-provider');
const table = document.querySelector('#leader-stats');
const counts = new Map();

/** [label, what the count means] per language, by `widget · name`. */
const LABELS = {
  'checklist · started': {
    nb: ['Sjekklister startet', 'Hvor mange ganger noen har begynt på sjekklisten for en pasient.'],
    nn: ['Sjekklister starta', 'Kor mange gonger nokon har byrja på sjekklista for ein pasient.'],
    en: ['Checklists started', 'How many times someone began the checklist for a patient.'],
  },
  'checklist · mapping-opened': {
    nb: ['Del 2 åpnet', 'Kartleggingen viste at pasienten har barn, og del 2 om barna ble åpnet.'],
    nn: ['Del 2 opna', 'Kartlegginga viste at pasienten har born, og del 2 om borna vart opna.'],
    en: ['Part 2 opened', 'Screening showed the patient has children, and part 2 about the children opened.'],
  },
  'checklist · followup-planned': {
    nb: ['Oppfølging planlagt', 'Det ble planlagt oppfølging eller henvisning for et barn.'],
    nn: ['Oppfølging planlagd', 'Det vart planlagt oppfølging eller tilvising for eit barn.'],
    en: ['Follow-up planned', 'Follow-up or a referral was planned for a child.'],
  },
  'checklist · completed': {
    nb: ['Sjekklister fullført', 'Sjekklisten ble gått gjennom til oppsummeringen og journalnotatet.'],
    nn: ['Sjekklister fullførte', 'Sjekklista vart gått gjennom til oppsummeringa og journalnotatet.'],
    en: ['Checklists completed', 'The checklist was taken through to the summary and record entry.'],
  },
  'consent · consent-full': {
    nb: ['Fullt samtykke registrert', 'Pasienten samtykket til all informasjonsdeling som ble foreslått.'],
    nn: ['Fullt samtykke registrert', 'Pasienten samtykte til all informasjonsdeling som vart føreslått.'],
    en: ['Full consent recorded', 'The patient consented to all the information sharing proposed.'],
  },
  'consent · consent-partial': {
    nb: ['Delvis samtykke registrert', 'Pasienten samtykket til noe, men ikke alt.'],
    nn: ['Delvis samtykke registrert', 'Pasienten samtykte til noko, men ikkje alt.'],
    en: ['Partial consent recorded', 'The patient consented to some, but not all, of it.'],
  },
  'consent · consent-refused': {
    nb: ['Samtykke ikke gitt', 'Pasienten sa nei til informasjonsdeling.'],
    nn: ['Samtykke ikkje gitt', 'Pasienten sa nei til informasjonsdeling.'],
    en: ['Consent refused', 'The patient said no to information sharing.'],
  },
  'role-panel · unit-looked-up': {
    nb: ['Enhet slått opp', 'Noen søkte opp hvem som er barneansvarlig i en enhet.'],
    nn: ['Eining slått opp', 'Nokon søkte opp kven som er barneansvarleg i ei eining.'],
    en: ['Unit looked up', 'Someone looked up who the child-responsible staff member is in a unit.'],
  },
  'role-panel · unit-without-barneansvarlig': {
    nb: ['Enhet uten barneansvarlig', 'En enhet som ble slått opp, har ingen barneansvarlig registrert. Bør rettes.'],
    nn: ['Eining utan barneansvarleg', 'Ei eining som vart slått opp, har ingen barneansvarleg registrert. Bør rettast.'],
    en: ['Unit without a child-responsible staff member', 'A unit that was looked up has none registered. Worth fixing.'],
  },
  'role-panel · role-opened': {
    nb: ['Rolle lest', 'Noen åpnet beskrivelsen av en rolle.'],
    nn: ['Rolle lesen', 'Nokon opna skildringa av ei rolle.'],
    en: ['Role read', 'Someone opened the description of a role.'],
  },
  'finder · service-opened': {
    nb: ['Tilbud åpnet', 'Noen åpnet detaljene om et støttetilbud.'],
    nn: ['Tilbod opna', 'Nokon opna detaljane om eit støttetilbod.'],
    en: ['Service opened', 'Someone opened the details of a support service.'],
  },
  'finder · no-results': {
    nb: ['Søk uten treff', 'Et søk eller filter ga ingen tilbud (søketeksten lagres aldri).'],
    nn: ['Søk utan treff', 'Eit søk eller filter gav ingen tilbod (søkjeteksten blir aldri lagra).'],
    en: ['Searches with no results', 'A search or filter found no service (the search text is never kept).'],
  },
  'finder · printed': {
    nb: ['Liste skrevet ut', 'Noen skrev ut listen over tilbud.'],
    nn: ['Liste skriven ut', 'Nokon skreiv ut lista over tilbod.'],
    en: ['List printed', 'Someone printed the list of services.'],
  },
};

/** The checklist counts each step opened as `step:<id>`. */
const STEPS = {
  screening: { nb: 'Del 1: Kartlegging', nn: 'Del 1: Kartlegging', en: 'Part 1: Screening' },
  children: { nb: 'Del 2: Barna og behovene deres', nn: 'Del 2: Borna og behova deira', en: 'Part 2: The children and their needs' },
  consent: { nb: 'Samtykke', nn: 'Samtykke', en: 'Consent' },
  information: { nb: 'Tilpasset informasjon til barnet', nn: 'Tilpassa informasjon til barnet', en: 'Adapted information for the child' },
  followup: { nb: 'Oppfølging og henvisning', nn: 'Oppfølging og tilvising', en: 'Follow-up and referral' },
  summary: { nb: 'Oppsummering og journalnotat', nn: 'Oppsummering og journalnotat', en: 'Summary and record entry' },
};

const CHROME = {
  nb: { event: 'Hva', count: 'Antall', meaning: 'Hva tallet betyr', step: 'Steg åpnet: {step}', stepHelp: 'Hvor mange ganger dette steget i sjekklisten ble åpnet.', other: 'Annen hendelse' },
  nn: { event: 'Kva', count: 'Tal', meaning: 'Kva talet tyder', step: 'Steg opna: {step}', stepHelp: 'Kor mange gonger dette steget i sjekklista vart opna.', other: 'Anna hending' },
  en: { event: 'What', count: 'Count', meaning: 'What the count means', step: 'Step opened: {step}', stepHelp: 'How many times this checklist step was opened.', other: 'Other event' },
};

const lang = () => (['nb', 'nn', 'en'].includes(provider.getAttribute('lang')) ? provider.getAttribute('lang') : 'nb');

/** A label and an explanation for one count; unknown codes are shown as they are, never dropped. */
function describe(key) {
  const l = lang();
  const known = LABELS[key]?.[l];
  if (known) return known;
  const step = /^checklist · step:(.+)$/.exec(key)?.[1];
  if (step) return [CHROME[l].step.replace('{step}', STEPS[step]?.[l] ?? step), CHROME[l].stepHelp];
  return [key, CHROME[l].other];
}

function cell(tag, text) {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}

function render() {
  const l = lang();
  const head = document.createElement('tr');
  head.append(...[CHROME[l].event, CHROME[l].count, CHROME[l].meaning].map((t) => Object.assign(cell('th', t), { scope: 'col' })));
  table.tHead.replaceChildren(head);
  table.tBodies[0].replaceChildren(
    ...[...counts].map(([key, n]) => {
      const [label, meaning] = describe(key);
      const row = document.createElement('tr');
      row.append(Object.assign(cell('th', label), { scope: 'row' }), cell('td', String(n)), cell('td', meaning));
      return row;
    }),
  );
}

provider.metrics = ({ widget, name, count = 1 }) => {
  const key = `${widget} · ${name}`;
  counts.set(key, (counts.get(key) ?? 0) + count);
  render();
};

// The language switch: one attribute on the provider changes every widget inside it (and this table).
for (const radio of document.querySelectorAll('.lang-switch input')) {
  radio.addEventListener('change', () => {
    provider.setAttribute('lang', radio.value);
    render();
  });
}
render();
