import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Budget } from '../../shared/redaction/budget.js';
import { Doc } from '../../shared/redaction/doc.js';
import { LONG_PIECE, loginMatches } from '../../shared/redaction/detectors/loginMatches.js';
import { NetworkAllowList } from '../../shared/redaction/validators/networkAllowList.js';

// loginMatches tries the login pattern at word starts only, and only where a long part can start:
// it must give every match of a full scan that holds the first letters of a long part, and no other.
const LOGIN = /(?<![\p{L}\p{N}@\\/.'’_-])(?:[a-z][a-z0-9._]{3,24}|[A-Z][A-Z0-9._]{3,24})(?![\p{L}\p{N}@\\/'’_-]|\.[A-Za-z0-9])/gu;
const show = (m: RegExpExecArray): string => `${m.index}:${m[0]}`;

function docOf(text: string): Doc {
  return new Doc(text, [{ start: 0, end: text.length }], new Budget(10_000), new NetworkAllowList([], []));
}

/** The full scan's matches whose letters (lower-cased, nothing else) hold the first four letters of a long part. */
function expected(text: string, parts: readonly string[]): string[] {
  const starts = parts.filter((p) => p.length >= LONG_PIECE).map((p) => p.slice(0, LONG_PIECE));
  return [...text.matchAll(LOGIN)].filter((m) => starts.some((s) => m[0].toLowerCase().replace(/[^a-z]/g, '').includes(s))).map(show);
}

const part = fc.constantFrom('smith', 'golubeva', 'halyna', 'cash', 'dell', 'li', 'sdegroot', 'anna');
const piece = fc.constantFrom('smith', 'SMITH', 'hgolubeva', 'gol.ubeva', 'go1lubeva', 'cashde9', 'j.smith', 'x_cash', 'anna', 'Ann', 'dell', 'é', 'e\u0301', '\u0301smith', 'д', 'дsmith', '𝐚', "o'cash", 'sm’ith', '-', '@', '/', '.', '_', '9', ' ', '\n', 'a'.repeat(30));
const text = fc.array(piece, { maxLength: 16 }).map((p) => p.join(''));
const spaced = fc.array(piece, { maxLength: 12 }).map((p) => p.join(' '));

describe('loginMatches', () => {
  it('finds every match of a full scan that may be a login, in order', () => {
    fc.assert(
      fc.property(fc.oneof(text, spaced), fc.uniqueArray(part, { minLength: 1, maxLength: 4 }), (t, parts) => {
        const found = loginMatches(docOf(t), parts).map(show);
        const all = [...t.matchAll(LOGIN)].map(show);
        // no match that a full scan lacks, and all those that can be a login
        expect(found.every((m) => all.includes(m))).toBe(true);
        expect(found.filter((m) => expected(t, parts).includes(m))).toEqual(expected(t, parts));
      }),
      { numRuns: 600 },
    );
  });

  it('finds logins in ticket lines', () => {
    const t = 'Lockouts for hgolubeva and HGOLUBEVA2 (Halyna Golubeva); smithj.x; see cashde9.';
    expect(loginMatches(docOf(t), ['halyna', 'golubeva', 'cash', 'dell']).map((m) => m[0])).toEqual(['hgolubeva', 'HGOLUBEVA2', 'cashde9.']);
  });
});
