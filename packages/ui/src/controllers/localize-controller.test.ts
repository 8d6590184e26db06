/*
 * Invariants of the widget language (LocalizeController):
 * 1. Order: own `lang` > provider `lang` > nearest `lang` in the page, across shadow roots >
 *    `<html lang>` > bokmål. Changing any of them at runtime re-renders in the new language.
 * 2. No flash: a widget never renders text in a language other than the one asked for while
 *    that language is loading; it renders once the text is there, and on a later change keeps
 *    showing the previous language until the new one has arrived.
 * 3. A partial language falls back per key (a registered fixture language), never blank.
 * 4. Every state is accessible.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { LitElement } from 'lit';
import { defineArea, registerLanguage, type Message, type MessageCatalog } from '@bsp/sdk';
import { BspElement } from '../base/bsp-element.js';
import '../define.js';
import type { BspProvider } from '../provider/provider.js';

type Key = 'greeting' | 'farewell';
/** Loads resolve when the test says so, to see what renders in between. */
const gates = new Map<string, () => void>();
const requested: string[] = [];
const gated = (lang: string, table: Partial<Record<Key, Message>>) => () => {
  requested.push(lang);
  return new Promise<Partial<Record<Key, Message>>>((resolve) => gates.set(lang, () => resolve(table)));
};
const catalog: MessageCatalog<Key> = defineArea<Key, Message>({
  name: 'test-localize',
  nb: { greeting: 'God dag', farewell: 'Ha det bra' },
  load: { nn: gated('nn', { greeting: 'God dag på nynorsk', farewell: 'Ha det godt' }), en: gated('en', { greeting: 'Good day', farewell: 'Goodbye' }) },
});

@customElement('test-localize-probe')
class Probe extends BspElement<Key> {
  protected readonly widget = 'role-panel' as const;
  protected readonly catalog = catalog;
  renders: string[] = [];
  protected renderContent() {
    const text = `${this.t('greeting')} / ${this.t('farewell')}`;
    this.renders.push(text);
    return html`<p>${text}</p>`;
  }
}

/** A third-party host rendering a widget inside its own shadow root. */
@customElement('test-shadow-host')
class ShadowHost extends LitElement {
  override render() {
    return html`<section><test-localize-probe></test-localize-probe></section>`;
  }
}

const text = (el: Element) => el.shadowRoot!.querySelector('p')?.textContent ?? '';
const open = (lang: string) => gates.get(lang)?.();

describe('LocalizeController', () => {
  const htmlLang = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = htmlLang;
  });

  it('waits for the asked language before the first render, then follows a runtime change without flashing', async () => {
    const el = document.createElement('test-localize-probe') as Probe;
    el.setAttribute('lang', 'nn');
    document.body.append(el);
    await aTimeout(0);
    expect(el.renders, 'nothing rendered while nynorsk loads').to.deep.equal([]);
    open('nn');
    await el.updateComplete;
    expect(text(el)).to.equal('God dag på nynorsk / Ha det godt');
    await expect(el).to.be.accessible();

    el.setAttribute('lang', 'en');
    await aTimeout(0);
    expect(text(el), 'nynorsk stays until English has arrived').to.equal('God dag på nynorsk / Ha det godt');
    expect(requested).to.deep.equal(['nn', 'en']);
    open('en');
    await el.updateComplete;
    expect(text(el)).to.equal('Good day / Goodbye');
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    expect(el.renders.every((r) => r !== 'God dag / Ha det bra'), 'bokmål never flashed').to.equal(true);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('follows <html lang> through one shared observer', async () => {
    document.documentElement.lang = 'nb';
    const el = await fixture<Probe>(html`<test-localize-probe></test-localize-probe>`);
    expect(text(el)).to.equal('God dag / Ha det bra');
    document.documentElement.lang = 'en-GB';
    await aTimeout(0);
    await el.updateComplete;
    expect(text(el)).to.equal('Good day / Goodbye');
    await expect(el).to.be.accessible();
  });

  it('follows the provider and the nearest lang, also across a shadow root', async () => {
    const provider = await fixture<BspProvider>(html`<bsp-provider lang="en"><test-localize-probe></test-localize-probe></bsp-provider>`);
    const probe = provider.querySelector<Probe>('test-localize-probe')!;
    await probe.updateComplete;
    expect(text(probe)).to.equal('Good day / Goodbye');
    provider.setAttribute('lang', 'nn');
    await provider.updateComplete;
    await probe.updateComplete;
    expect(text(probe)).to.equal('God dag på nynorsk / Ha det godt');

    // Built by hand: fixture() waits a frame for non-Lit elements, and frames stall in background tabs.
    const wrapper = document.createElement('div');
    wrapper.lang = 'en';
    const host = wrapper.appendChild(document.createElement('test-shadow-host')) as ShadowHost;
    document.body.append(wrapper);
    await host.updateComplete;
    const inner = host.shadowRoot!.querySelector<Probe>('test-localize-probe')!;
    await inner.updateComplete;
    expect(text(inner), 'lang found above the shadow root').to.equal('Good day / Goodbye');
    wrapper.setAttribute('lang', 'nn');
    await aTimeout(0);
    await inner.updateComplete;
    expect(text(inner)).to.equal('God dag på nynorsk / Ha det godt');
    await expect(inner).to.be.accessible();
    wrapper.remove();
  });

  it('shows a partial registered language where it has text and bokmål elsewhere', async () => {
    registerLanguage({ code: 'se', fallback: 'nb', messages: { 'test-localize': { greeting: 'Buorre beaivi' } } });
    const el = await fixture<Probe>(html`<test-localize-probe lang="se-NO"></test-localize-probe>`);
    expect(text(el)).to.equal('Buorre beaivi / Ha det bra');
    expect(el.locale).to.equal('se');
    el.setAttribute('lang', 'xx');
    await el.updateComplete;
    expect(text(el), 'an unregistered language means bokmål').to.equal('God dag / Ha det bra');
    await expect(el).to.be.accessible();
  });
});
