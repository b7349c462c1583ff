// A frightened reader must understand the English text at a glance: each element's
// body text reads at US school grade 8 or below (Flesch–Kincaid), measured by the
// `text-readability` library over the compiled content in lib/.
//
// Run after the build: node --test test/content/readability.test.mjs

import { test } from 'node:test';
import assert from 'node:assert/strict';
import readability from 'text-readability';
import { en } from '../../lib/content/en.js';

const MAX_GRADE = 8;

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

/** Every string in a part of the content, in reading order; function fields get sample values. */
function strings(value, key = '') {
  if (typeof value === 'string') return [value];
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
 */
function asProse(parts) {
  return parts
    .map((part) => part.trim().replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/:$/, '.'))
    .map((part) => (/[.!?]["')]?$/.test(part) ? part : `${part}.`))
    .join(' ');
}

/** What each element shows a reader: its own part, plus the shared words it places. */
const { call, helpline } = en.common;
const bodies = {
  'overdose-signs': [call(EMERGENCY_NUMBER), ...strings(en.overdoseSigns)],
  'family-steps': [...strings(en.familySteps), helpline.name, helpline.note.text, helpline.services.text],
  'call-banner': [...strings(en.callBanner), call(helpline.number), helpline.name, helpline.note.text, helpline.services.text],
};

for (const [element, parts] of Object.entries(bodies)) {
  test(`<${element}> reads at grade ${MAX_GRADE} or below`, () => {
    const text = asProse(parts);
    const grade = readability.fleschKincaidGrade(text);
    console.log(
      `<${element}>: Flesch–Kincaid grade ${grade} ` +
        `(${readability.lexiconCount(text)} words, ${readability.sentenceCount(text)} sentences, ` +
        `reading ease ${readability.fleschReadingEase(text)})`,
    );
    assert.ok(grade <= MAX_GRADE, `<${element}> is at grade ${grade}; aim for ${MAX_GRADE} or below`);
  });
}
