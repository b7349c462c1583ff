import { expect } from '@open-wc/testing';
import {
  parseEmergencyNumber,
  parseHeadingLevel,
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

  it('accepts emergency numbers written as digits only', () => {
    for (const good of ['911', '112', '999', '000', '111', '1122', '15']) {
      expect(parseEmergencyNumber(good), good).to.equal(good);
    }
    expect(parseEmergencyNumber(' 112 ')).to.equal('112');
    for (const bad of ['', '9', '9-1-1', '+112', 'abc', '911; drop', 'tel:911', '1234567', '９１１']) {
      expect(parseEmergencyNumber(bad), bad).to.equal(null);
    }
  });

  it('reads comma lists of step numbers, keeping order and the bad parts', () => {
    expect(parseNumberList('1,5,8', 8)).to.deep.equal({ numbers: [1, 5, 8], invalid: [] });
    expect(parseNumberList(' 8 , 2 ,2', 8)).to.deep.equal({ numbers: [8, 2], invalid: [] });
    expect(parseNumberList('1,9,abc,0,3', 8)).to.deep.equal({ numbers: [1, 3], invalid: ['9', 'abc', '0'] });
    expect(parseNumberList('', 8)).to.deep.equal({ numbers: [], invalid: [] });
    expect(parseNumberList('1.5,-2', 8)).to.deep.equal({ numbers: [], invalid: ['1.5', '-2'] });
  });
});
