// The configurator: a form generated from the directory's JSON Schema (the one @bsp/sdk ships,
// made from the zod schema the role panel validates with), a live <bsp-role-panel> preview and
// the JSON to copy. Plain ES module, no build step. Texts are Norwegian bokmål: the page is for
// a municipality's web editors.
const SCHEMA_URL = '/packages/sdk/dist/schemas/directory.schema.json';

/** Field names in the schema → labels for the editor. Unknown names are shown as they are. */
const LABELS = {
  municipality: 'Kommune', coordinator: 'Kommunens koordinator', links: 'Lenker', units: 'Enheter',
  id: 'Id (unik, uten mellomrom)', name: 'Navn', title: 'Stilling', phone: 'Telefon', email: 'E-post',
  reachable: 'Treffes', agency: 'Tjenesteområde', parentId: 'Overordnet enhet (id)',
  barneansvarlig: 'Barneansvarlige', deputy: 'Stedfortreder', leader: 'Leder', label: 'Tekst', href: 'Adresse',
};
const ITEM = { units: 'enhet', barneansvarlig: 'barneansvarlig', links: 'lenke' };
const label = (key) => LABELS[key] ?? key;

let uid = 0;

/** Renders one field of the schema into `parent`, reading and writing `model[key]`. */
function renderField(schema, model, key, parent, required, onChange, rerender) {
  if (key === '$schema') return;
  if (schema.type === 'string') {
    const id = `f${uid++}`;
    const wrapper = document.createElement('label');
    wrapper.htmlFor = id;
    wrapper.textContent = label(key);
    if (required) wrapper.classList.add('required');
    const input = document.createElement('input');
    input.id = id;
    input.name = key;
    input.type = schema.format === 'email' ? 'email' : 'text';
    input.required = required;
    input.value = model[key] ?? '';
    input.addEventListener('input', () => {
      model[key] = input.value;
      onChange();
    });
    wrapper.append(input);
    parent.append(wrapper);
    return;
  }
  if (schema.type === 'object') {
    model[key] ??= {};
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = label(key);
    fieldset.append(legend);
    renderObject(schema, model[key], fieldset, onChange, rerender);
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
      renderObject(schema.items, item, itemSet, onChange, rerender);
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = `Fjern ${ITEM[key] ?? ''} ${i + 1}`.replace(/\s+/g, ' ');
      remove.addEventListener('click', () => {
        model[key].splice(i, 1);
        rerender();
      });
      itemSet.append(remove);
      fieldset.append(itemSet);
    });
    const add = document.createElement('button');
    add.type = 'button';
    add.textContent = `Legg til ${ITEM[key] ?? label(key).toLowerCase()}`;
    add.addEventListener('click', () => {
      model[key].push({});
      rerender(`${key}:${model[key].length - 1}`);
    });
    fieldset.append(add);
    parent.append(fieldset);
  }
}

function renderObject(schema, model, parent, onChange, rerender) {
  const required = new Set(schema.required ?? []);
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    renderField(property, model, key, parent, required.has(key), onChange, rerender);
  }
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
  const schema = await (await fetch(SCHEMA_URL)).json();
  const form = document.getElementById('directory-form');
  const preview = document.getElementById('preview');
  const json = document.getElementById('json');
  const status = document.getElementById('copy-status');
  const model = { municipality: 'Eksempel kommune', units: [{}] };

  const update = () => {
    const directory = pruned(model) ?? {};
    directory.units ??= [];
    json.textContent = JSON.stringify(directory, null, 2);
    preview.directory = directory;
  };
  const rerender = (focusItem) => {
    form.replaceChildren();
    uid = 0;
    renderObject(schema, model, form, update, rerender);
    update();
    if (focusItem) form.querySelector(`[data-item="${focusItem}"] input`)?.focus();
  };
  rerender();

  document.getElementById('copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(json.textContent);
      status.textContent = 'JSON-en er kopiert.';
    } catch {
      status.textContent = 'Kunne ikke kopiere automatisk: merk teksten under og kopier den.';
    }
  });
}

start();
