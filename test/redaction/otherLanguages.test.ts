import { describe, expect, it } from 'vitest';
import { textRedactor } from './redactText.js';

// A ticket written in Spanish, French, Portuguese or Hungarian is full of ordinary words that the
// English lexicon lacks; they must not read as logins made of a name and an initial, nor as names.
// Its logins still go after the words for an account. And a lower-case name the name rules find
// whole is labelled a person, not a login. Every example is invented; each rule has a look-alike.
const text = textRedactor();

describe('redactor: tickets in other languages, and guesses from a word\'s shape', () => {
  it.each([
    ['Spanish words shaped like logins', 'Saludos. En Admisiones no podemos guardar el registro de este paciente, el sistema da NAK al darle Guardar.', 'guardar'],
    ['a Spanish verb before a listed surname', 'Hola, la cuenta está bloqueada otra vez, por favor desbloquear para que pueda entrar', 'desbloquear para'],
    ['help-desk words the lexicon lacked', 'The spinner keeps turning in the browser after login', 'spinner keeps turning in the browser'],
  ])('keeps %s', (_label, input, kept) => {
    expect(text(input)).toContain(kept);
  });

  it.each([
    ['a login shaped like a name in an English ticket', 'Hi, please check why tharrison2 cannot print', 'tharrison2'],
    ['a login in an English ticket with a stray foreign word', 'Mi printer jammed, tharrison2 cannot print', 'tharrison2'],
    ['a login in an English ticket quoting foreign words', 'In the con room, the por table and the que list: tharrison2 cannot print for the team', 'tharrison2'],
    ['a login after the Spanish word for account', 'Hola, la cuenta dsantos está bloqueada otra vez, por favor', 'dsantos'],
    ['a login after the French word for account', 'Le compte jtremblay est verrouillé depuis ce matin', 'jtremblay'],
    ['a dotted login after "unlock"', 'pls unlock pearline.lin, thx', 'pearline.lin'],
  ])('removes %s', (_label, input, value) => {
    expect(text(input)).not.toContain(value);
  });

  it('labels a lower-case name a person even where one word is shaped like a login', () => {
    expect(text('also yuliana nascimento cant get in')).toBe('also [PERSON-1] cant get in');
  });

  it('labels a login shaped like a name a login when no name rule takes it', () => {
    expect(text('the account hgolubeva is locked')).toBe('the account [USERNAME-1] is locked');
  });
});
