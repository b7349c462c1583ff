// A @web/test-runner reporter that counts passed, failed and skipped tests per
// browser and writes them to a JSON file for scripts/test.mjs to add up.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  if (!suite) return;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function totalsReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const byBrowser = {};
      for (const session of sessions) {
        // The Chrome launcher names itself "Chrome"; what runs is Debian's Chromium.
        const engine = session.browser.name === 'Chrome' ? 'Chromium' : session.browser.name;
        const counts = (byBrowser[engine] ??= { passed: 0, failed: 0, skipped: 0 });
        countSuite(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as a failure.
        if (session.errors?.length || (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length)) {
          counts.failed++;
        }
      }
      if (file) writeFileSync(file, JSON.stringify(byBrowser, null, 2));
    },
  };
}
