/**
 * Invariants of the consent form's paper and note words on demand (issue 12: `consentUiMessages`
 * is what the form's screen uses; the paper form's and the journal note's words load with the
 * code that prints or writes them; `consentMessages` stays the whole catalog for SDK users):
 * 1. the screen's catalog carries no paper or note word, and `consentMessages` has every key of
 *    both tables, in nb, nn and en alike;
 * 2. printed in nb, nn or en, the paper shows each of its words in the reader's language, never
 *    bokmål on an nn or en page;
 * 3. a host's override of a paper word (the element's `messages`, hostile text included) is
 *    printed as text, as for any other word.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { consentMessages, consentUiMessages, format, loadLanguage, type Lang } from '@bsp/sdk';
import '../define.js';
import { consentPaper, type BspConsentForm } from './consent-form.js';
import { consentWidgetMessages } from '../translations/index.js';
import { consentPaperNoteNb } from '../../../sdk/src/consent/translations/paper-note-nb.js';
import { XSS } from '../../../../test/conformance.js';

const paperKeys = Object.keys(consentPaperNoteNb).filter((key) => key.startsWith('paper')) as (keyof typeof consentPaperNoteNb)[];
const paperOf = (el: BspConsentForm) => el.shadowRoot!.querySelector<HTMLElement>('[part="paper"]');

async function printedPaper(el: BspConsentForm): Promise<HTMLElement> {
  window.dispatchEvent(new Event('beforeprint'));
  const paper = paperOf(el)!;
  const copy = paper.cloneNode(true) as HTMLElement;
  window.dispatchEvent(new Event('afterprint'));
  await el.updateComplete;
  return copy;
}

describe('<bsp-consent-form> paper and note words on demand', () => {
  before(() => Promise.all([loadLanguage('nn'), loadLanguage('en'), consentPaper.load()]));

  it('keeps paper and note words out of the screen catalog; consentMessages has them all', () => {
    const screenKeys = Object.keys(consentWidgetMessages.nb);
    for (const key of Object.keys(consentPaperNoteNb)) {
      expect(screenKeys, key).to.not.include(key);
      expect(Object.keys(consentUiMessages.nb), key).to.not.include(key);
      expect(Object.keys(consentMessages.nb), key).to.include(key);
    }
    for (const key of Object.keys(consentUiMessages.nb)) expect(Object.keys(consentMessages.nb), key).to.include(key);
  });

  for (const lang of ['nb', 'nn', 'en'] as const satisfies readonly Lang[]) {
    it(`${lang}: prints every paper word in the reader's language`, async () => {
      const el = await fixture<BspConsentForm>(html`<bsp-consent-form lang=${lang}></bsp-consent-form>`);
      const text = (await printedPaper(el)).textContent!;
      for (const key of paperKeys.filter((k) => k !== 'paperYes' && k !== 'paperNo')) {
        const word = format(consentMessages, lang, key);
        expect(text, `${lang} ${key}`).to.contain(word);
        if (lang !== 'nb' && word !== format(consentMessages, 'nb', key)) expect(text, `${lang} ${key}: no bokmål`).to.not.contain(format(consentMessages, 'nb', key));
      }
      const heads = [...(await printedPaper(el)).querySelectorAll('th')].map((th) => th.textContent);
      expect(heads).to.include.members([format(consentMessages, lang, 'paperYes'), format(consentMessages, lang, 'paperNo')]);
    });
  }

  it('prints a host override of a paper word as text', async () => {
    for (const [i, word] of [XSS, 'Underskrift (pasient)', '{recipient} <i>'].entries()) {
      const lang = (['nb', 'nn', 'en'] as const)[i % 3]!;
      const el = await fixture<BspConsentForm>(html`<bsp-consent-form lang=${lang} .messages=${{ [lang]: { paperSignaturePatient: word } }}></bsp-consent-form>`);
      const paper = await printedPaper(el);
      expect(paper.textContent).to.contain(word);
      expect(paper.querySelector('img, script, i')).to.equal(null);
    }
    expect((window as { __bspXss?: number }).__bspXss).to.equal(undefined);
  });
});
