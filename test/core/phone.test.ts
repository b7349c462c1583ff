import { expect } from '@open-wc/testing';
import { dialableNumber, smsUri, telUri } from '../../src/core/phone.js';

/** What partners write, and what a reader's phone must dial. */
const DIALABLE: [written: string, dials: string][] = [
  ['(973) 555-0142', '9735550142'],
  ['973.555.0142', '9735550142'],
  ['973-555-0142', '9735550142'],
  ['973 555 0142', '9735550142'],
  ['1 (973) 555-0142', '19735550142'],
  ['+1 (973) 555-0142', '+19735550142'],
  ['+44 300 123 6600', '+443001236600'],
  ['+44 (0)300 123 6600', '+443001236600'],
  ['0300 123 6600', '03001236600'],
  ['1-800-662-HELP', '18006624357'],
  ['1-800-662-help', '18006624357'],
  ['1-800-662-4357', '18006624357'],
  ['800-662-HELP', '8006624357'],
  ['+1 800 662 HELP', '+18006624357'],
  ['988', '988'],
  ['911', '911'],
  ['000', '000'],
  ['116 123', '116123'],
  ['1800 250 015', '1800250015'],
  ['800 911 2000', '8009112000'],
  ['  (973) 555-0142  ', '9735550142'],
  ['973\u00a0555\u00a00142', '9735550142'], // no-break spaces from a word processor
  ['973\u2013555\u20130142', '9735550142'], // en dashes
  ['\uff19\uff18\uff18', '988'], // full-width digits
  ['0044/300/123/6600', '00443001236600'],
];

/** Not phone numbers: each must be refused, never cleaned into a link. */
const REFUSED: [why: string, written: unknown][] = [
  ['empty', ''],
  ['blank', '   '],
  ['too few digits', '12'],
  ['too many digits', '1234567890123456'],
  ['too short for an international number', '+44 12'],
  ['words', 'call us'],
  ['letters only', 'HELP'],
  ['letters before digits', 'HELP-662-800-1'],
  ['an extension turned into digits', '(973) 555-0142 ext. 12'],
  ['vanity letters on a number that is not North American', '+44 300 HELP'],
  ['markup', '<b>973-555-0142</b>'],
  ['script', '<script>alert(1)</script>'],
  ['a javascript: URL', 'javascript:alert(1)'],
  ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
  ['a web address', 'https://example.org/call'],
  ['a tel: URI with parameters', 'tel:911;phone-context=evil'],
  ['a second plus', '++44 300 123 6600'],
  ['a plus in the middle', '44+300 123 6600'],
  ['a query string', '973-555-0142?body=hi'],
  ['an RTL override', '\u202e2410-555-379'],
  ['a zero-width space', '973\u200b555\u200b0142'],
  ['a very long string', '9'.repeat(5000)],
  ['a number with a hash', '973-555-0142#'],
  ['not a string', 9735550142],
  ['null', null],
  ['undefined', undefined],
];

describe('phone numbers as partners write them', () => {
  for (const [written, dials] of DIALABLE) {
    it(`dials ${JSON.stringify(written)} as ${dials}`, () => {
      expect(dialableNumber(written)).to.equal(dials);
    });
  }

  for (const [why, written] of REFUSED) {
    it(`refuses ${why}`, () => {
      expect(dialableNumber(written as string)).to.equal(null);
    });
  }

  it('every accepted number has only digits and at most a leading +', () => {
    for (const [written] of DIALABLE) {
      expect(dialableNumber(written)).to.match(/^\+?[0-9]+$/);
    }
  });

  it('builds tel: and sms: URIs from a dialable number', () => {
    expect(telUri('+443001236600')).to.equal('tel:+443001236600');
    expect(smsUri('988')).to.equal('sms:988');
  });
});
