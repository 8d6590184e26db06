// Every Storybook story, from the static build (storybook-static/, npm run build-storybook),
// rendered in Debian chromium and checked with axe (WCAG 2.1 A/AA, shadow DOM included): the
// Storybook test runner's job, without its own browser download or a second test framework.
// Invariants: the index lists at least one story per widget; every story renders its element
// (no empty root, no page error) and has no axe violation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { startDevServer } from '@web/dev-server';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

let server;
let browser;
let origin;
before(async () => {
  const port = 9100 + Math.floor(Math.random() * 800);
  server = await startDevServer({
    config: { rootDir: 'storybook-static', port, hostname: 'localhost', nodeResolve: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  origin = `http://localhost:${port}`;
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('every Storybook story passes axe', () => {
  it('lists stories for every widget', () => {
    const components = new Set(stories.map((s) => s.title));
    for (const title of ['Checklist', 'Role panel']) assert.ok(components.has(title), [...components].join(', '));
  });

  // One page: the first story loads the preview, the others are switched to through
  // Storybook's channel (what the manager does), which is far cheaper on 2 cores than a reload.
  let page;
  const errors = [];
  for (const story of stories) {
    it(story.id, async () => {
      if (!page) {
        page = await browser.newPage();
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
        await page.evaluate(axeSource);
      } else {
        await page.evaluate(
          (storyId) =>
            new Promise((resolve) => {
              const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
              channel.once('storyRendered', resolve);
              channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
            }),
          story.id,
        );
      }
      await page.waitForFunction(() => {
        const element = document.querySelector('#storybook-root *');
        return !!element && (!element.shadowRoot || element.shadowRoot.childElementCount > 0 || element.childElementCount > 0);
      });
      await page.waitForTimeout(100);
      const violations = await page.evaluate(async () => {
        // The a11y addon runs axe after each render too; one run at a time.
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await window.axe.run('#storybook-root', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
            return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
          } catch (error) {
            if (attempt > 50 || !/already running/.test(String(error))) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
      });
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
      assert.deepEqual(errors, []);
    });
  }
});
