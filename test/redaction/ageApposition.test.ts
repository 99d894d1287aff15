import { describe, expect, it } from 'vitest';
import { textRedactor } from './redactText.js';

// A name set off by a comma before an age, as clinical notes introduce a patient; dictation says
// the comma ("lyric marsh comma a seventy seven year old"). Every example is invented; each removal
// has a look-alike that must stay.
const text = textRedactor();

describe('redactor: a name before ", a N-year-old"', () => {
  it.each([
    ['a dictated lower-case name before a said comma and an age in words', 'history of present illness colon ford rush comma a sixty seven year old male', 'ford rush'],
    ['a dictated name with an accent', 'history of present illness colon imre mészáros comma a thirty four year old', 'mészáros'],
    ['a typed lower-case name before an age in digits', 'seen today: ford rush, a 67-year-old male', 'ford rush'],
    ['a single given name that is no English word', 'colon svetlana comma a twenty year old', 'svetlana'],
  ])('removes %s', (_label, input, value) => {
    expect(text(input)).not.toContain(value);
  });

  it.each([
    ['said punctuation before the name', 'history of present illness colon ford rush comma a sixty seven year old male', 'colon'],
    ['a patient word before the age', 'the patient comma a seventy year old male', 'patient'],
    ['a department before the age', 'Summary: Cardiology, a 40-year-old program', 'Cardiology'],
    ['a thing before the age', 'the printer, a 10 year old model', 'printer'],
    ['words that are no age', 'ford rush comma a few more years old', 'ford rush'],
  ])('keeps %s', (_label, input, kept) => {
    expect(text(input)).toContain(kept);
  });
});
