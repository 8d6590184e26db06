/**
 * Invariants of the finder's validator on demand (issue 12: zod and the service schema are most
 * of its first load, yet most pages show the national catalog only):
 * 1. a finder given no catalog renders the whole national catalog and never loads its validator
 *    (`catalogValidator` stays unloaded and its importer is never called), whatever the audience,
 *    language, provider or use (search, facets, detail);
 * 2. given a catalog (`services` as a list, `{ services }`, JSON or CSV text, provider
 *    `config.catalog`), the first render already shows what the finder ends with: the local
 *    services or the rows it refused, never the national catalog alone first; for generated and
 *    hostile catalogs too. From `src`, the validator loads alongside the fetch;
 * 3. a validator that cannot load leaves the national services shown under a warning (a family
 *    looking for help still finds the helplines; no error view) and dispatches one `bsp-error`
 *    (load-failed) naming the property the catalog came from; nothing throws; a later catalog,
 *    once the validator loads, clears the warning.
 * This file must load the validator in no test before the first (a page of its own in the runner).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nationalCatalog } from '@bsp/sdk';
import { defineElement } from '@bsp/ui';
import '@bsp/ui/define';
import '../define.js';
import { BspSupportFinder, catalogValidator } from './support-finder.js';
import { hostileValues, seededRandom, pick, type Random } from '../../../../test/robustness/hostile.js';
import { stubFetch } from '../../../../test/stub-fetch.js';
import { errorsOf, failingImport, lazySeam } from '../../../../test/lazy-helpers.js';

/** What a committed render showed: the count line, the services listed, whether refused rows or the error view were there. */
interface Shown {
  count: string;
  ids: string[];
  rejected: boolean;
  error: boolean;
}

const root = (el: HTMLElement) => el.shadowRoot!;
const snapshot = (el: HTMLElement): Shown => ({
  count: root(el).querySelector('.count-line')?.textContent?.trim() ?? '',
  ids: [...root(el).querySelectorAll<HTMLElement>('[part="results"] [data-id]')].map((li) => li.dataset['id']!),
  rejected: !!root(el).querySelector('[part="rejected"]'),
  error: !!root(el).querySelector('[part="error"]'),
});

/** The finder, recording what every committed render showed. */
class FinderProbe extends BspSupportFinder {
  readonly renders: Shown[] = [];
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed as never);
    this.renders.push(snapshot(this));
  }
}
defineElement('test-finder-probe', FinderProbe);

const seam = lazySeam(catalogValidator);
const realImporter = seam.real;
const useImporter = (importer: () => Promise<unknown>) => seam.unload(importer);
/** The real validator, arriving after a macrotask: a render that did not wait for it shows the defaults. */
const slowImporter = () => new Promise((resolve) => setTimeout(resolve, 30)).then(realImporter);
const failingImporter = failingImport;

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const countOf = (n: number) => `${n} tilbud`;
/** The summary of a render: its count, refused rows and error view. */
const summary = ({ count, rejected, error }: Shown) => ({ count, rejected, error });
/** The local services a render listed. */
const localIds = ({ ids }: Shown) => ids.filter((id) => !nationalCatalog.some((s) => s.id === id)).sort();
/** The families' pool: everything but the tools for professionals. */
const familyPool = nationalCatalog.filter((s) => s.audience.some((a) => a !== 'professionals')).length;

const row = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Lokalt ${id}`,
  description: 'Et lokalt tilbud for barn som pårørende.',
  audience: ['children'],
  format: ['group'],
  area: ['4601'],
  ...extra,
});

/** A catalog of 1–20 rows, some broken (no name, an unknown audience, a duplicate id), from a seed. */
function generatedCatalog(random: Random): { input: unknown[]; good: number; bad: number } {
  const size = 1 + Math.floor(random() * 20);
  const input: unknown[] = [];
  const ids = new Set<string>();
  for (let n = 0; n < size; n++) {
    const kind = pick(random, ['good', 'good', 'good', 'no-name', 'bad-audience', 'duplicate'] as const);
    if (kind === 'no-name') input.push(row(`n${n}`, { name: '' }));
    else if (kind === 'bad-audience') input.push(row(`a${n}`, { audience: ['aliens'] }));
    else {
      // A duplicate repeats the first good row's id (refused), or is the first good row itself.
      const id = kind === 'duplicate' && ids.size ? [...ids][0]! : `g${n}`;
      input.push(row(id, { audience: [pick(random, ['children', 'youth', 'parents', 'family'])], format: [pick(random, ['group', 'course', 'website'])] }));
      ids.add(id);
    }
  }
  const good = ids.size;
  return { input, good, bad: size - good };
}

async function mount(setup: (el: FinderProbe) => void, parent: HTMLElement = document.body): Promise<FinderProbe> {
  const el = document.createElement('test-finder-probe') as FinderProbe;
  setup(el);
  parent.append(el);
  await el.updateComplete;
  return el;
}

describe('<bsp-support-finder> validator on demand', () => {
  afterEach(() => {
    seam.importer = realImporter;
    for (const el of document.querySelectorAll('test-finder-probe, bsp-provider')) el.remove();
  });

  it('without a catalog renders the national catalog and never loads the validator, whatever the view or use', async function () {
    // Five pages, each checked with axe: over 10 s on the shared 2-core machine under load.
    this.timeout(40000);
    let calls = 0;
    seam.importer = () => {
      calls++;
      return realImporter();
    };
    const pages = [
      html`<bsp-support-finder></bsp-support-finder>`,
      html`<bsp-support-finder audience="youth" lang="nn"></bsp-support-finder>`,
      html`<bsp-support-finder audience="staff" lang="en" sync-url></bsp-support-finder>`,
      html`<bsp-support-finder no-national></bsp-support-finder>`,
      html`<bsp-provider .config=${{ municipality: 'Eksempel' }}><bsp-support-finder></bsp-support-finder></bsp-provider>`,
    ];
    for (const page of pages) {
      const host = await fixture<HTMLElement>(page);
      const el = (host.localName === 'bsp-support-finder' ? host : host.querySelector('bsp-support-finder')!) as BspSupportFinder;
      await el.updateComplete;
      expect(root(el).querySelector('[part="error"]')).to.equal(null);
      expect(root(el).querySelectorAll('[part="service"]').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    }
    const el = await fixture<BspSupportFinder>(html`<bsp-support-finder></bsp-support-finder>`);
    expect(snapshot(el).count).to.equal(countOf(familyPool));
    const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = 'sorg';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    root(el).querySelector<HTMLInputElement>('[id$="-free"]')!.click();
    await el.updateComplete;
    root(el).querySelector<HTMLButtonElement>('[part="service"] button.link')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="detail"]')).to.not.equal(null);
    await settle();
    expect(calls).to.equal(0);
    expect(catalogValidator.module === undefined, 'not loaded (a boolean: printing a module namespace can hang the runner)').to.equal(true);
  });

  const sources: [string, (el: FinderProbe) => void, string[]][] = [
    ['a list', (el) => (el.services = [row('l1'), row('l2')]), ['l1', 'l2']],
    ['{ services }', (el) => (el.services = { services: [row('l1')] }), ['l1']],
    ['JSON text', (el) => (el.services = JSON.stringify([row('l1'), row('l2'), row('l3')])), ['l1', 'l2', 'l3']],
    ['CSV text', (el) => (el.services = 'id;name;description;audience;format;area\nc1;Lokalt;Et tilbud.;children;group;4601\n'), ['c1']],
  ];
  for (const [label, set, local] of sources) {
    it(`given ${label}, the first render already shows the local services`, async () => {
      useImporter(slowImporter);
      const errors = errorsOf(document.body);
      const el = await mount(set);
      expect(summary(el.renders[0]!)).to.deep.equal({ count: countOf(familyPool + local.length), rejected: false, error: false });
      expect(localIds(el.renders[0]!)).to.deep.equal(local);
      expect(el.renders.every((r) => r.count === el.renders[0]!.count)).to.equal(true);
      expect(catalogValidator.module !== undefined, 'loaded').to.equal(true);
      expect(errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  it('given the provider\'s config.catalog, the first render already shows it', async () => {
    useImporter(slowImporter);
    const provider = document.createElement('bsp-provider') as HTMLElement & { config?: unknown };
    provider.config = { catalog: [row('p1')] };
    document.body.append(provider);
    const el = await mount(() => {}, provider);
    await settle();
    expect(summary(el.renders[0]!)).to.deep.equal({ count: countOf(familyPool + 1), rejected: false, error: false });
    expect(localIds(el.renders[0]!)).to.deep.equal(['p1']);
    expect(el.renders.every((r) => r.count === el.renders[0]!.count)).to.equal(true);
  });

  it('generated catalogs: the first render is what the finder ends with (local rows and refused rows)', async () => {
    for (let seed = 1; seed <= 25; seed++) {
      useImporter(slowImporter);
      const { input, good, bad } = generatedCatalog(seededRandom(seed));
      const el = await mount((e) => (e.services = input));
      await settle();
      const label = `seed ${seed}`;
      expect(summary(el.renders[0]!), label).to.deep.equal({ count: countOf(familyPool + good), rejected: bad > 0, error: false });
      expect(el.renders.at(-1), label).to.deep.equal(el.renders[0]);
      el.remove();
    }
  });

  it('hostile catalogs: the first render already shows them refused, nothing throws', async () => {
    for (const { label, value } of hostileValues(7)) {
      if (value === undefined || value === null) continue; // unset: no catalog
      useImporter(slowImporter);
      const el = await mount((e) => (e.services = value));
      await settle();
      expect(el.renders.length, label).to.be.greaterThan(0);
      expect(el.renders.at(-1), label).to.deep.equal(el.renders[0]);
      expect(el.renders[0]!.error, label).to.equal(false);
      el.remove();
    }
  });

  it('from src, the validator loads alongside the fetch and the rows show once both are there', async () => {
    useImporter(slowImporter);
    const restore = stubFetch({ '/local.json': { body: JSON.stringify([row('s1')]), type: 'application/json' } });
    try {
      const el = await mount((e) => (e.src = '/local.json'));
      // The fetch and the validator arrive on their own time (a busy CI): wait for the rows, not a fixed delay.
      await waitUntil(() => snapshot(el).count === countOf(familyPool + 1), 'the local rows show', { timeout: 5000 });
      await el.updateComplete;
      expect(summary(snapshot(el))).to.deep.equal({ count: countOf(familyPool + 1), rejected: false, error: false });
      expect(localIds(snapshot(el))).to.deep.equal(['s1']);
      expect(catalogValidator.module !== undefined, 'loaded').to.equal(true);
    } finally {
      restore();
    }
  });

  const failing: [string, (parent: HTMLElement) => Promise<FinderProbe>][] = [
    ['services', (parent) => mount((e) => (e.services = [row('f1')]), parent)],
    [
      'config.catalog',
      async (parent) => {
        const provider = document.createElement('bsp-provider') as HTMLElement & { config?: unknown };
        provider.config = { catalog: [row('f1')] };
        parent.append(provider);
        return mount(() => {}, provider);
      },
    ],
    ['src', (parent) => mount((e) => (e.src = '/local.json'), parent)],
  ];
  for (const [property, make] of failing) {
    it(`a validator that cannot load: the national services stay under a warning, one bsp-error names ${property}; a later catalog clears it`, async () => {
      useImporter(failingImporter);
      const restore = stubFetch({ '/local.json': { body: JSON.stringify([row('f1')]), type: 'application/json' } });
      try {
        const box = document.createElement('div');
        document.body.append(box);
        const errors = errorsOf(box);
        const el = await make(box);
        await waitUntil(() => root(el).querySelector('[part="load-warning"]'), 'the warning shows', { timeout: 5000 });
        await el.updateComplete;
        expect(root(el).querySelector('[part="error"]'), 'no error view').to.equal(null);
        const warning = root(el).querySelector('[part="load-warning"]');
        expect(warning, 'warning').to.not.equal(null);
        // The issue line names what could not be checked, as the error view does: never a fragment.
        expect(warning!.textContent!.replace(/\s+/g, ' ')).to.contain(`${property}: kunne ikke kontrolleres`);
        expect(root(el).textContent).to.contain('Du ser de nasjonale tilbudene');
        expect(summary(snapshot(el))).to.deep.equal({ count: countOf(familyPool), rejected: false, error: false });
        expect(errors.length).to.equal(1);
        expect(errors[0]!.code).to.equal('load-failed');
        expect(errors[0]!.issues.map((i) => i.path)).to.deep.equal([property]);
        await expect(el).to.be.accessible();

        seam.importer = realImporter;
        el.services = [row('f2')];
        await el.updateComplete;
        expect(summary(snapshot(el))).to.deep.equal({ count: countOf(familyPool + 1), rejected: false, error: false });
        expect(localIds(snapshot(el))).to.deep.equal(['f2']);
        expect(root(el).querySelector('[part="load-warning"]'), 'warning cleared').to.equal(null);
        expect(errors.length).to.equal(1);
        box.remove();
      } finally {
        restore();
      }
    });
  }
});
