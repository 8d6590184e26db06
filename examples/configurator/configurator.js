// The configurator: a form generated from the directory's JSON Schema (the one @bsp/sdk ships,
// made from the zod schema the role panel validates with), a live <bsp-role-panel> preview and
// the JSON to copy. Plain ES module, no build step. In bokmål, nynorsk or English (`?lang=nn`):
// the page is for a municipality's web editors. What is wrong is shown at the field, in the
// editor's language and words, as the role panel's own validator finds it (its `bsp-error`).
const SCHEMA_URL = '/packages/sdk/dist/schemas/directory.schema.json';
const LANG = ['nb', 'nn', 'en'].find((l) => l === new URLSearchParams(location.search).get('lang')) ?? 'nb';

/** Field names in the schema → labels for the editor. Unknown names are shown as they are. */
const LABELS = {
  nb: {
    municipality: 'Kommune', coordinator: 'Kommunens koordinator', links: 'Lenker', units: 'Enheter',
    id: 'Id (unik, uten mellomrom)', name: 'Navn', title: 'Stilling', phone: 'Telefon', email: 'E-post',
    reachable: 'Treffes', agency: 'Tjenesteområde', parentId: 'Overordnet enhet (id)',
    barneansvarlig: 'Barneansvarlige', deputy: 'Stedfortreder', leader: 'Leder', label: 'Tekst', href: 'Adresse',
  },
  nn: {
    municipality: 'Kommune', coordinator: 'Koordinatoren i kommunen', links: 'Lenkjer', units: 'Einingar',
    id: 'Id (unik, utan mellomrom)', name: 'Namn', title: 'Stilling', phone: 'Telefon', email: 'E-post',
    reachable: 'Treffast', agency: 'Tenesteområde', parentId: 'Overordna eining (id)',
    barneansvarlig: 'Barneansvarlege', deputy: 'Stadfortredar', leader: 'Leiar', label: 'Tekst', href: 'Adresse',
  },
  en: {
    municipality: 'Municipality', coordinator: 'Municipal coordinator', links: 'Links', units: 'Units',
    id: 'Id (unique, no spaces)', name: 'Name', title: 'Position', phone: 'Phone', email: 'Email',
    reachable: 'Available', agency: 'Service area', parentId: 'Parent unit (id)',
    barneansvarlig: 'Child-responsible staff members', deputy: 'Deputy', leader: 'Leader', label: 'Text', href: 'Address',
  },
}[LANG];
const ITEM = {
  nb: { units: 'enhet', barneansvarlig: 'barneansvarlig', links: 'lenke' },
  nn: { units: 'eining', barneansvarlig: 'barneansvarleg', links: 'lenkje' },
  en: { units: 'unit', barneansvarlig: 'child-responsible staff member', links: 'link' },
}[LANG];
const TEXT = {
  nb: { add: 'Legg til {item}', remove: 'Fjern {item} {n}', copied: 'JSON-en er kopiert.', copyFailed: 'Kunne ikke kopiere automatisk: merk teksten under og kopier den.', fix: 'Rett dette før du publiserer:', fixJson: 'JSON-en under har feil: rett dem i skjemaet før du publiserer den.' },
  nn: { add: 'Legg til {item}', remove: 'Fjern {item} {n}', copied: 'JSON-en er kopiert.', copyFailed: 'Kunne ikkje kopiere automatisk: merk teksten under og kopier han.', fix: 'Rett dette før du publiserer:', fixJson: 'JSON-en under har feil: rett dei i skjemaet før du publiserer han.' },
  en: { add: 'Add {item}', remove: 'Remove {item} {n}', copied: 'The JSON is copied.', copyFailed: 'Could not copy automatically: select the text below and copy it.', fix: 'Fix this before you publish:', fixJson: 'The JSON below has mistakes: fix them in the form before you publish it.' },
}[LANG];
const say = (key, params = {}) => TEXT[key].replace(/\{(\w+)\}/g, (_, name) => params[name] ?? '');
const label = (key) => LABELS[key] ?? key;

let uid = 0;

/**
 * Renders one field of the schema into `parent`, reading and writing `model[key]`. `path` is the
 * field's place in the JSON (`units.0.name`): where the role panel's findings are shown.
 */
function renderField(schema, model, key, parent, required, onChange, rerender, path) {
  if (key === '$schema') return;
  if (schema.type === 'string') {
    const id = `f${uid++}`;
    const field = document.createElement('div');
    field.className = 'field';
    const wrapper = document.createElement('label');
    wrapper.htmlFor = id;
    wrapper.textContent = label(key);
    // The mark sits with the label text (screen readers hear "required" from the input itself).
    if (required) {
      const mark = document.createElement('span');
      mark.className = 'required-mark';
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = ' *';
      wrapper.append(mark);
    }
    const input = document.createElement('input');
    input.id = id;
    input.name = key;
    input.dataset.path = path;
    input.type = schema.format === 'email' ? 'email' : 'text';
    input.required = required;
    input.value = model[key] ?? '';
    input.addEventListener('input', () => {
      model[key] = input.value;
      onChange();
    });
    const error = document.createElement('p');
    error.id = `${id}-error`;
    error.className = 'field-error';
    error.hidden = true;
    field.append(wrapper, input, error);
    parent.append(field);
    return;
  }
  if (schema.type === 'object') {
    model[key] ??= {};
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = label(key);
    fieldset.append(legend);
    renderObject(schema, model[key], fieldset, onChange, rerender, path);
    parent.append(fieldset);
    return;
  }
  if (schema.type === 'array' && schema.items?.type === 'object') {
    model[key] ??= [];
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = label(key);
    fieldset.append(legend);
    model[key].forEach((item, i) => {
      const itemSet = document.createElement('fieldset');
      itemSet.dataset.item = `${key}:${i}`;
      const itemLegend = document.createElement('legend');
      itemLegend.textContent = `${ITEM[key] ?? label(key)} ${i + 1}`;
      itemSet.append(itemLegend);
      renderObject(schema.items, item, itemSet, onChange, rerender, `${path}.${i}`);
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = say('remove', { item: ITEM[key] ?? '', n: i + 1 }).replace(/\s+/g, ' ');
      remove.addEventListener('click', () => {
        model[key].splice(i, 1);
        rerender();
      });
      itemSet.append(remove);
      fieldset.append(itemSet);
    });
    const add = document.createElement('button');
    add.type = 'button';
    add.textContent = say('add', { item: ITEM[key] ?? label(key).toLowerCase() });
    add.addEventListener('click', () => {
      model[key].push({});
      rerender(`${key}:${model[key].length - 1}`);
    });
    fieldset.append(add);
    parent.append(fieldset);
  }
}

function renderObject(schema, model, parent, onChange, rerender, path = '') {
  const required = new Set(schema.required ?? []);
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    renderField(property, model, key, parent, required.has(key), onChange, rerender, path ? `${path}.${key}` : key);
  }
}

/**
 * The role panel's findings at their fields: the message under the input, which is marked
 * invalid and described by it. Findings without a field of their own (a unit's parentId ring
 * is at a field; "no units" is not) are listed above the form, in words, never as a JSON path.
 */
function showIssues(form, summary, notice, issues) {
  for (const input of form.querySelectorAll('input[aria-invalid]')) {
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  }
  for (const error of form.querySelectorAll('.field-error')) {
    error.hidden = true;
    error.textContent = '';
  }
  const elsewhere = [];
  // The panel may report one reading twice (its validator loading, then the data): once each.
  const seen = new Set();
  for (const issue of issues) {
    const key = `${issue.path}\n${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const input = form.querySelector(`input[data-path="${CSS.escape(issue.path)}"]`);
    if (!input) {
      elsewhere.push(issue);
      continue;
    }
    const error = document.getElementById(`${input.id}-error`);
    error.textContent = error.textContent ? `${error.textContent}; ${issue.message}` : issue.message;
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', error.id);
  }
  summary.replaceChildren();
  if (elsewhere.length) {
    const heading = document.createElement('p');
    heading.textContent = say('fix');
    const list = document.createElement('ul');
    for (const issue of elsewhere) {
      const item = document.createElement('li');
      item.textContent = `${issue.field ?? ''}: ${issue.message}`.replace(/^: /, '');
      list.append(item);
    }
    summary.append(heading, list);
  }
  summary.hidden = !elsewhere.length;
  notice.hidden = !issues.length;
  notice.textContent = issues.length ? say('fixJson') : '';
}

/** What is published: empty fields, objects and lists left out (they mean "not given"). */
export function pruned(value, keepEmptyArray = false) {
  if (Array.isArray(value)) {
    const items = value.map((v) => pruned(v)).filter((v) => v !== undefined);
    return items.length || keepEmptyArray ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, pruned(v, k === 'units')])
      .filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

async function start() {
  document.documentElement.lang = LANG;
  const schema = await (await fetch(SCHEMA_URL)).json();
  const form = document.getElementById('directory-form');
  const preview = document.getElementById('preview');
  const json = document.getElementById('json');
  const status = document.getElementById('copy-status');
  const summary = document.getElementById('form-issues');
  const notice = document.getElementById('json-issues');
  preview.lang = LANG;
  const model = { municipality: 'Eksempel kommune', units: [{}] };

  // What the preview's validator reports for the directory set last (errors and warnings alike).
  let issues = [];
  let generation = 0;
  preview.addEventListener('bsp-error', (event) => issues.push(...event.detail.issues));
  const update = async () => {
    const directory = pruned(model) ?? {};
    directory.units ??= [];
    json.textContent = JSON.stringify(directory, null, 2);
    const mine = ++generation;
    issues = [];
    preview.directory = directory;
    await preview.updateComplete;
    if (mine === generation) showIssues(form, summary, notice, issues);
  };
  const rerender = (focusItem) => {
    form.replaceChildren();
    uid = 0;
    renderObject(schema, model, form, update, rerender);
    void update();
    if (focusItem) form.querySelector(`[data-item="${focusItem}"] input`)?.focus();
  };
  rerender();

  document.getElementById('copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(json.textContent);
      status.textContent = say('copied');
    } catch {
      status.textContent = say('copyFailed');
    }
  });
}

start();
