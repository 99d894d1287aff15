import type { Doc } from '../doc.js';

const URL_RE = /\b(?:https?|ftp|sftp):\/\/[^\s<>"'`]{1,2048}/gi;
// Query keys and path shapes that tie a link to a person.
const PERSONAL_KEY = /[?&;#](?:pid|mrn|patient\w*|pt\w*|name|fname|lname|first\w*|last\w*|dob|birth\w*|member\w*|visit\w*|ssn|email|mail|user\w*|uid|login|account\w*|acct|phone|encounter\w*|csn|fin|id|person\w*|subscriber\w*|token|code|key|sig|auth\w*)=/i;
// Public profile and personal pages: the path names a person (linkedin.com/in/jane-doe-4b2, caringbridge.org/visit/janedoe)
const PROFILE = /^(?:www\.|m\.)?(?:linkedin\.com\/in|instagram\.com|facebook\.com|fb\.com|twitter\.com|x\.com|tiktok\.com\/@|threads\.net\/@|youtube\.com\/@|caringbridge\.org\/visit|gofundme\.com\/f)\/?[\w.%-]{2}/i;
// REST paths to one person's record: /fhir/R4/Patient/738-80-44, /api/members/A12-55 (an id with a digit)
const PERSON_PATH = /\/(?:patients?|persons?|people|members?|subscribers?|encounters?|users?)\/[\w.~%-]*\d/i;

/** Links: the whole link goes when it carries a person (an id, a name, credentials); others stay. */
export function detectUrls(doc: Doc): void {
  if (!doc.text.includes('://')) return;
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(doc.text); m; m = URL_RE.exec(doc.text)) {
    let value = m[0];
    while (/[.,;:!?)\]}>'"]$/.test(value)) value = value.slice(0, -1);
    const rest = value.slice(value.indexOf('://') + 3);
    const slash = rest.search(/[/?#]/);
    const authority = slash === -1 ? rest : rest.slice(0, slash);
    const tail = slash === -1 ? '' : rest.slice(slash);
    const start = m.index;
    if (authority.includes('@')) {
      // user:password@host: the credentials go, the host stays
      const credEnd = start + value.indexOf('://') + 3 + authority.lastIndexOf('@');
      doc.add(start + value.indexOf('://') + 3, credEnd, 'CREDENTIAL', 90);
    }
    if (PROFILE.test(rest) || PERSONAL_KEY.test(tail) || PERSON_PATH.test(tail) || /\d{6,}/.test(tail) || tail.includes('@') || /%20/.test(tail)) {
      doc.add(start, start + value.length, 'URL', 92, value);
    }
  }
}
