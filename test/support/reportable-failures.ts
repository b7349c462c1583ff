/**
 * Every test page loads this first (web-test-runner.config.mjs, `testRunnerHtml`).
 *
 * A failing assertion about a DOM node (`expect(focused).to.equal(button)`) keeps
 * the node in the error's `actual` and `expected`. The runner sends results to Node
 * through `structuredClone`, which cannot copy a node: the whole file then stops
 * reporting, and the run ends with "did not finish" and no test name. So before
 * an assertion error leaves chai, any value the browser cannot clone is replaced
 * with a short description of it (`<button class="start">`), and the failure
 * names its test at once.
 */
// Chai itself, not @open-wc/testing: that module registers its fixture clean-up only
// when mocha is already on the page, and this runs before mocha loads.
import { Assertion } from '@esm-bundle/chai';

/** A short, readable stand-in for a value the test runner cannot send. */
export function describeForReport(value: unknown): unknown {
  if (value instanceof Element) {
    const attributes = [...value.attributes].map((attribute) => ` ${attribute.name}="${attribute.value}"`).join('');
    return `<${value.localName}${attributes}>`;
  }
  if (value instanceof Node) return `${value.nodeName} ${JSON.stringify(value.textContent?.slice(0, 80))}`;
  try {
    structuredClone(value);
    return value;
  } catch {
    return String(value);
  }
}

const assert = Assertion.prototype.assert;
Assertion.prototype.assert = function reportableAssert(this: unknown, ...args: unknown[]) {
  try {
    return (assert as (...a: unknown[]) => unknown).apply(this, args);
  } catch (error) {
    if (error && typeof error === 'object') {
      const failure = error as { actual?: unknown; expected?: unknown };
      if ('actual' in failure) failure.actual = describeForReport(failure.actual);
      if ('expected' in failure) failure.expected = describeForReport(failure.expected);
    }
    throw error;
  }
} as typeof assert;
