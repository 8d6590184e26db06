// Browser tests: every component test in headless Debian chromium (no downloaded browser).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

export default {
  files: ['packages/*/src/**/*.test.ts', '!packages/sdk/**', '!packages/cli/**', 'test/**/*.test.ts', '!test/e2e/**', '!test/language/**', '!test/fhir-server/**'],
  // `source` resolves our workspace packages to their TypeScript; `development` gives Lit's
  // dev build so its warnings surface (and fail, see testRunnerHtml).
  nodeResolve: { exportConditions: ['source', 'development'], browser: true },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
      // Each test page behaves as the focused window: with two pages at once only one has the
      // browser's focus, and :focus / :focus-visible never match in the other.
      async createPage({ context }) {
        const page = await context.newPage();
        await (await page.createCDPSession()).send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  concurrency: 2,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  // Lit dev-mode warnings fail the test that caused them (the "dev mode" notice aside).
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="nb">
  <body>
    <script>
      globalThis.litIssuedWarnings = new Set(['dev-mode', 'multiple-versions']);
      const warn = console.warn.bind(console);
      console.warn = (...args) => {
        const text = args.map(String).join(' ');
        if (/\\blit\\b|Lit |lit\\.dev/i.test(text)) throw new Error('Lit warning: ' + text);
        warn(...args);
      };
    </script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
