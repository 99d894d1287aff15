import { describe, expect, it } from 'vitest';
import { textRedactor } from './redactText.js';

// Surname particles ("Lo Bianco", "ap Rhys"), French hyphenated initials ("J-S Leblanc") and the
// given names around a known surname. Every example is invented; each removal has a look-alike
// that must stay.
const text = textRedactor();

describe('redactor: particles, hyphenated initials and the rest of a known surname', () => {
  it.each([
    ['an Italian particle inside a name', 'Reported by Raffaele Lo Bianco, IT Security.', 'Bianco'],
    ['a Welsh particle before "Last, First"', 'Patient ap Rhys, Eirlys, MRN 005129588, cannot log in', 'ap Rhys'],
    ['a Welsh particle leading a display name', 'GP-GW auth: user=\'rcmc\\gaprhys\' display="ap Rhys, Gethin" src=10.1.2.3', 'ap '],
    ['the particles a display name moved after the given name', 'Names show wrong:\n  - Salvatore Lo Bianco  → shows as "Bianco, Salvatore Lo"', 'Lo"'],
    ['two such particles', 'Names show wrong:\n  - Femke Van den Broeck  → shows as "Broeck, Femke Van den"', 'Van den"'],
    ['hyphenated initials before a surname', 'told to update the password on the home PC. -J-S Thériault', 'Thériault'],
    ['hyphenated initials with a diacritic', 'probably because the rehire date is missing. - M-È Fortin', 'Fortin'],
    ['an unlisted given name before a known surname, past a particle', 'Subscriber: THAIS DOS SANTOS\nDependents: 01 GHISLAINE DOS SANTOS', 'GHISLAINE'],
    ['a long unlisted given name in capitals before a known surname, in prose that makes it read as a code', 'Card scanner OCR puts the dependent into the subscriber field.\n  Subscriber: ELIEZER PAGAN\n  Dependents: 01 NORMAND PAGAN\n              02 YADIEL PAGAN\n', 'YADIEL'],
    ['a short unlisted given name in capitals before a known surname', 'Subscriber: JAN POPAL\nDependents: 01 YAO POPAL', 'YAO'],
    ['a frequent given name that is a word, in capitals, before a known surname', 'Subscriber: JAN POPAL\nDependents: 02 CLAY POPAL', 'CLAY'],
    ['unlisted names in capitals after "Pt is", before a record cue', 'Telemetry shows "NO TELEMETRY" for bed 437B. Pt is PANAGIOTA STATHOPOULOU, adm Apr-09-2026, MRN 1785401', 'STATHOPOULOU'],
    ['a name in capitals with a particle after "Pt is"', 'Pt is FRANCESCA DE LUCA, adm 04/07, MRN 00300764.', 'LUCA'],
    ['a name in capitals with an Irish particle after "Pt is"', 'Pt is NIAMH Ó SÚILLEABHÁIN, adm 6.12.2025, MRN 00366731.', 'SÚILLEABHÁIN'],
    ["a prescriber's initial and surname in capitals after \"DR.\", before the NPI", '| LISINOPRIL 10 MG TAB   QTY 60\n| DR. G. TURSUNOV   NPI 1214744785   REFILLS 3', 'TURSUNOV'],
    ["a prescriber's surname after a particle in capitals, that is also a word", '| DR. F. LO BIANCO   NPI 1999447943   REFILLS 3', 'BIANCO'],
    ['a caller repeating a given name that is a word, with the surname', 'CALLER: yeah hi um this is uh clay, clay hatfield from Outpatient Pharmacy', 'hatfield'],
    ['an initial and a surname that is a word, after "or"', 'Tray 2 jams. Ask for Shaniqua at the desk, or D. Swift on nights', 'Swift'],
    ['an initial and a surname that is a word, after "cc"', 'cc A. Penny and the team', 'Penny'],
  ])('removes %s', (_label, input, value) => {
    expect(text(input)).not.toContain(value);
  });

  it.each([
    ['a particle that leads no known surname', 'Patient Anna Smith is the de facto lead; Anna de facto approved it', 'de facto approved'],
    ['"Lo" that is no particle of a name', 'Lo and behold, the AP in room 4 rebooted', 'Lo and behold'],
    ['hyphenated capitals before an ordinary word', 'See the A-Z Index and the Q-A Team page', 'A-Z Index'],
    ['a product before a known surname', 'Patient Maria Lopez called; the Kofax Lopez template is fine', 'Kofax'],
    ['an ordinary word before a known surname, in capitals', 'Subscriber: JAN POPAL\nPLEASE RECHECK POPAL', 'RECHECK'],
    ['a state in capitals after "Pt is", before a record cue', 'Pt is STABLE, adm today', 'STABLE'],
    ['a code in capitals after "Pt is" with no record cue', 'Pt is NPO, MRN pending', 'NPO'],
    ['a product in capitals after "MS"', 'OPEN MS TEAMS AND RETRY', 'MS TEAMS'],
    ['an ordinary word said twice after an introduction', 'this is uh fine, fine for now', 'fine, fine'],
    ['a code in capitals after a title, with no record cue', 'Run DR. W. ZZTOP7 on the box', 'ZZTOP7'],
    ['a capitalised word after a letter that ends a sentence', 'Plan A failed. Try plan B. Grant access to the share first.', 'Grant access'],
    ['an ordinary word that is a rare surname, after a joiner and a letter', 'Theme A or B. Dark mode is on by default', 'Dark mode'],
    ['a code in capitals before a known surname, inside a sentence', 'The SQL job failed with ECONNREFUSED SMITH in the log. Dr. Smith saw it.', 'ECONNREFUSED'],
  ])('keeps %s', (_label, input, kept) => {
    expect(text(input)).toContain(kept);
  });
});
