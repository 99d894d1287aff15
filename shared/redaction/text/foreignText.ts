import type { Token } from './tokenize.js';

// The commonest function words of the other languages tickets come in (Spanish, French, Portuguese,
// Italian, Hungarian), none of them an English word. A ticket written in one of them is full of its
// ordinary words that an English lexicon lacks ("fecha", "guardar", "usager", "pedig"), and these
// must not read as logins made of a name and an initial.
const FUNCTION_WORDS = new Set(
  `que por para con los las una del el en es mi su lo al muy pero como está esta este se nos le les
  des du est et pour avec pas sur dans qui une vous nous ce cette
  não uma os das dos em com você
  il della che sono per non
  az és hogy nem egy van meg pedig vagy nincs`.split(/\s+/),
);
// this many of them, and more of them than of English's commonest words, make a ticket foreign
const MIN_FOREIGN = 3;
const ENGLISH = new Set('the and to of is it in for you my on not this that with have be are was can'.split(' '));

/** Whether a ticket's words are mostly another language's than English's. */
export function isForeignText(tokens: readonly Token[]): boolean {
  let foreign = 0;
  let english = 0;
  for (const t of tokens) {
    const lower = t.text.length <= 7 ? t.text.toLowerCase() : '';
    if (!lower) continue;
    if (FUNCTION_WORDS.has(lower)) foreign++;
    else if (ENGLISH.has(lower)) english++;
  }
  return foreign >= MIN_FOREIGN && foreign > english;
}
