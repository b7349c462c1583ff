import { expect, fixture, html } from '@open-wc/testing';
import { baseLanguage, declaredLanguage, resolveLanguage } from '../../src/core/language.js';

describe('language resolution', () => {
  it('reduces regional tags to their base language', () => {
    expect(baseLanguage('es-MX')).to.equal('es');
    expect(baseLanguage(' EN-us ')).to.equal('en');
    expect(baseLanguage('es_419')).to.equal('es');
    expect(baseLanguage('')).to.equal('');
  });

  it('shows a supported language and falls back to English for others', () => {
    expect(resolveLanguage('es')).to.deep.equal({ language: 'es', unsupported: null });
    expect(resolveLanguage('es-MX')).to.deep.equal({ language: 'es', unsupported: null });
    expect(resolveLanguage('fr')).to.deep.equal({ language: 'en', unsupported: 'fr' });
    expect(resolveLanguage(null)).to.deep.equal({ language: 'en', unsupported: null });
    expect(resolveLanguage('  ')).to.deep.equal({ language: 'en', unsupported: null });
  });

  it("reads the element's own lang first", async () => {
    const host = await fixture(html`<div lang="en"><span lang="es-MX"></span></div>`);
    expect(declaredLanguage(host.querySelector('span')!)).to.equal('es-MX');
  });

  it("reads the nearest ancestor's lang, skipping empty ones", async () => {
    const host = await fixture(html`<section lang="es"><div lang=""><span></span></div></section>`);
    expect(declaredLanguage(host.querySelector('span')!)).to.equal('es');
  });

  it('finds the page language from inside another shadow root', async () => {
    const outer = await fixture(html`<div lang="es"><div></div></div>`);
    const shadowHost = outer.firstElementChild!;
    const root = shadowHost.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.append(inner);
    expect(declaredLanguage(inner)).to.equal('es');
  });

  it('falls back to <html lang>', async () => {
    const original = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'es-US');
    try {
      const el = await fixture(html`<span></span>`);
      expect(declaredLanguage(el)).to.equal('es-US');
    } finally {
      if (original === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', original);
    }
  });
});
