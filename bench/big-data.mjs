// Big data (issue 11): a generated 25,000-unit directory in <bsp-role-panel> and a generated
// 50,000-service catalog in <bsp-support-finder>. First render: from insertion until the first
// update completed with the data shown; keystroke: input event until the list is rendered.
import { withBundle, summary, ms } from './browser.mjs';

const UNITS = 25000;
const SERVICES = 50000;
const ROUNDS = 5;

const panel = await withBundle('bsp-role-panel.js', (page) =>
  page.evaluate(
    async ({ size, rounds }) => {
      const places = ['Nord', 'Sør', 'Øst', 'Vest', 'Sentrum', 'Fjell', 'Åsane', 'Laksevåg'];
      const kinds = ['Hjemmesykepleien', 'Sykehjem', 'Legevakt', 'Psykisk helse', 'Rustjenesten', 'Helsestasjon', 'Fysioterapi', 'Bofellesskap'];
      const directory = {
        municipality: 'Storby',
        coordinator: { name: 'Kari Koordinator', phone: '+47 00 00 00 00' },
        units: Array.from({ length: size }, (_, i) => ({
          id: `u${i}`,
          name: `${kinds[i % kinds.length]} ${places[(i >> 3) % places.length]} ${i}`,
          agency: i % 2 ? 'Hjemmebaserte tjenester' : 'Helse og omsorg',
          ...(i % 4 ? { barneansvarlig: [{ name: `Ansatt ${i}`, title: 'Sykepleier', phone: '+47 00 00 00 01' }] } : {}),
        })),
      };
      const first = [];
      const keys = [];
      for (let r = 0; r < rounds; r++) {
        const el = document.createElement('bsp-role-panel');
        const t0 = performance.now();
        el.directory = directory;
        document.body.append(el);
        await el.updateComplete;
        first.push(performance.now() - t0);
        const input = el.shadowRoot.querySelector('#unit-search');
        if (!input || !el.shadowRoot.querySelector('.unit-results li')) throw new Error('role panel did not render units');
        const typed = 'hjemmetjenesten nord';
        for (let i = 1; i <= typed.length; i++) {
          input.value = typed.slice(0, i);
          const t1 = performance.now();
          input.dispatchEvent(new Event('input'));
          await el.updateComplete;
          keys.push(performance.now() - t1);
        }
        el.remove();
      }
      return { first, keys };
    },
    { size: UNITS, rounds: ROUNDS },
  ),
);

const finder = await withBundle('bsp-finder.js', (page) =>
  page.evaluate(
    async ({ size, rounds }) => {
      const situations = ['mental-illness', 'addiction', 'somatic-illness', 'disability', 'dementia', 'bereavement', 'prison', 'trauma'];
      const formats = ['group', 'course', 'phone-chat', 'website', 'individual'];
      const words = ['samtalegruppe', 'sorg', 'søsken', 'sysken', 'rus', 'psykisk', 'kreft', 'foreldre', 'ungdom', 'barn', 'kurs', 'chat', 'fengsel', 'demens'];
      const services = Array.from({ length: size }, (_, i) => ({
        id: `s${i}`,
        name: `Tilbud ${i} ${words[i % words.length]}`,
        description: `Beskrivelse ${i}: ${words[(i * 7) % words.length]} og ${words[(i * 3) % words.length]} for familier i kommune ${i % 356}.`,
        audience: [i % 3 ? 'children' : 'parents'],
        format: [formats[i % formats.length]],
        area: [String(1000 + (i % 356))],
        eligibility: { age_min: i % 10, age_max: 10 + (i % 9), situations: [situations[i % situations.length]] },
        languages: i % 5 ? ['nb'] : ['nb', 'ar'],
        cost: i % 2 ? 'free' : 'unknown',
      }));
      const first = [];
      const keys = [];
      for (let r = 0; r < rounds; r++) {
        const el = document.createElement('bsp-support-finder');
        const t0 = performance.now();
        el.noNational = true;
        el.services = services;
        document.body.append(el);
        await el.updateComplete;
        first.push(performance.now() - t0);
        if (!el.shadowRoot.querySelector('.service')) throw new Error('finder did not render services');
        const input = el.shadowRoot.querySelector('input[type=search]');
        const typed = 'samtalegruppe sorg søsken psykisk';
        for (let i = 1; i <= typed.length; i++) {
          input.value = typed.slice(0, i);
          const t1 = performance.now();
          input.dispatchEvent(new Event('input'));
          await el.updateComplete;
          keys.push(performance.now() - t1);
        }
        el.remove();
      }
      return { first, keys };
    },
    { size: SERVICES, rounds: ROUNDS },
  ),
);

const line = (what, samples) => {
  const s = summary(samples);
  return `${what}: median ${ms(s.median)}, p95 ${ms(s.p95)} (${s.runs} runs)`;
};
console.log(line(`role panel first render, ${UNITS.toLocaleString('en')} units`, panel.first));
console.log(line(`role panel keystroke, ${UNITS.toLocaleString('en')} units`, panel.keys));
console.log(line(`finder first render, ${SERVICES.toLocaleString('en')} services`, finder.first));
console.log(line(`finder keystroke, ${SERVICES.toLocaleString('en')} services`, finder.keys));
