// Month and weekday names in the languages tickets arrive in (French, Spanish, German, Portuguese,
// Dutch; Hungarian months), with and without accents: dates written the local way are found by them, and they are
// never logins or names.

const words = (s: string): string[] => s.split('|');

/** Month names of other languages (lower case), longest first within a language. */
export const FOREIGN_MONTHS: readonly string[] = [
  // fr
  ...words('janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre'),
  // es
  ...words('enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre'),
  // de
  ...words('januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember'),
  // pt
  ...words('janeiro|fevereiro|março|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro'),
  // nl
  ...words('januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december'),
  // hu
  ...words('január|február|március|április|május|június|július|augusztus|szeptember|október|november|december'),
];

/** Weekday names of other languages (lower case). */
export const FOREIGN_WEEKDAYS: readonly string[] = [
  ...words('lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche'),
  ...words('lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo'),
  ...words('montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag'),
  ...words('segunda-feira|terça-feira|terca-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|segunda|terça|quarta|quinta|sexta'),
  ...words('maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag'),
];

const alternation = (list: readonly string[]): string => [...new Set(list)].sort((a, b) => b.length - a.length).join('|');

/** Regex source (no groups) matching one foreign month name; use with the `i` flag. */
export const FOREIGN_MONTH_SOURCE = `(?:${alternation(FOREIGN_MONTHS)})`;
/** Regex source (no groups) matching one foreign weekday name; use with the `i` flag. */
export const FOREIGN_WEEKDAY_SOURCE = `(?:${alternation(FOREIGN_WEEKDAYS)})`;

const CALENDAR = new Set<string>([...FOREIGN_MONTHS, ...FOREIGN_WEEKDAYS]);

/** True for a month or weekday name of another language ("février", "zaterdag"), any case. */
export function isForeignCalendarWord(word: string): boolean {
  return CALENDAR.has(word.toLowerCase());
}
