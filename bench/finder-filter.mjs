// One keystroke in <bsp-support-finder> over a generated catalog of 5,000 services: from the
// input event until the filtered list and the facet counts are rendered.
import { withBundle, summary, ms } from './browser.mjs';

const SIZE = 5000;
const samples = await withBundle('bsp-finder.js', (page) =>
  page.evaluate(async (size) => {
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
    const el = document.createElement('bsp-support-finder');
    el.noNational = true;
    el.services = services;
    document.body.append(el);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    const input = el.shadowRoot.querySelector('input[type=search]');
    const typed = 'samtalegruppe sorg søsken psykisk';
    const times = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 1; i <= typed.length; i++) {
        input.value = typed.slice(0, i);
        const t0 = performance.now();
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        times.push(performance.now() - t0);
      }
    }
    return times;
  }, SIZE),
);
const s = summary(samples);
console.log(`finder filter+render per keystroke (5,000 services, headless chromium): median ${ms(s.median)}, p95 ${ms(s.p95)} over ${s.runs} keystrokes`);
