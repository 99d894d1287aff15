import { describe, expect, it } from 'vitest';
import { textRedactor } from './redactText.js';

// Names that are ordinary words, from the held-out family d: "Best" is a surname as well as a
// closing, a wing named after a surname is a place, and after "pt" a given name that is a word
// starts a name when a surname and the patient's room follow. Every example is invented; each rule has a
// look-alike.
const text = textRedactor();

describe('redactor: ordinary words as surnames, surnames as places', () => {
  it.each([
    ['"Best" after a given name and a cue', 'Caller gave name as Dawn Best, last name spelled B-E-S-T.', 'Best,'],
    ['"BEST" in a fax header', 'FROM: BUCK BEST    PHONE: 374 268 6131', 'BEST'],
    ['"Best" after an initial', 'Questions to H. Best (hbest@example.org).', 'H. Best'],
    ['a surname "Hall" after a given name', 'Please call Amy Hall at x4455', 'Hall'],
    ['a lower-case given name that is a word, after "pt" and before a surname and a room', "pt forest n'diaye rm 603 wristband wont scan", 'forest'],
    ['an unlisted lower-case surname after such a given name', 'pt heather kaʻawa rm 658 wristband wont scan', 'kaʻawa'],
  ])('removes %s', (_label, input, value) => {
    expect(text(input)).not.toContain(value);
  });

  it.each([
    ['"Best" as a closing', 'Best regards,\nNgozi Okafor', 'Best regards,'],
    ['"Best" as a word', 'This is the best option. Best practice says reboot.', 'Best practice'],
    ['a wing named after a surname', 'Rebooted at 21:13. Marsh Wing nurses station printer works.', 'Marsh Wing'],
    ['a hall named after a surname', 'Printer in Smith Hall is down', 'Smith Hall'],
    ['ordinary words after "pt" before a room', 'pt will need a new band rm 603', 'will need'],
    ['a surname that is an ordinary word, no given name, between "pt" and a surname', 'pt still nguyen rm 4 after the swap', 'pt still'],
  ])('keeps %s', (_label, input, kept) => {
    expect(text(input)).toContain(kept);
  });
});
