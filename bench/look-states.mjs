// Every step and state of the four widgets that bench/look-compare.mjs photographs. A scenario is
// one fresh page with one drop-in bundle: `setup` mounts the widget as `#shot`, then each step acts
// (through what a user or host does: clicks, typing, properties) and is photographed once the
// page is still. The functions run in the page (serialised): they use only `__look` and `data`.
import { readFileSync } from 'node:fs';

export const WIDTHS = [1280, 320];

const directory = JSON.parse(readFileSync(new URL('../examples/data/sample-directory.json', import.meta.url), 'utf8'));

/** A record with two children, filled far enough that every step has answers to show. */
const twoChildren = {
  version: 2,
  procedure: 'bsp-national-default',
  answers: { hasChildren: 'yes', childPresentNow: 'no', childWithoutCareNow: 'no', triggers: ['somatic-illness'], neglectConcern: 'yes', reportAction: 'report-sent', reportDate: '2026-11-23' },
  children: [
    { id: 'c1', answers: { relation: 'child', age: '6-9', responsibility: ['parental', 'daily-care'], informed: 'partly', parentsAssessment: 'information', professionalAssessment: 'both', followUpWhere: ['health-station'], referralTo: 'Helsestasjon Sentrum' } },
    { id: 'c2', answers: { relation: 'sibling', age: '13-15', informed: 'no' } },
  ],
  excluded: [],
  consent: { version: 2, entries: [{ id: 'e1', at: '2026-11-23T10:00:00Z', recipient: 'health-station', decision: 'refused', information: [], children: [] }] },
};

/** Half filled: the summary lists what is missing (none of it blocks finishing). */
const withProblems = {
  version: 2,
  procedure: 'bsp-national-default',
  answers: { hasChildren: 'yes', triggers: ['addiction'] },
  children: [{ id: 'a', answers: { relation: 'child' } }],
  excluded: [],
};

const consentRecord = {
  version: 2,
  entries: [
    { id: 'e1', at: '2026-11-20T09:30:00Z', recipient: 'school', decision: 'given', information: ['condition', 'practical'], children: ['c1'], method: 'verbal', recordedBy: 'Sykepleier A' },
    { id: 'e2', at: '2026-11-20T09:31:00Z', recipient: 'health-station', decision: 'refused', information: [], children: [], recordedBy: 'Sykepleier A' },
  ],
};
const childOptions = [
  { id: 'c1', label: 'Barn 1 (eget barn, 8 år)' },
  { id: 'c2', label: 'Barn 2 (søsken, 15 år)' },
];

/** Helpers installed in each page as `window.__look` (a classic script, before the bundle). */
export const pageHelpers = `window.__look = (() => {
  const el = () => document.getElementById('shot');
  /** Every element matching \`selector\` in the shot's shadow trees (an embedded form's too). */
  const all = (selector, root = el().shadowRoot) => {
    const found = [...root.querySelectorAll(selector)];
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot) found.push(...all(selector, host.shadowRoot));
    return found;
  };
  const one = (selector) => {
    const found = all(selector)[0];
    if (!found) throw new Error('no ' + selector);
    return found;
  };
  const text = (node) => node.textContent.replace(/\\s+/g, ' ').trim();
  const markup = (root) => root.innerHTML + [...root.querySelectorAll('*')].map((n) => (n.shadowRoot ? markup(n.shadowRoot) : '')).join('');
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return {
    el, all, one,
    mount(tag, properties = {}, attributes = {}) {
      const node = document.createElement(tag);
      node.id = 'shot';
      for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
      Object.assign(node, properties);
      document.body.replaceChildren(node);
    },
    /** Clicks the button whose text is \`name\` (exactly; a RegExp source when it starts with ^). */
    click(name) {
      const match = (b) => (name.startsWith('^') ? new RegExp(name).test(text(b)) : text(b) === name);
      const button = all('button').find(match);
      if (!button) throw new Error('no button ' + name);
      button.click();
    },
    /** Chooses \`value\` for a question (inputs with ids ending -<question>-<value>). */
    answer(question, value) {
      one('input[id$="-' + question + '-' + value + '"]').click();
    },
    /** Types into a field as a user would: the value, then input. */
    type(selector, value) {
      const input = one(selector);
      input.focus();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    },
    /** A fingerprint of the shot once its updates are done, fonts in and two frames painted. */
    async settle() {
      for (const node of [el(), ...all('*')]) await node.updateComplete;
      await document.fonts.ready;
      await frame();
      const m = markup(el().shadowRoot);
      let h = 0;
      for (let i = 0; i < m.length; i++) h = (h * 31 + m.charCodeAt(i)) | 0;
      return m.length + ':' + h;
    },
  };
})();`;

/** "Neste" until the summary shows (at most 8 times), each step photographed: step-1, step-2, … */
const walk = (name) => ({ name, act: () => __look.click('Neste'), repeat: { until: () => __look.all('.note-preview').length > 0, max: 8 } });

export const SCENARIOS = [
  {
    name: 'checklist-screening',
    bundle: 'bsp-checklist.js',
    tag: 'bsp-child-checklist',
    setup: () => __look.mount('bsp-child-checklist'),
    steps: [
      { name: 'empty' },
      { name: 'has-children', act: () => __look.answer('hasChildren', 'yes') },
      { name: 'duty-to-report', act: () => __look.answer('neglectConcern', 'yes') },
    ],
  },
  {
    // Every step of the two-children walk: screening, children (folded and open), consent, …, summary, finished.
    name: 'checklist-walk',
    bundle: 'bsp-checklist.js',
    tag: 'bsp-child-checklist',
    data: twoChildren,
    setup: (record) => __look.mount('bsp-child-checklist', { record }),
    steps: [
      { name: 'screening' },
      { name: 'children', act: () => __look.click('Neste') },
      { name: 'children-open', act: () => { for (const d of __look.all('details')) d.open = true; } },
      walk('next'),
      // Consent refused for the health station yet a referral there: finishing asks first.
      { name: 'finish-confirm', act: () => __look.click('Fullfør') },
      { name: 'finished', act: () => __look.click('Fullfør likevel') },
    ],
  },
  {
    name: 'checklist-problems',
    bundle: 'bsp-checklist.js',
    tag: 'bsp-child-checklist',
    data: withProblems,
    setup: (record) => __look.mount('bsp-child-checklist', { record }),
    steps: [
      { name: 'screening' },
      walk('next'),
      { name: 'finished', act: () => __look.click('Fullfør') },
    ],
  },
  {
    // A record no checklist can read: the error view names the field.
    name: 'checklist-error',
    bundle: 'bsp-checklist.js',
    tag: 'bsp-child-checklist',
    setup: () => __look.mount('bsp-child-checklist', { record: { version: 2, procedure: 'bsp-national-default', answers: { hasChildren: 42 }, children: 'none' } }),
    steps: [{ name: 'view' }],
  },
  {
    // A misspelt overlay key: named above the checklist.
    name: 'checklist-data-warning',
    bundle: 'bsp-checklist.js',
    tag: 'bsp-child-checklist',
    setup: () => __look.mount('bsp-child-checklist', { overlay: { wordign: [{ id: 'hasChildren', label: 'Har du barn?' }] } }),
    steps: [{ name: 'view' }],
  },
  {
    name: 'consent',
    bundle: 'bsp-consent.js',
    tag: 'bsp-consent-form',
    setup: () => __look.mount('bsp-consent-form', {}, { 'recorded-by': 'Sykepleier A' }),
    steps: [{ name: 'empty' }, { name: 'choosing', act: () => __look.all('input[type="radio"]')[0].click() }],
  },
  {
    name: 'consent-filled',
    bundle: 'bsp-consent.js',
    tag: 'bsp-consent-form',
    data: { record: consentRecord, childOptions },
    setup: (data) => __look.mount('bsp-consent-form', data, { 'recorded-by': 'Sykepleier A' }),
    steps: [{ name: 'history' }, { name: 'printed', media: 'print' }],
  },
  {
    name: 'consent-error',
    bundle: 'bsp-consent.js',
    tag: 'bsp-consent-form',
    setup: () => __look.mount('bsp-consent-form', { record: { version: 2, entries: [{ id: 'e1', decision: 'maybe' }] } }),
    steps: [{ name: 'view' }],
  },
  {
    name: 'finder',
    bundle: 'bsp-finder.js',
    tag: 'bsp-support-finder',
    setup: () => __look.mount('bsp-support-finder'),
    steps: [
      { name: 'empty' },
      { name: 'results', act: () => __look.type('[part="search"]', 'sorg') },
      { name: 'no-results', act: () => __look.type('[part="search"]', 'xqzxqzxqz') },
      { name: 'filters-open', act: () => { __look.type('[part="search"]', ''); __look.one('[part="filters-toggle"]').click(); } },
      { name: 'filtered', act: () => __look.one('input[id$="-free"]').click() },
    ],
  },
  {
    name: 'finder-youth',
    bundle: 'bsp-finder.js',
    tag: 'bsp-support-finder',
    setup: () => __look.mount('bsp-support-finder', {}, { audience: 'youth' }),
    steps: [{ name: 'empty' }],
  },
  {
    // Host data with one broken service: the national services stay, under a warning naming it.
    name: 'finder-data-warning',
    bundle: 'bsp-finder.js',
    tag: 'bsp-support-finder',
    setup: () => __look.mount('bsp-support-finder', { services: [{ id: 'x', name: 42 }] }),
    steps: [{ name: 'view' }],
  },
  {
    name: 'role-panel',
    bundle: 'bsp-role-panel.js',
    tag: 'bsp-role-panel',
    setup: () => __look.mount('bsp-role-panel'),
    steps: [{ name: 'no-directory' }, { name: 'roles', act: () => __look.click('Roller og ansvar') }],
  },
  {
    name: 'role-panel-directory',
    bundle: 'bsp-role-panel.js',
    tag: 'bsp-role-panel',
    data: directory,
    setup: (directory) => __look.mount('bsp-role-panel', { directory }),
    steps: [
      { name: 'empty' },
      { name: 'typed', act: () => __look.type('[part="search"]', 'hel') },
      { name: 'no-results', act: () => __look.type('[part="search"]', 'xqzxqz') },
      {
        name: 'answer',
        act: async () => {
          __look.type('[part="search"]', 'hel');
          await __look.el().updateComplete;
          __look.one('[part="unit-list"] button').click();
        },
      },
    ],
  },
  {
    name: 'role-panel-error',
    bundle: 'bsp-role-panel.js',
    tag: 'bsp-role-panel',
    setup: () => __look.mount('bsp-role-panel', { directory: { municipality: 7, units: 'none' } }),
    steps: [{ name: 'view' }],
  },
];
