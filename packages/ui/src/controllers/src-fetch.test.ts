// Issue 30: `src` followed a redirect to another site and showed its data, and read an Excel
// (Windows-1252) CSV as UTF-8 (æ, ø, å became U+FFFD, so the rows were refused). Both fail on
// the code before.
import { expect } from '@open-wc/testing';
import { fetchSrc } from './src-fetch.js';

const stub = (response: Partial<Response>) => {
  const original = window.fetch;
  window.fetch = () => Promise.resolve(response as Response);
  return () => (window.fetch = original);
};
const body = (bytes: Uint8Array<ArrayBuffer> | string) => new Response(bytes).body;

describe('fetchSrc', () => {
  it('refuses a redirect to another origin, naming it; a same-origin redirect is read', async () => {
    let restore = stub({ ok: true, status: 200, redirected: true, url: 'https://evil.example/tilbud.json', headers: new Headers(), body: body('[]') });
    try {
      const result = await fetchSrc('/tilbud.json', new AbortController().signal, 1000, 1000);
      expect(result).to.deep.equal({ ok: false, reason: 'loadRedirected', params: { origin: 'https://evil.example' } });
    } finally {
      restore();
    }
    restore = stub({ ok: true, status: 200, redirected: true, url: new URL('/ny/tilbud.json', location.href).href, headers: new Headers({ 'content-type': 'application/json' }), body: body('[]') });
    try {
      const result = await fetchSrc('/tilbud.json', new AbortController().signal, 1000, 1000);
      expect(result).to.deep.equal({ ok: true, text: '[]', contentType: 'application/json' });
    } finally {
      restore();
    }
  });

  it('reads a Windows-1252 CSV (Excel) as the SDK does', async () => {
    const cp1252 = Uint8Array.from([...'id;name\na;Støtte for søsken\n'].map((c) => c.charCodeAt(0)));
    const restore = stub({ ok: true, status: 200, redirected: false, url: '', headers: new Headers({ 'content-type': 'text/csv' }), body: body(cp1252) });
    try {
      const result = await fetchSrc('/tilbud.csv', new AbortController().signal, 1000, 1000);
      expect(result.ok && result.text).to.equal('id;name\na;Støtte for søsken\n');
    } finally {
      restore();
    }
  });
});
