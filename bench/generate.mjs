// Generated data for the browser benchmarks (passed into the page as JSON).
const SITUATIONS = ['mental-illness', 'addiction', 'somatic-illness', 'disability', 'dementia', 'bereavement', 'prison', 'trauma'];
const FORMATS = ['group', 'course', 'phone-chat', 'website', 'individual'];
const WORDS = ['samtalegruppe', 'sorg', 'søsken', 'sysken', 'rus', 'psykisk', 'kreft', 'foreldre', 'ungdom', 'barn', 'kurs', 'chat', 'fengsel', 'demens'];

export function generateServices(size) {
  return Array.from({ length: size }, (_, i) => ({
    id: `s${i}`,
    name: `Tilbud ${i} ${WORDS[i % WORDS.length]}`,
    description: `Beskrivelse ${i}: ${WORDS[(i * 7) % WORDS.length]} og ${WORDS[(i * 3) % WORDS.length]} for familier i kommune ${i % 356}.`,
    audience: [i % 3 ? 'children' : 'parents'],
    format: [FORMATS[i % FORMATS.length]],
    area: [String(1000 + (i % 356))],
    eligibility: { age_min: i % 10, age_max: 10 + (i % 9), situations: [SITUATIONS[i % SITUATIONS.length]] },
    languages: i % 5 ? ['nb'] : ['nb', 'ar'],
    cost: i % 2 ? 'free' : 'unknown',
  }));
}

export function generateDirectory(size) {
  const places = ['Nord', 'Sør', 'Øst', 'Vest', 'Sentrum', 'Fjell', 'Åsane', 'Laksevåg'];
  const kinds = ['Hjemmesykepleien', 'Sykehjem', 'Legevakt', 'Psykisk helse', 'Rustjenesten', 'Helsestasjon', 'Fysioterapi', 'Bofellesskap'];
  return {
    municipality: 'Storby',
    coordinator: { name: 'Kari Koordinator', phone: '+47 00 00 00 00' },
    units: Array.from({ length: size }, (_, i) => ({
      id: `u${i}`,
      name: `${kinds[i % kinds.length]} ${places[(i >> 3) % places.length]} ${i}`,
      agency: i % 2 ? 'Hjemmebaserte tjenester' : 'Helse og omsorg',
      ...(i % 4 ? { barneansvarlig: [{ name: `Ansatt ${i}`, title: 'Sykepleier', phone: '+47 00 00 00 01' }] } : {}),
    })),
  };
}
