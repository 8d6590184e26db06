/**
 * Invariants of the src loader's failure text (issues 11, 12):
 * - every failure (timeout, too large, error status, unreachable) is explained in the reader's
 *   language, from the SDK's per-language error messages: nb, nn and en all differ, none is
 *   empty and no `{placeholder}` is left unfilled;
 * - the issue names the `src` field and starts with the address that failed.
 */
import { expect } from '@open-wc/testing';
import { errorMessages, format, loadLanguage, type BspErrorDetail, type Lang } from '@bsp/sdk';
import type { ReactiveController } from 'lit';
import { SrcLoader } from './src-loader.js';
import { stubFetch } from '../../../../test/stub-fetch.js';

/** The least a controller host needs: controllers, updates and events. */
class Host extends EventTarget {
  addController(_controller: ReactiveController): void {}
  removeController(_controller: ReactiveController): void {}
  requestUpdate(): void {}
  readonly updateComplete = Promise.resolve(true);
}

const failures = [
  { src: '/hang.json', reason: 'loadTimeout' },
  { src: '/big.json', reason: 'loadTooLarge' },
  { src: '/missing.json', reason: 'loadStatus' },
  { src: '/nowhere.json', reason: 'loadUnreachable' },
] as const;

async function failureText(lang: Lang, src: string): Promise<BspErrorDetail> {
  const host = new Host();
  const loader = new SrcLoader(host, { lang: () => lang, what: () => 'x', timeoutMs: () => 30, maxBytes: () => 10, onLoad: () => {} });
  await loader.load(src);
  return loader.error!;
}

describe('SrcLoader failure text', () => {
  before(() => Promise.all([loadLanguage('nn'), loadLanguage('en')]));

  it('explains every failure in nb, nn and en from the per-language error messages', async () => {
    const restore = stubFetch({ '/hang.json': { hang: true }, '/big.json': { body: 'x'.repeat(100) }, '/missing.json': { status: 404 } });
    try {
      for (const { src, reason } of failures) {
        const texts = new Set<string>();
        for (const lang of ['nb', 'nn', 'en'] as const) {
          const error = await failureText(lang, src);
          const [issue] = error.issues;
          expect(issue!.path).to.equal('src');
          expect(issue!.message.startsWith(`${src}: `), issue!.message).to.equal(true);
          const reasonText = issue!.message.slice(src.length + 2);
          expect(reasonText).to.not.match(/[{}]/);
          expect(reasonText.length).to.be.greaterThan(5);
          // The reason is the catalog's text for this language, with its figures filled in
          // (30 ms rounds to 0 seconds, 10 bytes to 0 MB).
          expect(reasonText).to.equal(format(errorMessages, lang, reason, { seconds: 0, mb: 0, status: 404 }));
          texts.add(reasonText);
        }
        if (reason !== 'loadTooLarge' && reason !== 'loadStatus') expect(texts.size, reason).to.equal(3);
        else expect(texts.size, reason).to.be.at.least(2);
      }
    } finally {
      restore();
    }
  });
});
