import { expect } from '@open-wc/testing';
import {
  isPlausibleEmergencyNumber,
  parseEmergencyNumber,
  parseHeadingLevel,
  parseHttpsAddress,
  parseNumberList,
  parseTheme,
  textOf,
} from '../../src/core/attributes.js';

describe('attribute values', () => {
  it('reads any property value a script sets as trimmed text', () => {
    expect(textOf(' Hope Clinic ')).to.equal('Hope Clinic');
    expect(textOf(9735550142)).to.equal('9735550142');
    expect(textOf(['5', '8'])).to.equal('5,8');
    expect(textOf(null)).to.equal('');
    expect(textOf(undefined)).to.equal('');
  });

  it('accepts heading levels 1 to 6 only', () => {
    expect(parseHeadingLevel('1')).to.equal(1);
    expect(parseHeadingLevel(6)).to.equal(6);
    expect(parseHeadingLevel(' 3 ')).to.equal(3);
    for (const bad of ['0', '7', '-1', '2.5', 'abc', '', 'h2', NaN, null, undefined]) {
      expect(parseHeadingLevel(bad), String(bad)).to.equal(null);
    }
  });

  it('accepts the three themes, in any case', () => {
    expect(parseTheme('light')).to.equal('light');
    expect(parseTheme('Dark')).to.equal('dark');
    expect(parseTheme(' auto ')).to.equal('auto');
    expect(parseTheme('blue')).to.equal(null);
    expect(parseTheme('')).to.equal(null);
  });

  it('accepts emergency numbers written as digits, in any script, with the separators of a phone number', () => {
    for (const good of ['911', '112', '999', '000', '111', '1122', '15', '10111']) {
      expect(parseEmergencyNumber(good), good).to.equal(good);
    }
    const written: [string, string][] = [
      [' 112 ', '112'],
      ['\uff11\uff11\uff12', '112'],
      ['1 1 2', '112'],
      ['1-1-2', '112'],
      ['9.1.1', '911'],
      ['\u0669\u0661\u0661', '911'],
      ['\u06f1\u06f1\u06f2', '112'],
      ['\u0967\u0967\u0968', '112'],
      ['\u200b911\u200e', '911'],
      ['tel:911', '911'],
    ];
    for (const [value, number] of written) expect(parseEmergencyNumber(value), value).to.equal(number);
    for (const bad of ['', '9', '+112', 'abc', '911; drop', '1234567', '911 or 112', '(911)', '9/11', '\u202e911']) {
      expect(parseEmergencyNumber(bad), bad).to.equal(null);
    }
  });

  it('tells a plausible emergency number (three digits, or short and starting with 1) from an unusual one', () => {
    for (const plausible of ['911', '112', '999', '000', '110', '15', '17', '1122', '10111', '10177']) {
      expect(isPlausibleEmergencyNumber(plausible), plausible).to.equal(true);
    }
    for (const unusual of ['08', '99', '123456', '0800', '9999', '20202']) {
      expect(isPlausibleEmergencyNumber(unusual), unusual).to.equal(false);
    }
  });

  it('reads comma lists of step numbers, keeping order and the bad parts', () => {
    expect(parseNumberList('1,5,8', 8)).to.deep.equal({ numbers: [1, 5, 8], invalid: [] });
    expect(parseNumberList(' 8 , 2 ,2', 8)).to.deep.equal({ numbers: [8, 2], invalid: [] });
    expect(parseNumberList('1,9,abc,0,3', 8)).to.deep.equal({ numbers: [1, 3], invalid: ['9', 'abc', '0'] });
    expect(parseNumberList('', 8)).to.deep.equal({ numbers: [], invalid: [] });
    expect(parseNumberList('1.5,-2', 8)).to.deep.equal({ numbers: [], invalid: ['1.5', '-2'] });
  });

  it('accepts an https: address only, for a chat link', () => {
    expect(parseHttpsAddress('https://example.org/chat')).to.equal('https://example.org/chat');
    expect(parseHttpsAddress(' HTTPS://example.org/chat?from=banner#start ')).to.equal('HTTPS://example.org/chat?from=banner#start');
    for (const bad of ['http://example.org/chat', 'javascript:alert(1)', '/chat', 'example.org/chat', 'https://', 'https://example.org/a chat', 'data:text/html,hi', '']) {
      expect(parseHttpsAddress(bad), bad).to.equal(null);
    }
  });
});
