import type { Doc } from './doc.js';
import { detectAddresses } from './detectors/address.js';
import { detectCredentials } from './detectors/credentials.js';
import { detectCreditCards } from './detectors/creditCard.js';
import { detectDates } from './detectors/dates.js';
import { detectDicom } from './detectors/dicom.js';
import { detectEmails } from './detectors/email.js';
import { detectHl7 } from './detectors/hl7.js';
import { detectIdentifiers } from './detectors/identifiers.js';
import { keepInternalHosts } from './detectors/internalHosts.js';
import { detectKeyValues } from './detectors/keyValues.js';
import { detectIpAddresses } from './detectors/ipAddress.js';
import { detectLocalAddresses } from './detectors/localAddresses.js';
import { detectLongNumbers } from './detectors/longNumbers.js';
import { detectMacAddresses } from './detectors/macAddress.js';
import { detectPhones } from './detectors/phone.js';
import { detectRepeatedIds } from './detectors/repeatedIds.js';
import { detectSsns } from './detectors/ssn.js';
import { detectStackedForms } from './detectors/stackedForms.js';
import { detectSpokenNumbers } from './detectors/spokenNumbers.js';
import { detectStructuredFields } from './detectors/structuredFields.js';
import { detectTables } from './detectors/tables.js';
import { detectUrls } from './detectors/url.js';
import { detectUsernames } from './detectors/usernames.js';
import { detectPersons } from './names/personDetector.js';

/** All detectors in order: structural formats first, then identifiers, then names (which use what came before). */
export function runDetectors(doc: Doc): void {
  const emailLocals: string[] = [];
  detectHl7(doc);
  detectDicom(doc);
  detectTables(doc);
  detectKeyValues(doc);
  detectStructuredFields(doc);
  detectStackedForms(doc);
  detectUrls(doc);
  detectEmails(doc, emailLocals);
  detectCredentials(doc);
  doc.budget.check();
  detectIpAddresses(doc);
  detectMacAddresses(doc);
  detectCreditCards(doc);
  detectSsns(doc);
  detectPhones(doc);
  detectSpokenNumbers(doc);
  doc.budget.check();
  detectDates(doc);
  detectAddresses(doc);
  detectLocalAddresses(doc);
  detectIdentifiers(doc);
  detectUsernames(doc);
  detectLongNumbers(doc);
  detectRepeatedIds(doc);
  doc.budget.check();
  detectPersons(doc, emailLocals);
  keepInternalHosts(doc);
  doc.budget.check();
}

