// End-to-end harness: the demo server on a free port and Debian chromium driven by
// playwright-core (no downloaded browser). Every page is watched for requests that leave
// the demo origin and for storage writes the host did not ask for.
import { chromium } from 'playwright-core';
import { startDemoServer } from '../../scripts/demo-server.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export async function startHarness() {
  const port = 8100 + Math.floor(Math.random() * 800);
  const server = await startDemoServer({ port, quiet: true });
  const origin = `http://localhost:${port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * Opens a page and records: every request URL, console errors, CSP violations and every
 * write to localStorage, sessionStorage, cookies and IndexedDB (by key, never by value).
 */
export async function openPage(harness, path, { context: existing } = {}) {
  const context = existing ?? (await harness.browser.newContext());
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.addInitScript(() => {
    const writes = [];
    Object.defineProperty(window, '__storageWrites', { value: writes });
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      writes.push(`${this === window.sessionStorage ? 'session' : 'local'}:${key}`);
      return setItem.call(this, key, value);
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    Object.defineProperty(document, 'cookie', {
      get: () => cookie.get.call(document),
      set: (v) => {
        writes.push(`cookie:${String(v).split('=')[0]}`);
        cookie.set.call(document, v);
      },
    });
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (name, ...rest) {
      writes.push(`indexeddb:${name}`);
      return open.call(this, name, ...rest);
    };
    document.addEventListener('securitypolicyviolation', (e) => writes.push(`csp-violation:${e.violatedDirective}`));
  });
  await page.goto(harness.origin + path);
  return {
    page,
    context,
    requests,
    errors,
    /** Requests that left the demo origin (a widget must make none). */
    foreignRequests: () => requests.filter((url) => !url.startsWith(harness.origin) && !url.startsWith('data:')),
    storageWrites: () => page.evaluate(() => [...window.__storageWrites]),
  };
}
