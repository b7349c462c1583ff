import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { defineElement, type VersionedElement } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';

/** A registry of our own, so the page's real one is not touched. */
function fakeRegistry() {
  const entries = new Map<string, CustomElementConstructor>();
  return {
    get: (tag: string) => entries.get(tag),
    define: sinon.spy((tag: string, ctor: CustomElementConstructor) => {
      if (entries.has(tag)) throw new DOMException(`${tag} already defined`, 'NotSupportedError');
      entries.set(tag, ctor);
    }),
  };
}

const classFrom = (version?: string) =>
  class extends HTMLElement {
    static readonly version = version;
  } as VersionedElement;

describe('registering an element', () => {
  afterEach(() => sinon.restore());

  it('registers a tag that is free', () => {
    const registry = fakeRegistry();
    const First = classFrom(VERSION);
    defineElement('x-free', First, registry);
    expect(registry.get('x-free')).to.equal(First);
  });

  it('leaves an existing registration alone, without throwing or warning, for the same version', () => {
    const registry = fakeRegistry();
    const warn = sinon.stub(console, 'warn');
    const First = classFrom(VERSION);
    defineElement('x-twice', First, registry);
    expect(() => defineElement('x-twice', classFrom(VERSION), registry)).not.to.throw();
    expect(registry.get('x-twice')).to.equal(First);
    expect(registry.define.callCount).to.equal(1);
    expect(warn.called).to.equal(false);
  });

  it('warns once, naming both versions, when a different version is already registered', () => {
    const registry = fakeRegistry();
    const warn = sinon.stub(console, 'warn');
    defineElement('x-old', classFrom('0.0.1'), registry);
    defineElement('x-old', classFrom(VERSION), registry);
    defineElement('x-old', classFrom(VERSION), registry);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.include('0.0.1').and.include(VERSION).and.include('<x-old>');
  });

  it('does not throw when the same tag is defined on the real registry twice', () => {
    const A = classFrom(VERSION);
    const B = classFrom(VERSION);
    defineElement('recovery-test-twice', A);
    expect(() => defineElement('recovery-test-twice', B)).not.to.throw();
    expect(customElements.get('recovery-test-twice')).to.equal(A);
  });
});
