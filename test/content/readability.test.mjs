// A frightened reader must understand the words at a glance. Measured over the
// compiled content in lib/, element by element, on what each element shows:
//
// - English: Flesch–Kincaid grade, by the `text-readability` library: at most 6
//   for <overdose-signs> (read in an emergency), 8 for the others.
// - Spanish: Fernández-Huerta reading ease (Flesch's formula refitted for Spanish,
//   1959), at least 70 ("fairly easy"). No well-kept npm package computes it, so
//   readability.mjs implements it from the published formula, with a Spanish
//   syllable counter; the checks at the end hold both to known values.
// - Every sentence on its own: none above grade 10 in English, and none below 60
//   in Spanish (on the Flesch scale both formulas share, 60 is where grades 8–9
//   end and "fairly difficult", grades 10–12, begins). A sentence that crosses its
//   line fails the test, named. Sentences under SHORTEST words are left out of
//   this check only: in so few words the formula's length term is small and the
//   grade measures little but the length of the words, so a plain sentence with
//   two drug names scores as hard ("They are methadone, buprenorphine, and
//   naltrexone." is grade 12; "Naloxone is a medicine that can reverse an opioid
//   overdose." is grade 12). They still count in the element's score.
//
// Run after the build: node --test test/content/readability.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import readability from 'text-readability';
import { en } from '../../lib/content/en.js';
import { es } from '../../lib/content/es.js';
import { fernandezHuerta, sentenceGrade, sentences, spanishSyllables, spanishWords } from './readability.mjs';

const MAX_GRADE = { 'overdose-signs': 6, 'family-steps': 8, 'call-banner': 8 };
const MIN_EASE = 70;
const MAX_SENTENCE_GRADE = 10;
const MIN_SENTENCE_EASE = 60;
const SHORTEST = 12;

/** Sample values for the words that take some: by field name, else an emergency number. */
const SAMPLE_ARGS = {
  stepOf: [2, 6],
  stepLabel: [5],
  started: [3],
  messageFor: ['Hope Clinic'],
  callName: ['1-800-662-4357', 'SAMHSA National Helpline'],
  hours: ['Monday to Friday, 9 to 5'],
};
const EMERGENCY_NUMBER = '911';

/** Every string in a part of the content, in reading order; function fields get sample values. Addresses are not read. */
function strings(value, key = '') {
  if (typeof value === 'string') return key === 'href' ? [] : [value];
  if (typeof value === 'function') return [String(value(...(SAMPLE_ARGS[key] ?? [EMERGENCY_NUMBER])))];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, key));
  if (value && typeof value === 'object') {
    // Source keys are for reviewers, not readers.
    return Object.entries(value)
      .filter(([field]) => field !== 'sources')
      .flatMap(([field, inner]) => strings(inner, field));
  }
  return [];
}

/**
 * Joins strings as sentences. Headings, labels and list items become sentences of
 * their own (a full stop is added), and curly quotes become straight ones, because
 * the library only ends a sentence at `.`, `!` or `?` followed by a space.
 * "EE. UU." is one word, not the end of a sentence.
 */
function asProse(parts) {
  return parts
    .map((part) => part.trim().replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/:$/, '.').replace(/EE\. UU\./g, 'EE.UU.'))
    .map((part) => (/[.!?]["')]?$/.test(part) ? part : `${part}.`))
    .join(' ');
}

/** What each element shows a reader, in one language: its own part, plus the shared words it places. */
function bodies(content) {
  const { call, helpline } = content.common;
  const line = [helpline.name, helpline.note.text, helpline.services.text];
  return {
    'overdose-signs': [call(EMERGENCY_NUMBER), ...strings(content.overdoseSigns)],
    'family-steps': [...strings(content.familySteps), ...line, call(helpline.number)],
    'call-banner': [...strings(content.callBanner), call(helpline.number), ...line],
  };
}

const round = (value) => Math.round(value * 10) / 10;

for (const [element, parts] of Object.entries(bodies(en))) {
  const text = asProse(parts);

  test(`<${element}> reads at grade ${MAX_GRADE[element]} or below in English`, () => {
    const grade = readability.fleschKincaidGrade(text);
    console.log(
      `<${element}> English: Flesch–Kincaid grade ${grade} ` +
        `(${readability.lexiconCount(text)} words, ${readability.sentenceCount(text)} sentences, ` +
        `reading ease ${readability.fleschReadingEase(text)})`,
    );
    assert.ok(grade <= MAX_GRADE[element], `<${element}> is at grade ${grade}; aim for ${MAX_GRADE[element]} or below`);
  });

  test(`<${element}> has no English sentence above grade ${MAX_SENTENCE_GRADE}`, () => {
    const hard = sentences(text)
      .filter((sentence) => readability.lexiconCount(sentence) >= SHORTEST)
      .map((sentence) => ({ sentence, grade: round(sentenceGrade(sentence)) }))
      .filter(({ grade }) => grade > MAX_SENTENCE_GRADE);
    assert.deepEqual(hard, [], `<${element}>: sentences above grade ${MAX_SENTENCE_GRADE}`);
  });
}

for (const [element, parts] of Object.entries(bodies(es))) {
  const text = asProse(parts);

  test(`<${element}> reads at Fernández-Huerta ${MIN_EASE} or above in Spanish`, () => {
    const ease = round(fernandezHuerta(text));
    console.log(`<${element}> Spanish: Fernández-Huerta ${ease} (${spanishWords(text).length} words, ${sentences(text).length} sentences)`);
    assert.ok(ease >= MIN_EASE, `<${element}> in Spanish reads at ${ease}; aim for ${MIN_EASE} or above`);
  });

  test(`<${element}> has no Spanish sentence below ${MIN_SENTENCE_EASE}`, () => {
    const hard = sentences(text)
      .filter((sentence) => spanishWords(sentence).length >= SHORTEST)
      .map((sentence) => ({ sentence, ease: round(fernandezHuerta(sentence)) }))
      .filter(({ ease }) => ease < MIN_SENTENCE_EASE);
    assert.deepEqual(hard, [], `<${element}>: Spanish sentences below ${MIN_SENTENCE_EASE}`);
  });
}

test('the Spanish syllable counter follows Spanish spelling: diphthongs, hiatus, final y', () => {
  const expected = {
    naloxona: 4, respiración: 4, día: 2, leer: 2, siete: 2, cuida: 2, hoy: 1, muy: 1, y: 1, país: 2, guerra: 2,
    que: 1, ahí: 2, sobredosis: 4, opioides: 3, fentanilo: 4, reanimación: 5, ciudad: 2, fuerte: 2, 911: 2,
  };
  const counted = Object.fromEntries(Object.keys(expected).map((word) => [word, spanishSyllables(word)]));
  assert.deepEqual(counted, expected);
});

test('Fernández-Huerta gives what its formula gives: short plain sentences score high, long learned ones low', () => {
  // 7 words, 14 syllables, 1 sentence: 206.84 − 60 × 14/7 − 1.02 × 7.
  assert.equal(round(fernandezHuerta('Llame al nueve uno uno ahora mismo.')), round(206.84 - (60 * 14) / 7 - 1.02 * 7));
  assert.ok(fernandezHuerta('Dé otra dosis si no respira.') > 90);
  assert.ok(
    fernandezHuerta(
      'La administración intranasal de antagonistas opioides constituye una intervención farmacológica fundamental en la intoxicación.',
    ) < 30,
  );
});

test('the English sentence check catches a long, hard sentence and lets a plain one pass', () => {
  assert.ok(sentenceGrade('Put the phone on speaker so the dispatcher can coach you.') <= MAX_SENTENCE_GRADE);
  assert.ok(
    sentenceGrade(
      'Administration of intranasal opioid antagonists constitutes a fundamental pharmacological intervention in respiratory depression.',
    ) > MAX_SENTENCE_GRADE,
  );
});
