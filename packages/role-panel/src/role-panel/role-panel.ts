import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  defaultRoles,
  findRole,
  findUnits,
  prepareUnitSearch,
  whoToAsk,
  hostValue,
  normalizeText,
  pick,
  rolePanelMessages,
  safeHref,
  telHref,
  type ContactPerson,
  type DirectoryLink,
  type HostValueCheck,
  type MunicipalDirectory,
  type Role,
  type RolePanelMessageKey,
  type WhoToAsk,
} from '@bsp/sdk';
import { BspElement, LazyModule, OnDemand, SrcLoader, renderLoadWarning } from '@bsp/ui';
import { rolePanelStyles } from './role-panel.styles.js';

export const ROLE_PANEL_VIEWS = ['ask', 'roles', 'role'] as const;
export type RolePanelView = (typeof ROLE_PANEL_VIEWS)[number];

/** The directory's validator (zod and its schema): loaded only when a host hands the panel a directory. Exported for tests; not in the package index. */
export const directoryValidator = new LazyModule(() => import('./directory-validator.js'));

/** How many units are rendered at once; "show more" adds as many again (25,000-unit directories). */
const UNIT_PAGE = 50;

/** Reflects text only: a wrong value (an object whose toString throws) must not throw in Lit's reflection. */
const reflectText = { toAttribute: (value: unknown) => (typeof value === 'string' ? value : null) };

/**
 * The public properties a host can set wrongly from JS or HTML (`propertyChecks`): the base
 * element checks each when it changes and keeps the result in `checked` (null and undefined mean
 * "unset": the default applies).
 */
const publicProperties: Record<string, HostValueCheck> = {
  view: hostValue.oneOf(ROLE_PANEL_VIEWS),
  roleId: hostValue.text(),
  unit: hostValue.text(),
  src: hostValue.text(),
  srcTimeout: hostValue.number(),
  srcMaxBytes: hostValue.number(),
};

/**
 * Who is the child-responsible staff member (barneansvarlig) in my unit, what each role does
 * and does not do, and who to ask when a unit has none. 2 in 5 staff in the Bergen audit did not
 * know where to turn for advice (002 §3.3).
 *
 * @tagname bsp-role-panel
 * @summary Role-clarity panel: "who do I ask?", the role cards and one role's detail.
 * @event bsp-error - The directory is invalid or could not be loaded (detail: code, message, issues).
 * @event bsp-metric - Anonymous counts: `unit-looked-up`, `role-opened`, `unit-without-barneansvarlig`.
 * @csspart base - The wrapper.
 * @csspart heading - The main heading.
 * @csspart views - The view switcher.
 * @csspart search - The unit search field.
 * @csspart unit-list - The list of matching units.
 * @csspart person - A contact card.
 * @csspart missing - The notice shown when a unit has no barneansvarlig.
 * @csspart role-card - A role card.
 * @csspart role-detail - One role's detail.
 * @csspart error - The error view.
 * @csspart data-warning - Above the panel: what the directory holds that is not used as written (an unknown key, a parent unit that does not exist).
 * @cssproperty --bsp-color-accent - Buttons, links and the selected view.
 */
export class BspRolePanel extends BspElement<RolePanelMessageKey> {
  static override styles = [...BspElement.styles, rolePanelStyles];

  protected readonly widget = 'role-panel' as const;
  protected readonly catalog = rolePanelMessages;

  /** Which view to show: "who do I ask?" (`ask`), all roles (`roles`) or one role (`role`). */
  @property({ reflect: true, converter: reflectText }) view: RolePanelView = 'ask';

  /** The role shown in the `role` view, e.g. `barneansvarlig` (not `role`: that is the ARIA attribute). */
  @property({ attribute: 'role-id', reflect: true, converter: reflectText }) roleId = '';

  /** Deep link to a unit by id: opens "who do I ask?" for that unit. */
  @property({ reflect: true, converter: reflectText }) unit = '';

  /** The municipality directory (validated). Also taken from `<bsp-provider>` config `directory`. */
  @property({ attribute: false }) directory?: unknown;

  /** A URL to fetch the directory JSON from. Fetched only when set. */
  @property() src = '';

  /** Milliseconds to wait for `src` before showing an error (default 10,000). */
  @property({ type: Number, attribute: 'src-timeout' }) srcTimeout?: number;

  /** Largest `src` response accepted, in bytes (default 5 MB). */
  @property({ type: Number, attribute: 'src-max-bytes' }) srcMaxBytes?: number;

  @state() private loaded?: MunicipalDirectory;
  @state() private query = '';
  @state() private shownUnits = UNIT_PAGE;

  /**
   * The directory's validator: needed while the host hands a directory (inline, or `src`). An
   * inline one waits for it (no flash of the panel without the directory); `src` renders the
   * roles first and loads it beside the fetch. Without it the error view names `directory`.
   */
  private readonly validator = new OnDemand(this, {
    module: directoryValidator,
    needed: () => this.inlineDirectory !== undefined || !!this.checked['src'],
    blocksRender: () => this.inlineDirectory !== undefined,
    what: () => this.t('directoryName'),
    property: () => 'directory',
    errorView: true,
  });

  /** A directory handed over while its validator was not here (it could not load): checked when it comes. */
  private unchecked?: unknown;

  private readonly loader = new SrcLoader(this, {
    lang: () => this.locale,
    what: () => this.t('directoryName'),
    timeoutMs: () => this.checked['srcTimeout'] as number | undefined,
    maxBytes: () => this.checked['srcMaxBytes'] as number | undefined,
    prepare: () => this.validator.load(),
    onLoad: (text) => this.acceptDirectory(text),
  });

  protected override readonly propertyChecks = publicProperties;

  private get inlineDirectory(): unknown {
    return this.directory ?? this.config?.directory;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('directory') || changed.has('provided' as keyof BspRolePanel) || changed.has('src')) this.resolveDirectory();
    else if (this.unchecked !== undefined && this.validator.value) this.acceptDirectory(this.unchecked);
    if (changed.has('query' as keyof BspRolePanel)) this.shownUnits = UNIT_PAGE;
  }

  /** Picks the directory source (property, then provider, then src) and validates it. */
  private resolveDirectory(): void {
    const inline = this.inlineDirectory;
    this.unchecked = undefined;
    if (inline !== undefined) {
      this.loader.cancel();
      this.acceptDirectory(inline);
    } else if (typeof this.checked['src'] === 'string' && this.checked['src']) {
      void this.loader.load(this.checked['src']);
    } else {
      this.loader.cancel();
      this.loaded = undefined;
    }
  }

  private acceptDirectory(input: unknown): void {
    const validator = this.validator.value;
    this.unchecked = validator ? undefined : input;
    if (!validator) {
      this.loaded = undefined;
      return;
    }
    const result = validator.parseDirectory(input, this.locale);
    if (result.ok) {
      this.loaded = result.value;
      this.clearError();
      // A typo like `barneansvarleg` must never quietly read as "no barneansvarlig".
      this.showDataWarning(result.warnings && validator.findingsDetail(result.warnings, this.locale, this.t('directoryName')));
      this.indexInSteps(result.value);
    } else {
      this.loaded = undefined;
      this.showDataWarning(undefined);
      this.showError(result.error);
    }
  }

  /** The unit search's index, built in 8 ms steps after loading: no keystroke waits for all of it. */
  private indexInSteps(directory: MunicipalDirectory): void {
    const step = () => {
      if (this.loaded === directory && this.isConnected && !prepareUnitSearch(directory, 8)) setTimeout(step, 0);
    };
    setTimeout(step, 0);
  }

  private setView(view: RolePanelView, roleId = ''): void {
    this.view = view;
    this.roleId = roleId;
    if (view === 'role') this.emitMetric('role-opened');
    // Move focus to the new view's heading so keyboard and screen-reader users land there.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-focus-target]')?.focus());
  }

  private selectUnit(id: string): void {
    this.unit = id;
    this.emitMetric('unit-looked-up');
    const answer = this.loaded && whoToAsk(this.loaded, id);
    if (answer && !answer.hasBarneansvarlig) this.emitMetric('unit-without-barneansvarlig');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-focus-target]')?.focus());
  }

  /** The next page of units; focus goes to the first one added (the button may be gone). */
  private showMoreUnits(): void {
    const firstAdded = this.shownUnits;
    this.shownUnits += UNIT_PAGE;
    void this.updateComplete.then(() => this.renderRoot.querySelectorAll<HTMLElement>('.unit-results button')[firstAdded]?.focus());
  }

  /** Back to the search, with focus in the search field where the user left it. */
  private changeUnit(): void {
    this.unit = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#unit-search')?.focus());
  }

  protected renderContent(): TemplateResult {
    const view = this.view === 'role' && !findRole(this.roleId) ? 'roles' : this.view;
    return html`
      ${this.heading(0, this.t('heading'), { part: 'heading' })}
      ${renderLoadWarning(this.loader.error)}
      <nav class="views" part="views" aria-label=${this.t('viewsLabel')}>
        <button
          type="button"
          class="secondary"
          aria-current=${view === 'ask' ? 'true' : 'false'}
          @click=${() => this.setView('ask')}
        >${this.t('viewAsk')}</button>
        <button
          type="button"
          class="secondary"
          aria-current=${view !== 'ask' ? 'true' : 'false'}
          @click=${() => this.setView('roles')}
        >${this.t('viewRoles')}</button>
      </nav>
      ${view === 'ask' ? this.renderAsk() : view === 'roles' ? this.renderRoles() : this.renderRole(findRole(this.roleId)!)}
    `;
  }

  private renderAsk(): TemplateResult {
    if (this.loader.loading) return html`<p role="status">${this.t('loading')}</p>`;
    const directory = this.loaded;
    if (!directory) {
      return html`<p class="notice">${this.t('noDirectory')}</p>${this.renderBarneansvarligRole(false)}`;
    }
    const answer = this.unit ? whoToAsk(directory, this.unit) : undefined;
    return answer ? this.renderAnswer(answer, directory) : this.renderUnitSearch(directory);
  }

  private renderUnitSearch(directory: MunicipalDirectory): TemplateResult {
    const units = findUnits(directory, this.query);
    return html`
      <p>${this.t('askIntro')}</p>
      <label for="unit-search">${this.t('unitSearchLabel')}</label>
      <p class="help" id="unit-search-help">${this.t('unitSearchHelp')}</p>
      <input
        id="unit-search"
        part="search"
        type="search"
        autocomplete="off"
        aria-describedby="unit-search-help unit-count"
        .value=${this.query}
        @input=${(e: InputEvent) => (this.query = (e.target as HTMLInputElement).value)}
      />
      <p id="unit-count" role="status" class="help">${units.length ? this.t('unitCount', { count: units.length }) : this.t('noUnits')}</p>
      <ul class="unit-results" part="unit-list" aria-label=${this.t('unitResultsLabel')}>
        ${units.slice(0, this.shownUnits).map(
          (unit) => html`<li>
            <button type="button" class="secondary" @click=${() => this.selectUnit(unit.id)}>
              <span>${unit.name}</span>${unit.agency ? html`<span class="unit-agency">${unit.agency}</span>` : nothing}
            </button>
          </li>`,
        )}
      </ul>
      ${units.length > this.shownUnits
        ? html`<button type="button" class="secondary" @click=${() => this.showMoreUnits()}>${this.t('showMoreUnits', { count: units.length - this.shownUnits })}</button>`
        : nothing}
      ${this.renderLinks(directory.links, this.t('municipalLinks'), false)}
    `;
  }

  private renderAnswer(answer: WhoToAsk, directory: MunicipalDirectory): TemplateResult {
    const { unit } = answer;
    return html`
      <button type="button" class="link" @click=${() => this.changeUnit()}>${this.t('changeUnit')}</button>
      ${answer.hasBarneansvarlig
        ? html`${this.heading(1, this.t('yourBarneansvarlig', { unit: unit.name }), { focusable: true })}
            <ul class="people">
              ${answer.barneansvarlig.map((p) => this.renderPerson(p, this.t('yourBarneansvarlig', { unit: unit.name })))}
              ${answer.deputy ? this.renderPerson(answer.deputy, this.t('deputy')) : nothing}
            </ul>`
        : html`<div class="notice warning" part="missing">
              ${this.heading(1, this.t('missingTitle', { unit: unit.name }), { focusable: true })}
              <p>${this.t('missingBody')}:</p>
            </div>
            ${answer.fallbacks.length
              ? html`<ul class="people">
                  ${answer.fallbacks.map((f) =>
                    this.renderPerson(
                      f.person,
                      f.source === 'leader'
                        ? this.t('fallbackLeader')
                        : f.source === 'coordinator'
                          ? this.t('fallbackCoordinator')
                          : this.t('fallbackParent', { unit: f.unitName ?? '' }),
                    ),
                  )}
                </ul>`
              : html`<p>${this.t('noOneToAsk')}</p>`}`}
      ${this.renderBarneansvarligRole(true)}
      ${this.renderLinks(unit.links, this.t('unitLinks'))} ${this.renderLinks(directory.links, this.t('municipalLinks'))}
    `;
  }

  /** What the barneansvarlig does and does not do; `sub` when nested under a unit's h3. */
  private renderBarneansvarligRole(sub: boolean): TemplateResult {
    const role = findRole('barneansvarlig')!;
    const lang = this.locale;
    const heading = (text: string) => this.heading(sub ? 2 : 1, text);
    return html`
      ${heading(this.t('helpsWith'))}
      <ul>${role.does.map((d) => html`<li>${pick(d, lang)}</li>`)}</ul>
      ${heading(this.t('doesNotHeading'))}
      <ul class="does-not">${role.doesNot.map((d) => html`<li>${pick(d, lang)}</li>`)}</ul>
    `;
  }

  private renderPerson(person: ContactPerson, label: string): TemplateResult {
    const tel = person.phone ? telHref(person.phone) : undefined;
    const mail = person.email ? safeHref(`mailto:${person.email}`) : undefined;
    return html`<li class="person" part="person">
      ${this.heading(2, person.name)}
      <p class="help">${label}${person.title && normalizeText(person.title) !== normalizeText(label) ? html` · ${person.title}` : nothing}</p>
      <dl>
        ${person.phone
          ? html`<dt>${this.t('phone')}</dt><dd>${tel ? html`<a href=${tel}>${person.phone}</a>` : person.phone}</dd>`
          : nothing}
        ${person.email
          ? html`<dt>${this.t('email')}</dt><dd>${mail ? html`<a href=${mail}>${person.email}</a>` : person.email}</dd>`
          : nothing}
        ${person.reachable ? html`<dt>${this.t('reachable')}</dt><dd>${person.reachable}</dd>` : nothing}
      </dl>
    </li>`;
  }

  private renderLinks(links: DirectoryLink[] | undefined, heading: string, sub = true): TemplateResult | typeof nothing {
    const safe = (links ?? []).flatMap((link) => {
      const href = safeHref(link.href);
      return href ? [{ label: link.label, href }] : [];
    });
    if (!safe.length) return nothing;
    return html`${this.heading(sub ? 2 : 1, heading)}
      <ul>${safe.map((l) => html`<li><a href=${l.href}>${l.label}</a></li>`)}</ul>`;
  }

  private renderRoles(): TemplateResult {
    const lang = this.locale;
    return html`
      <p tabindex="-1" data-focus-target>${this.t('rolesIntro')}</p>
      <ul class="roles">
        ${defaultRoles.map(
          (role) => html`<li class="role-card" part="role-card">
            ${this.heading(1, pick(role.name, lang))}
            <p>${pick(role.summary, lang)}</p>
            <button
              type="button"
              class="secondary"
              aria-label=${this.t('readMoreAbout', { role: pick(role.name, lang) })}
              @click=${() => this.setView('role', role.id)}
            >${this.t('readMore')}</button>
          </li>`,
        )}
      </ul>
    `;
  }

  private renderRole(role: Role): TemplateResult {
    const lang = this.locale;
    return html`<section part="role-detail" aria-labelledby="role-heading">
      <button type="button" class="link" @click=${() => this.setView('roles')}>${this.t('back')}</button>
      ${this.heading(1, pick(role.name, lang), { id: 'role-heading', focusable: true })}
      <p>${pick(role.summary, lang)}</p>
      ${role.does.length
        ? html`${this.heading(2, this.t('doesHeading'))}<ul>${role.does.map((d) => html`<li>${pick(d, lang)}</li>`)}</ul>`
        : nothing}
      ${role.doesNot.length
        ? html`${this.heading(2, this.t('doesNotRoleHeading'))}
            <ul class="does-not">${role.doesNot.map((d) => html`<li>${pick(d, lang)}</li>`)}</ul>`
        : nothing}
      ${role.legalBasis ? html`<p><strong>${this.t('legalBasis')}:</strong> ${pick(role.legalBasis, lang)}</p>` : nothing}
    </section>`;
  }
}
