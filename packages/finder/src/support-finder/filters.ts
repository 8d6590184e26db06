import { html, nothing, type TemplateResult } from 'lit';
import {
  AUDIENCES,
  FORMATS,
  NO_FILTERS,
  SITUATIONS,
  audienceLabels,
  formatLabels,
  languageName,
  pick,
  situationLabels,
  situationLabelsYouth,
  type FacetName,
  type FinderFilters,
} from '@bsp/sdk';
import type { FinderView } from './service-card.js';

type ListFacet = 'situations' | 'formats' | 'audiences' | 'languages';

/** What the filter panel does: change some filters (the element keeps them). */
export interface FilterActions {
  set: (patch: Partial<FinderFilters>) => void;
  toggle: (key: ListFacet, value: string, on: boolean) => void;
}

const checked = (e: Event) => (e.target as HTMLInputElement).checked;

/**
 * The facet panel with live counts: the youth view asks only for age and situation, in its own
 * words; families and staff get every facet. Behind a disclosure button on narrow screens.
 */
export function filtersPanel(v: FinderView, f: FinderFilters, counts: Record<FacetName, Record<string, number>>, open: boolean, act: FilterActions): TemplateResult {
  const youth = v.audience === 'youth';
  const id = v.uid;
  const checkbox = (key: ListFacet, value: string, label: string, count: number | undefined) => html`<div class="choice">
    <input type="checkbox" id="${id}-${key}-${value}" .checked=${(f[key] as string[] | undefined)?.includes(value) ?? false} @change=${(e: Event) => act.toggle(key, value, checked(e))} />
    <label for="${id}-${key}-${value}">${label} <span class="count">(${count ?? 0})</span></label>
  </div>`;
  const languages = Object.keys(counts.languages);
  return html`<div class="filters ${open ? 'open' : ''}" part="filters" id="${id}-filters" role="group" aria-labelledby="${id}-filters-heading">
    ${v.heading(1, v.t(youth ? 'filtersHeadingYouth' : 'filtersHeading'), { id: `${id}-filters-heading` })}
    <div class="question">
      <label for="${id}-age">${v.t(youth ? 'ageLabelYouth' : 'ageLabel')}</label>
      <input id="${id}-age" type="number" min="0" max="25" inputmode="numeric" .value=${f.age?.toString() ?? ''} @input=${(e: Event) => {
        const value = (e.target as HTMLInputElement).value;
        act.set({ age: value === '' ? undefined : Number(value) });
      }} />
    </div>
    <fieldset>
      <legend>${v.t(youth ? 'situationLegendYouth' : 'situationLegend')}</legend>
      ${SITUATIONS.map((s) => checkbox('situations', s, pick((youth ? situationLabelsYouth : situationLabels)[s], v.lang), counts.situations[s]))}
    </fieldset>
    ${youth
      ? nothing
      : html`<fieldset>
            <legend>${v.t('whoseIllnessLegend')}</legend>
            ${(['parent', 'sibling'] as const).map(
              (w) => html`<div class="choice">
                <input type="checkbox" id="${id}-who-${w}" .checked=${f.whoseIllness === w} @change=${(e: Event) => act.set({ whoseIllness: checked(e) ? w : undefined })} />
                <label for="${id}-who-${w}">${v.t(w === 'parent' ? 'whoseParent' : 'whoseSibling')} <span class="count">(${counts.whoseIllness[w] ?? 0})</span></label>
              </div>`,
            )}
          </fieldset>
          <fieldset>
            <legend>${v.t('formatLegend')}</legend>
            ${FORMATS.map((x) => checkbox('formats', x, pick(formatLabels[x], v.lang), counts.formats[x]))}
          </fieldset>
          <fieldset>
            <legend>${v.t('audienceLegend')}</legend>
            ${AUDIENCES.filter((a) => v.audience === 'staff' || a !== 'professionals').map((a) => checkbox('audiences', a, pick(audienceLabels[a], v.lang), counts.audiences[a]))}
          </fieldset>
          ${languages.length
            ? html`<fieldset>
                <legend>${v.t('languageLegend')}</legend>
                ${languages.map((l) => checkbox('languages', l, languageName(l, v.lang), counts.languages[l]))}
              </fieldset>`
            : nothing}
          <fieldset>
            <legend>${v.t('costLegend')}</legend>
            <div class="choice">
              <input type="checkbox" id="${id}-free" .checked=${!!f.freeOnly} @change=${(e: Event) => act.set({ freeOnly: checked(e) || undefined })} />
              <label for="${id}-free">${v.t('freeOnly')}</label>
            </div>
            <div class="choice">
              <input type="checkbox" id="${id}-noref" .checked=${!!f.noReferral} @change=${(e: Event) => act.set({ noReferral: checked(e) || undefined })} />
              <label for="${id}-noref">${v.t(youth ? 'noReferralYouth' : 'noReferral')}</label>
            </div>
          </fieldset>`}
    <button type="button" class="secondary" id="${id}-clear" @click=${() => act.set({ ...NO_FILTERS, situations: [], formats: [], audiences: [], languages: [] })}>${v.t(youth ? 'clearFiltersYouth' : 'clearFilters')}</button>
  </div>`;
}
