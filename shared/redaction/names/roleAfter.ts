import { ORG_HEADS } from './vocabulary.js';

// "Marshal Swift, Privacy Analyst, ext. 88663", "Yerbol Nurlanuly, Telehealth Services.", "Story
// Lamb (Unit Secretary) says", "Ayantu Fufa (Coder II, Mother Baby)": a role or department set off
// right after the words, in capitals as a title is, says they are someone. The role ends there: a
// comma, a stop, a bracket, an extension or the end of the line follows ("Epic Hyperspace,
// Telehealth Services team" is no such).
const ROLES = `analyst manager coordinator secretary director supervisor specialist technician officer lead assistant
  clerk representative educator engineer consultant navigator liaison administrator program placement scheduler
  registrar nurse therapist pharmacist physician interpreter coder scribe`;
const ROLE_WORDS = new Set([...ROLES.split(/\s+/), ...[...ORG_HEADS].filter((w) => /^[a-z]{3,}$/.test(w))]);
ROLE_WORDS.delete('');
const HEADS = [...ROLE_WORDS].map((w) => w[0]?.toUpperCase() + w.slice(1));
const ROLE_AFTER = new RegExp(
  `^(?:, |[ ]{0,2}\\()(?:\\p{Lu}[\\p{L}&/-]*[ ]){0,3}(?:${HEADS.join('|')}|HR)(?:[ ](?:I|II|III|IV))?(?=[,.;<)]|[ \\t]*$|[ ]+(?:ext\\.?|x)[ ]?\\d|[ ]+x\\d)`,
  'mu',
);

/** A role or department set off right after `end` ("…, Privacy Analyst, ext.", "… (Unit Secretary)"). */
export function roleAfter(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  // (a comma or a bracket must follow: most runs are followed by neither)
  if (c !== 44 && c !== 40 && c !== 32) return false;
  return ROLE_AFTER.test(text.slice(end, end + 70));
}

/** A role or department word, in lower case ("manager", "radiology", "services"). */
export function isRoleWord(lower: string): boolean {
  return ROLE_WORDS.has(lower);
}
