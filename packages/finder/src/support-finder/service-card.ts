import { html, nothing, type TemplateResult } from 'lit';
import { formatLabels, pick, safeHref, telHref, type FinderAudience, type FinderMessageKey, type Lang, type Service } from '@bsp/sdk';
import type { HeadingOptions } from '@bsp/ui';

/** What the finder's templates need from the element: its words, headings and language. */
export interface FinderView {
  t: (key: FinderMessageKey, params?: Record<string, string | number>) => string;
  heading: (depth: number, content: unknown, options?: HeadingOptions) => TemplateResult;
  lang: Lang;
  audience: FinderAudience;
  /** Prefix of the element's ids (unique per instance). */
  uid: string;
}

function ages(v: FinderView, s: Service): string {
  const e = s.eligibility;
  if (e?.age_min != null && e?.age_max != null) return v.t('agesRange', { min: e.age_min, max: e.age_max });
  if (e?.age_max != null) return v.t('agesUpTo', { max: e.age_max });
  if (e?.age_min != null) return v.t('agesFrom', { min: e.age_min });
  return '';
}

function badges(v: FinderView, s: Service): TemplateResult {
  const youth = v.audience === 'youth';
  const age = ages(v, s);
  return html`<ul class="badges">
    ${s.format.map((f) => html`<li>${pick(formatLabels[f], v.lang)}</li>`)}
    ${age ? html`<li>${age}</li>` : nothing}
    ${s.cost === 'free' ? html`<li>${v.t('free')}</li>` : nothing}
    ${s.referral_required === false
      ? html`<li>${v.t(youth ? 'noReferralYouth' : 'noReferralNeeded')}</li>`
      : s.referral_required
        ? html`<li>${v.t(youth ? 'referralNeededYouth' : 'referralNeeded')}</li>`
        : nothing}
    <li>${v.t(s.origin === 'local' ? 'local' : youth ? 'nationalYouth' : 'national')}</li>
  </ul>`;
}

/** Phone numbers, hours and web address; numbers never break inside (`.contact`). */
function contact(v: FinderView, s: Service): TemplateResult {
  const url = safeHref(s.url);
  return html`<div class="contact">
    ${s.phones?.map((p) => {
      const tel = telHref(p.number);
      return html`<p>${v.t('phone')}: ${tel ? html`<a class="nowrap" href=${tel}>${p.number}</a>` : html`<span class="nowrap">${p.number}</span>`}</p>`;
    }) ?? nothing}
    ${s.schedule ? html`<p>${v.t('schedule')}: ${pick(s.schedule, v.lang)}</p>` : nothing}
    ${url ? html`<p>${v.t('web')}: <a href=${url}>${url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</a></p>` : nothing}
  </div>`;
}

/** One result: name, badges, description, how to get in touch, and "more". */
export function serviceCard(v: FinderView, s: Service, open: (s: Service) => void): TemplateResult {
  const name = pick(s.name, v.lang);
  return html`<li class="service" part="service" data-id=${s.id}>
    ${v.heading(2, name)}
    ${badges(v, s)}
    <p>${pick(s.description, v.lang)}</p>
    ${contact(v, s)}
    <button type="button" class="link" @click=${() => open(s)}>${v.t('readMore', { name })}</button>
  </li>`;
}

/** One service in detail, with the way back to the list. */
export function serviceDetail(v: FinderView, s: Service, back: () => void): TemplateResult {
  const mail = s.email ? safeHref(`mailto:${s.email}`) : undefined;
  return html`<section part="detail" aria-labelledby="${v.uid}-detail">
    <button type="button" class="link" @click=${back}>${v.t('back')}</button>
    ${v.heading(1, pick(s.name, v.lang), { id: `${v.uid}-detail`, focusable: true })}
    ${badges(v, s)}
    <p>${pick(s.description, v.lang)}</p>
    <dl class="facts">
      ${s.organization ? html`<dt>${v.t('organization')}</dt><dd>${s.organization.name}</dd>` : nothing}
      ${mail ? html`<dt>${v.t('email')}</dt><dd><a class="address" href=${mail}>${s.email}</a></dd>` : nothing}
    </dl>
    ${contact(v, s)}
    <p class="help">${s.last_checked ? v.t('lastChecked', { date: s.last_checked }) : v.t(v.audience === 'youth' ? 'notCheckedYouth' : 'notChecked')}</p>
  </section>`;
}
