import type { Doc } from '../doc.js';
import { actedBy } from './actedBy.js';
import { applyCaseSignals } from './caseSignals.js';
import { calledBack } from './calledBack.js';
import { matchEmailLocalParts } from './emailLocalParts.js';
import { namesInFileNames } from './fileNames.js';
import { namesAboveAddress } from './namesAboveAddress.js';
import { namesBeforeAddress } from './namesBeforeAddress.js';
import { namesBeforeBirthDate } from './namesBeforeBirthDate.js';
import { givenAfterComma } from './givenAfterComma.js';
import { hyphenatedGivenNames } from './hyphenatedGivenNames.js';
import { initialledSurnames } from './initialledSurnames.js';
import { listSiblings } from './listSiblings.js';
import { loginBesideName } from './loginBesideName.js';
import { lowerCaseForms } from './lowerCaseForms.js';
import { lowerCaseNames } from './lowerCaseNames.js';
import { lowerCaseRest } from './lowerCaseRest.js';
import { mangledNames } from './mangledNames.js';
import { mentions } from './mentions.js';
import { nameRemnants } from './nameRemnants.js';
import { detectNameForms } from './nameForms.js';
import { parallelNames } from './parallelNames.js';
import { peopleLists } from './peopleLists.js';
import { praisedNames } from './praisedNames.js';
import { propagate } from './propagate.js';
import { candidateRuns, scoreRuns } from './runs.js';
import { detectSignatures } from './signatures.js';
import { signedAfterNumber } from './signedAfterNumber.js';
import { timelineActors } from './timelineActors.js';
import { transcriptSpeakers } from './transcriptSpeakers.js';
import { detectSpeakers } from './speakers.js';
import { contactLines } from './contactLines.js';
import { detectCapsNames } from './capsNames.js';
import { ageApposition } from './ageApposition.js';
import { cjkNames } from './cjkNames.js';
import { detectSpelledNames } from './spelledNames.js';
import { wrappedNames } from './wrappedNames.js';

/**
 * People's names: capitalised runs judged by name lists (census and wider given/surname lists),
 * ordinary-word and product lists, and the words around them (titles, "patient", possessives,
 * "(MRN", verbs); plus signatures, greetings, e-mail headers, LAST, FIRST and e-mail local parts.
 * Every part of a name found anywhere is then removed everywhere in the ticket.
 */
export function detectPersons(doc: Doc, emailLocalParts: readonly string[]): void {
  const infos = doc.words();
  const { caseless } = applyCaseSignals(infos);
  doc.budget.check();
  scoreRuns(doc, infos, candidateRuns(doc, infos));
  doc.budget.check();
  detectSignatures(doc, infos, caseless);
  signedAfterNumber(doc);
  detectNameForms(doc, infos);
  detectSpeakers(doc);
  transcriptSpeakers(doc);
  contactLines(doc);
  detectSpelledNames(doc);
  detectCapsNames(doc, infos);
  initialledSurnames(doc);
  matchEmailLocalParts(doc, infos, emailLocalParts);
  if (doc.text.includes('@')) namesBeforeAddress(doc);
  namesAboveAddress(doc);
  lowerCaseNames(doc, infos);
  calledBack(doc);
  praisedNames(doc, infos);
  timelineActors(doc, infos);
  actedBy(doc, infos);
  loginBesideName(doc, infos);
  namesBeforeBirthDate(doc, infos);
  lowerCaseForms(doc);
  ageApposition(doc);
  hyphenatedGivenNames(doc, infos);
  namesInFileNames(doc, infos);
  wrappedNames(doc, infos);
  peopleLists(doc);
  cjkNames(doc);
  mentions(doc);
  listSiblings(doc);
  givenAfterComma(doc);
  parallelNames(doc, infos);
  doc.budget.check();
  propagate(doc, infos, caseless);
  lowerCaseRest(doc, infos);
  nameRemnants(doc, infos);
  mangledNames(doc);
}
