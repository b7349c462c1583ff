// The reading-level formulas the readability test applies (test/content/readability.test.mjs),
// apart from it so they can be tried on a sentence: node -e "import('./test/content/readability.mjs')…"
//
// English uses the `text-readability` library's word and syllable counts. Spanish has no
// well-kept npm package for Fernández-Huerta, so it is written here from the published
// formula (Fernández Huerta, "Medidas sencillas de lecturabilidad", Consigna 214, 1959),
// in the form that reads words per sentence (the original printed "sentences per 100
// words", a slip later readers corrected; textstat and others use this form).

import readability from 'text-readability';

/** The sentences of a text: each ends at `.`, `!` or `?` (and a closing quote or bracket) before a space. */
export const sentences = (text) => text.split(/(?<=[.!?]["')\]]*)\s+/).filter((sentence) => /\p{L}/u.test(sentence));

/** Words as the formulas count them: runs between spaces with a letter or digit in them. */
export const spanishWords = (text) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));

/**
 * Spanish syllables, by the rules of Spanish spelling: one per vowel nucleus. Two
 * strong vowels (a, e, o) side by side, or an accented í or ú beside any vowel, are
 * two syllables (hiatus: "le-er", "dí-a"); a weak vowel (i, u, ü) beside another
 * vowel joins it (diphthong: "sie-te", "cui-da"). A final y after a vowel ("hoy",
 * "muy") is part of its nucleus; "y" alone is one syllable. A number counts as two,
 * about what "dos", "cien" or "treinta" take aloud on average.
 */
export function spanishSyllables(word) {
  const lower = word.toLowerCase();
  if (/^\P{L}*\p{N}[\p{N}\-.,/]*\P{L}*$/u.test(lower)) return 2;
  const letters = lower.replace(/[^a-záéíóúüñ]/g, '');
  if (!letters) return 0;
  if (letters === 'y') return 1;
  const isVowel = (index) => 'aeiouáéíóúü'.includes(letters[index]) || (letters[index] === 'y' && index === letters.length - 1 && !isVowel(index - 1));
  const strong = (letter) => 'aeoáéíóú'.includes(letter);
  let count = 0;
  for (let index = 0; index < letters.length; index++) {
    if (!isVowel(index)) continue;
    const previous = index > 0 && isVowel(index - 1) ? letters[index - 1] : '';
    if (!previous || (strong(previous) && strong(letters[index]))) count++;
  }
  return Math.max(count, 1);
}

/** Fernández-Huerta reading ease: 206.84 − 60 × syllables per word − 1.02 × words per sentence. */
export function fernandezHuerta(text) {
  const words = spanishWords(text);
  const syllables = words.reduce((total, word) => total + spanishSyllables(word), 0);
  return 206.84 - (60 * syllables) / words.length - (1.02 * words.length) / Math.max(sentences(text).length, 1);
}

/** Flesch–Kincaid grade of one sentence, with the library's word and syllable counts (unrounded). */
export function sentenceGrade(sentence) {
  const words = readability.lexiconCount(sentence);
  return 0.39 * words + (11.8 * readability.syllableCount(sentence)) / words - 15.59;
}

