// Issue 30: inside `<fieldset disabled>` the consent form left FormData (right) but its radios
// and buttons stayed enabled (no formDisabledCallback). Fails on the code before.
import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import type { BspConsentForm } from './consent-form.js';

const controls = (el: BspConsentForm) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, button, select, textarea')];

it('a disabled fieldset around the form disables every control inside it, and enabling it gives them back', async () => {
  const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><bsp-consent-form lang="nb" name="consent"></bsp-consent-form></fieldset></form>`);
  const el = form.querySelector<BspConsentForm>('bsp-consent-form')!;
  await el.updateComplete;
  expect(controls(el).length).to.be.greaterThan(0);
  expect(controls(el).filter((c) => !c.matches(':disabled')).map((c) => c.outerHTML.slice(0, 80))).to.deep.equal([]);
  expect([...new FormData(form).keys()]).to.deep.equal([]);
  await expect(el).to.be.accessible();

  form.querySelector('fieldset')!.disabled = false;
  await el.updateComplete;
  expect(controls(el).some((c) => !c.matches(':disabled'))).to.equal(true);
});
