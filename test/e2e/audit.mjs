// Lighthouse-style checks on a page: axe-core (WCAG 2.1 A/AA rules, shadow DOM included) for
// accessibility, and best-practice checks Lighthouse also makes. Lighthouse itself needs
// Node 22; these run on Node 20 against the same Debian chromium.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function auditPage(tab) {
  const { page } = tab;
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  // evaluate() is not subject to the page's CSP, so this works on the strict public site too.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  // Each widget's own heading sits below the host heading it is placed under (heading-level),
  // so the page outline reads host section → widget → widget steps, never two h2s in a row.
  const widgetsAboveHostHeading = await page.evaluate(() => {
    const level = (h) => Number(h.tagName[1]);
    const hostHeadings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    return [...document.querySelectorAll('bsp-child-checklist, bsp-consent-form, bsp-role-panel, bsp-support-finder')].flatMap((widget) => {
      const own = widget.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6');
      const host = hostHeadings.filter((h) => h.compareDocumentPosition(widget) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
      return own && host && level(own) <= level(host) ? [`${widget.localName}: h${level(own)} under h${level(host)} "${host.textContent.trim()}"`] : [];
    });
  });
  const facts = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    viewport: !!document.querySelector('meta[name=viewport]'),
    charset: document.characterSet,
    doctype: document.doctype?.name,
  }));
  // WCAG 1.4.10 reflow: at 320 CSS px wide nothing may need horizontal scrolling.
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.waitForTimeout(200);
  const reflows = await page.evaluate(() => document.documentElement.scrollWidth <= 320);
  if (viewport) await page.setViewportSize(viewport);
  const bestPractices = [
    { name: 'reflows at 320 px (no horizontal scrolling)', ok: reflows },
    { name: 'html has lang', ok: !!facts.lang },
    { name: 'document has a title', ok: !!facts.title },
    { name: 'has a viewport meta tag', ok: facts.viewport },
    { name: 'charset is UTF-8', ok: facts.charset === 'UTF-8' },
    { name: 'has <!doctype html>', ok: facts.doctype === 'html' },
    { name: 'no console errors', ok: tab.errors.length === 0 },
    { name: `widget headings below the host's (${widgetsAboveHostHeading.join('; ') || 'all'})`, ok: widgetsAboveHostHeading.length === 0 },
    { name: 'no requests to other origins', ok: tab.foreignRequests().length === 0 },
  ];
  return { violations, bestPractices };
}
