// Issue 30: safeHref accepted `https://helsenorge.no@evil.example/` (a link to evil.example that
// reads as helsenorge.no) and any text after tel: or mailto:. Both fail on the code before.
// The JSON Schema patterns come from the same source and must agree with safeHref.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HTTP_LINK_PATTERN, SAFE_LINK_PATTERN, safeHref } from './safe-href.js';

const refused = [
  'https://helsenorge.no@evil.example/',
  'https://user:pass@example.no/',
  'http://@example.no',
  'tel:ring oss',
  'tel:javascript:alert(1)',
  'tel:',
  'mailto:hei',
  'mailto:<script>@x.no',
  'mailto:a@b',
  'javascript:alert(1)',
  'data:text/html,x',
];
const accepted = ['https://helsenorge.no/', 'http://example.no:8080/a?b=c#d', 'https://example.no/path@x', 'tel:+47 22 22 22 22', 'tel:22222222', 'mailto:post@kommune.no', 'mailto:post@kommune.no?subject=Hei', 'HTTPS://EXAMPLE.NO'];

test('userinfo, tel: without a number and mailto: without an address are refused', () => {
  for (const href of refused) assert.equal(safeHref(href), undefined, href);
  for (const href of accepted) assert.equal(safeHref(href), href, href);
});

test('the JSON Schema pattern accepts exactly what safeHref accepts (trimmed text)', () => {
  const pattern = new RegExp(SAFE_LINK_PATTERN);
  const http = new RegExp(HTTP_LINK_PATTERN);
  for (const href of [...refused, ...accepted]) {
    assert.equal(pattern.test(href), safeHref(href) !== undefined, href);
    assert.equal(http.test(href), safeHref(href)?.toLowerCase().startsWith('http') ?? false, href);
  }
  const parts = fc.constantFrom('https://', 'http://', 'tel:', 'mailto:', 'javascript:', '@', 'a', '.', '/', ':', '+', '4', ' ', '?', '#', 'no', 'evil.example', '%', '\\');
  fc.assert(
    fc.property(fc.array(parts, { maxLength: 8 }), (list) => {
      const href = list.join('').trim();
      if (!href) return;
      assert.equal(pattern.test(href), safeHref(href) !== undefined, href);
    }),
    { numRuns: 3000, seed: 20261207 },
  );
});
