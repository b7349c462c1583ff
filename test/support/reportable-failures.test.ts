import { expect, fixture, html } from '@open-wc/testing';

/** The error a failing assertion throws, caught so the test can look at it. */
function failureOf(assertion: () => void): { actual?: unknown; expected?: unknown; message: string } {
  try {
    assertion();
  } catch (error) {
    return error as { actual?: unknown; expected?: unknown; message: string };
  }
  throw new Error('the assertion passed, so there is no failure to look at');
}

describe('a failing assertion about DOM nodes', () => {
  it('can be sent to the test runner (structuredClone), so the failure names its test', async () => {
    const root = await fixture(html`<div><button class="start">Start</button><a href="tel:911">Call</a></div>`);
    const failure = failureOf(() => expect(root.querySelector('button')).to.equal(root.querySelector('a')));
    expect(() => structuredClone({ actual: failure.actual, expected: failure.expected })).not.to.throw();
    expect(failure.actual).to.equal('<button class="start">');
    expect(failure.expected).to.equal('<a href="tel:911">');
  });

  it('keeps a failing comparison of a node with null readable', async () => {
    const root = await fixture(html`<p>Hello</p>`);
    const failure = failureOf(() => expect(root).to.equal(null));
    expect(() => structuredClone(failure.actual)).not.to.throw();
    expect(failure.actual).to.equal('<p>');
    expect(failure.expected).to.equal(null);
  });

  it('leaves plain values as they are', () => {
    const failure = failureOf(() => expect({ step: 2 }).to.deep.equal({ step: 3 }));
    expect(failure.actual).to.deep.equal({ step: 2 });
    expect(failure.expected).to.deep.equal({ step: 3 });
  });
});
