import { expect } from '@open-wc/testing';
import { dialableNumber, phoneText, plainPhoneText } from '../../src/core/phone.js';
import { PHONE_CASES } from './phone-cases.js';

describe('phone numbers as partners write them', () => {
  it(`the table holds the issue's 96 values and more (${PHONE_CASES.length})`, () => {
    expect(PHONE_CASES.length).to.be.at.least(96);
    expect(new Set(PHONE_CASES.map(({ written }) => written)).size, 'no value twice').to.equal(PHONE_CASES.length);
  });

  for (const { group, written, dials, shows } of PHONE_CASES) {
    const name = JSON.stringify(written).slice(0, 60);
    if (dials === null) {
      it(`${group}: refuses ${name}`, () => {
        expect(dialableNumber(written)).to.equal(null);
      });
    } else {
      it(`${group}: dials ${name} as ${dials}, shown as ${JSON.stringify(shows ?? written.trim())}`, () => {
        expect(dialableNumber(written)).to.equal(dials);
        expect(phoneText(written)).to.equal(shows ?? written.trim());
      });
    }
  }

  it('dials only digits, at most a leading +, and a comma before an extension', () => {
    for (const { written, dials } of PHONE_CASES) {
      if (dials !== null) expect(dialableNumber(written), written).to.match(/^\+?[0-9]{3,15}(,[0-9]{1,6})?$/);
    }
  });

  it('refuses what is not text, or empty', () => {
    for (const value of [null, undefined, '', '   ', '\u200b', 'tel:']) expect(dialableNumber(value), String(value)).to.equal(null);
    expect(phoneText(null)).to.equal('');
  });

  it('reads a number a script set as a number', () => {
    expect(dialableNumber(9735550142)).to.equal('9735550142');
  });

  it('reads digits of every script it accepts as 0 to 9, and every dash as -', () => {
    const zeroToNine = (first: number) => String.fromCharCode(...Array.from({ length: 10 }, (_, i) => first + i));
    for (const first of [0xff10, 0x0660, 0x06f0, 0x0966]) {
      expect(plainPhoneText(zeroToNine(first)), first.toString(16)).to.equal('0123456789');
    }
    expect(plainPhoneText('1\u20102\u20113\u20124\u20135\u20146\u20157\u22128')).to.equal('1-2-3-4-5-6-7-8');
  });
});
