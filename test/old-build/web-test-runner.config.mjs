// The checklist's browser tests for rules moved out of its view (issue 25), run against the
// checklist as built at 8a31305 (test/fixtures/bundles/8a31305: that commit's drop-in bundle, which
// also defines the consent form): the test files' own imports of the widget are answered with the
// old bundle, everything else (the test helpers, the SDK's record helpers) is today's.
// Used by test/old-build/old-build.test.mjs, which says which tests must fail there and why.
import base from '../../web-test-runner.config.mjs';

const OLD = '/test/fixtures/bundles/8a31305/bsp-checklist.js';
const EMPTY = '/test/old-build/nothing.js';

/** The widget's modules as a test imports them, and what answers them in the old build. */
const WIDGET_IMPORTS = new Map([
  ['../define.js', OLD],
  ['@bsp/consent/define', EMPTY],
]);

const results = [];

export default {
  ...base,
  files: process.env.BSP_OLD_BUILD_FILES.split(','),
  plugins: [
    {
      name: 'old-build-widget',
      resolveImport({ source, context }) {
        if (/\.test\.ts$/.test(context.path) && WIDGET_IMPORTS.has(source)) return WIDGET_IMPORTS.get(source);
        return undefined;
      },
    },
    ...base.plugins,
  ],
  reporters: [
    {
      // Every test's outcome and first error line, as JSON on stdout's last line.
      reportTestFileResults({ sessionsForTestFile }) {
        for (const session of sessionsForTestFile) {
          const walk = (suite, path) => {
            for (const test of suite.tests) results.push({ name: [...path, test.name].join(' > '), passed: test.passed, error: test.error?.message?.split('\n')[0] });
            for (const child of suite.suites) walk(child, [...path, child.name]);
          };
          if (session.testResults) walk(session.testResults, []);
          for (const error of session.errors ?? []) results.push({ name: `${session.testFile}: load`, passed: false, error: error.message });
        }
      },
      onTestRunFinished() {
        process.stdout.write(`\nOLD-BUILD-RESULTS ${JSON.stringify(results)}\n`);
      },
    },
  ],
};
