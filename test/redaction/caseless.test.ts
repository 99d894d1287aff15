import { describe, expect, it } from 'vitest';
import { textRedactor } from './redactText.js';

// Tickets typed all in capitals or all in lower case: the cues still hold, the shapes by case do not.
// Every example is invented; each removal has a look-alike that must stay.
const text = textRedactor();

describe('redactor: text typed in one case', () => {
  it.each([
    ['a login after "user id is" in a note typed in capitals', 'MY USER ID IS TALBOTM AND I AM ON WS-0042 IN PHARMACY', 'TALBOTM'],
    ['a login after "account" in capitals', 'PLEASE LOCK MY ACCOUNT QOKAFOR2. CELL NEEDED.', 'QOKAFOR2'],
    ['a login a reset was asked for, in capitals', 'PLS RESET PWD FOR NBRANDVOLD - EXT 4411', 'NBRANDVOLD'],
    ['a bearer token in capitals', 'CURL -H "AUTHORIZATION: BEARER EYJHBGCIOIJIUZI1NIJ9.EYJZDWIIOIIXMJM0.SFLKXWRJSMEKKF2QT4" HTTPS://API', 'EYJHBGCIOIJIUZI1NIJ9'],
    ['a bearer token in lower case', 'curl -h "authorization: bearer eyjhbgcioijiuzi1nij9.eyjzdwiioiixmjm0.sflkxwrjsmekkf2qt4" https://api', 'eyjhbgcioijiuzi1nij9'],
    ['a lower-case name before the address that spells it', 'cc: oswin kettleby <okettleby@example.org>', 'oswin kettleby'],
    ['"last, first" before the address that spells it', 'from: marchetti, ilaria <imarchetti@example.org>', 'marchetti'],
    ['a name whose words are ordinary words, before its address', 'To: Bishop Carroll <bcarroll@example.org>', 'Bishop Carroll'],
    ['two census names before "(dob"', 'i sent the packet for helena wall (dob 11/28/1936, ssn 721-44-3321)', 'wall'],
    ['two unlisted words after a cue, before the errand', 'hi team,\nadding fitrat nuriddinova from desktop support. see below', 'nuriddinova'],
    ['a census surname that is a word after "dr."', 'dr. frost is waiting on results.', 'frost'],
    ['a lower-case signature whose given name is a word', 'everything by hand.\n\nregards,\n\nangelica alvarez, mba\npharmacist | laboratory', 'alvarez'],
    ['a lower-case name after "name:"', 'name: björn a. lindqvist\ndept: case management', 'lindqvist'],
    ['"last, first i" in lower case after "for"', 'registration created a duplicate for garrett, john j.\ngood record: mrn e8409159', 'garrett'],
    ['"last, first" in lower case before its address', 'from: carroll, bishop <bcarroll@cascadevalley.org>', 'carroll'],
    ['a lower-case name with a middle initial', 'example: elijah n. morse, dl v2265205, dob 11-06-1981', 'morse'],
    ['a lower-case name leading a line before a dash and a department', 'dr. frost is waiting.\nkathleen curry - laboratory', 'curry'],
    ['a census surname that is a word after "ms."', 'ms. stark asked us to fax her records', 'stark'],
    ['a short listed surname in a ticket typed in capitals', 'THE PRINTER ON 4 WEST KEEPS JAMMING AGAIN TODAY.\nTHANK YOU,\nHAORAN LIU', 'LIU'],
    ['a short listed surname after "DR." in capitals', 'HELLO,\nRACHEL WILEY HAS A VIDEO VISIT WITH DR. VO ON 11/11/2025 AND THE LINK FAILS.', 'VO'],
    ['a surname with a particle after "for"', 'Statements for du Plessis, Sjoerd keep coming back undeliverable', 'Sjoerd'],
    ['an unlisted name a caller gives before speaking of themself', 'voice ticket\nthis is wahidullah i work nights on labor and delivery', 'wahidullah'],
    ['an unlisted name after a relative, then what a person does', 'her daughter svitlana can be reached at the number on file', 'svitlana'],
    ['a frequent given name and surname that are words, after "for", ending the line', 'repeated ad lockouts for joy green\nuser keeps getting locked out', 'green'],
    ['a frequent given name and surname after "from", before a dash', 'forwarding from ivy price - see below.', 'price'],
    ['a frequent given name and surname after "for", before the next clause', 'insurance card for rusty hill but they ended up in another chart', 'hill'],
    ['the lower-case surname with a diacritic after a given name found', 'trying to schedule vasko dafunić with dr. banks on 8/22', 'dafunić'],
    ['the particles and surname after a lower-case given name found', 'patient kate van de pol (mrn e0936641)', 'pol'],
    ["a lower-case name's listed surname, ending a value", 'example:\nmember: ena arroyo\nmember id: lmt234860575', 'arroyo'],
    ['a known given name that is a word, with a frequent surname, in a ticket typed in lower case', 'destiny says pharmacy is down. we are trying destiny cash now for the key', 'cash'],
    ['an unlisted word between "ask" and what is asked', 'ok ask yutong for the override key, she has it', 'yutong'],
    ['a frequent given name and surname after "trying", ending the line', 'tyrone went home. trying pearl castle\ngot it.', 'castle'],
    ["a pasted text thread's sender above the message's time", 'pasting the texts from last night\n\nbilal al-harbi (mobile)\ntoday 9:40 pm\nis the pyxis down for you too', 'al-harbi'],
    ["a number's owner on a contact line", 'call the number on file:\ngrace butler (mobile)\nshe answers after 5', 'butler'],
    ['a frequent given name and surname opening a line, then what people do', 'quick one\nglen holiday locked out again, told him to call', 'holiday'],
    ['a frequent given name and surname after an opening "also", then what people do', 'can someone drop a charger at cath lab? also wade bond is still waiting on a badge', 'bond'],
    ['a listed name that is no given name in the census, opening a line, then "says"', 'Pyxis on 4W down again, screen says ASTM NAK\nadjoa says it\'s been like this since shift change', 'adjoa'],
    ['an unlisted word opening a line, then "says"', 'pyxis on 5N down again\nmereana says it\'s been like this since noon', 'mereana'],
    ['an initial and a frequent surname that is a word, in a lower-case dash sign-off', 'reprinted band x2 same thing\n- t. cook', 'cook'],
    ['two unlisted words after "charting on"', 'room 732 keeps logging me out when im charting on sivakumar arulanantham and i lose my notes', 'arulanantham'],
    ['a lower-case dash sign-off after the last sentence', "manager alice church can't approve the timecard. -chinonso", 'chinonso'],
    ['a name part that is a word, beside another part, in a ticket typed in lower case', 'to: carroll, bishop <bcarroll@example.org>\nthe labels print on the wrong unit again.\nbishop carroll called twice', 'bishop'],
    ['a short name part beside another part', 'pid-5=vu^matteo^j obx=23 filed. patients so far: richard cruz, matteo vu, harpreet kaur and the rest', ' vu,'],
    ['a lower-case signature above a department line', 'this is in bill pay on nsm-lawson-app02 and it keeps failing for everyone.\n\nxiaoling\nrevenue cycle', 'xiaoling'],
    ['a lower-case signature below a department line', 'the patient is on hold and the line keeps dropping for us.\ncentral scheduling\nchase', 'chase'],
    ['a lower-case signature with its department after a comma', 'the scans are not crossing over to pacs for the read today.\ndavi santos, radiology', 'santos'],
    ["a lower-case name before the chart that is theirs", "the laptop had meditech expanse open with bishop reid's chart. it is", 'bishop reid'],
    ["an unlisted lower-case name before the chart that is theirs", "open with bhadra prajapat's chart.", 'prajapat'],
    ['a lower-case name before a birth date in brackets', 'fyi - dawn small (04/18/2008) had her armband printed', 'dawn small'],
    ['a lower-case name with a particle before a birth date in brackets', 'fyi - aoife ni bhriain (may 23, 1985) had her armband', 'bhriain'],
  ])('removes %s', (_label, input, value) => {
    expect(text(input)).not.toContain(value);
  });

  it.each([
    ['ordinary words after "account" in capitals', 'MY ACCOUNT IS LOCKED AGAIN', 'MY ACCOUNT IS LOCKED AGAIN'],
    ['a product a reset was asked for, in capitals', 'PLS RESET PWD FOR EPIC', 'PLS RESET PWD FOR EPIC'],
    ['a mailbox before its address', 'email the help desk <helpdesk@example.org>', 'the help desk'],
    ['an auxiliary and a surname-like word after "for"', 'set up for will power', 'for will power'],
    ['a given name and surname-like word with no cue before', 'they painted the wall joy green.', 'joy green'],
    ['ordinary words after a lower-case name found', 'spoke with maria in the lab about it', 'in the lab'],
    ['ordinary words in lower case in a ticket with capitals', 'Destiny Cole says Pharmacy is down. We are trying destiny cash now for the Key.', 'destiny cash'],
    ['a department between "ask" and what is asked', 'ask biomed for the pump', 'ask biomed for'],
    ['a short code between "ask" and what is asked', 'ask ssd for a ticket', 'ask ssd for'],
    ['an unlisted word after "ask" that asks nothing', 'ask yutong now, the key is in the drawer', 'yutong now'],
    ['a known given name before an ordinary word that is no frequent surname', 'destiny says pharmacy is down. we paged destiny pager one for the key', 'pager one'],
    ['an ordinary word with its accents after a lower-case name found', 'spoke with maria résumé attached', 'résumé attached'],
    ['an ordinary word that is a frequent surname, first in a lower-case value', 'patient: green stool noted overnight', 'green stool'],
    ['a given name and surname-like word that go on into the clause', 'looking for sandy beach chairs on the portal', 'beach chairs'],
    ['a time before a sender', 'On 11:18pm, Oswin Kettleby <okettleby@example.org> wrote:', 'On 11:18pm,'],
    ['"basic" as an ordinary word', 'basic troubleshooting done, no change', 'basic troubleshooting'],
    ['a chat sign-off after a user label', 'User: thx', 'User: thx'],
    ['"for example, this" and initials of a team', 'for example, this is fine. see the q. a. team', 'for example, this'],
    ['lower-case steps before a dash', 'restart the server - done\nreboot printer - ok\nclear cache - fixed', 'clear cache - fixed'],
    ['unit and record acronyms in capitals', 'PYXIS IN MICU WONT TAKE MY PIN. THE EHR AND HR SAY THE IV PUMP IS FINE. THANK YOU, CLARISSA MICU', 'THE EHR AND HR SAY THE IV PUMP'],
    ['a word after a key and a dash', 'Mother-baby link broke after the downtime', 'Mother-baby link broke'],
    ['a lower-case phrase after "name:" made of ordinary words', 'Name: printer is broken', 'printer is broken'],
    ['an ordinary word after "dr."', 'dr. appointment was moved', 'dr. appointment'],
    ['a prose line after a closing', 'fixed.\nthanks,\nwill do tomorrow', 'will do tomorrow'],
    ['an unlisted word before a hedge', 'this is xyzzy i guess', 'xyzzy'],
    ['a product before the caller speaks of themself', 'this is zoom i need help', 'zoom'],
    ['a word after a relative that is a thing', 'the daughter board is broken', 'board'],
    ['ordinary words after "trying"', 'still trying grant access again, no luck', 'grant access'],
    ["a device above a message's time", 'Pager (mobile)\ntoday 9:40 pm\nis it down', 'Pager'],
    ['a contact line that is a sentence', 'call me back on this one (mobile)\nthanks', 'call me back'],
    ['words after "trying" that go on into the clause', 'tyrone went home. trying pearl castle drive next', 'pearl castle drive'],
    ['a street named with a given name, opening a sentence', 'the lot is full. grant street is closed for paving', 'grant street'],
    ['a given name and a surname-like word opening a sentence, then no verb', 'the lot is full. rusty hill road signs are down', 'rusty hill'],
    ['a colour named like a rare given name and a surname, opening a sentence', 'the walls are done. sage green is the color they chose', 'sage green'],
    ['two surnames that are words, opening a line, then a verb', 'lunch order\nbrown rice was cold again', 'brown rice'],
    ['a given name and a surname-like word inside a sentence', 'we painted the wall joy green is the color', 'joy green is'],
    ['a product opening a line, then "says"', 'the box is down\npyxis says offline', 'pyxis says'],
    ['an ordinary word opening a line, then "says"', 'the box is down\nscreen says offline', 'screen says'],
    ['an initial and a word that is no frequent surname, after a dash', 'reprinted band x2 same thing\n- a. note', 'a. note'],
    ['a frequent surname that is a word, after a dash with no initial', 'reprinted band x2 same thing\n- cook', '- cook'],
    ['a product after "charting on"', 'room 732 keeps logging me out when im charting on epic hyperspace and i lose my notes', 'epic hyperspace'],
    ['ordinary words after "charting on"', 'it keeps logging me out when im charting on the unit and i lose my notes', 'on the unit'],
    ['an unlisted word and an ordinary word after "charting on"', 'it keeps logging me out when im charting on dxplorer today and i lose my notes', 'dxplorer today'],
    ['two unlisted words with no "charting on" before', 'it keeps logging me out when i restart dxplorer qpagent and i lose my notes', 'dxplorer qpagent'],
    ['one unlisted word after "charting on"', 'it keeps logging me out when im charting on dxplorer and i lose my notes', 'dxplorer'],
    ['"im" for "I\'m" in a ticket typed in lower case', 'room 732 keeps logging me out when im charting in epic and i lose my notes', 'when im charting'],
    ['words after the last sentence and a dash', 'restarted it twice. -nothing else changed', 'nothing else changed'],
    ['a lower-case request above a department line', 'the scans are not crossing over to pacs for the read today.\nplease advise\nradiology', 'please advise'],
    ['a lower-case command above a department line in a ticket with capitals', 'The Scanner in Radiology fails after boot. Ran this:\nkdump\nradiology', 'kdump'],
    ['a verb after a name part, going on into the clause', 'to: kuznetsov, will <wkuznetsov@example.org>\nthe pump alarms keep going off on the unit.\nkuznetsov will be back later today', 'will be back'],
    ['an unlisted word ending a ticket with no department beside it', 'the job fails every night on the batch host.\nsee the dump\nstacktrace', 'stacktrace'],
    ['a product above a department line', 'the interface stopped again overnight.\nmeditech\nrevenue cycle', 'meditech'],
    ['a place of ordinary words above a department line', 'the scans are not crossing over to pacs today.\nmain hall\nradiology', 'main hall'],
    ['a code beside a line of ordinary words', 'the dicom job fails every night on the host.\nran\ndcmqrscp\nno change', 'dcmqrscp'],
    ['a code above a sentence that names a department', 'the dicom job fails every night.\ndcmqrscp\nthe radiology night team reran it twice and it failed', 'dcmqrscp'],
    ['a code above a department and a product', 'the dicom job fails every night.\ndcmqrscp\nradiology dcmtk', 'dcmqrscp'],
    ['a line of prose after a department line', 'the scans are not crossing over to pacs for the read today.\nnurse manager\nfixed now', 'fixed now'],
    ["a street before what is not a record", "the grant street's closure moved the shuttle", "grant street's"],
    ["a street before a chart, not possessive", 'the grant street chart is out of date', 'grant street'],
    ["a department's chart", "it ended up in general surgery's chart", "general surgery's"],
    ["a product's chart", "it ended up in epic hyperspace's chart", "epic hyperspace's"],
    ["a title before a name and the chart that is theirs", "open with dr reid's chart", 'dr '],
    ["a lab named for someone, and its results", "see the carter lab's results", "lab's"],
    ["a name and a sentence's end before a name and its chart", "ran it past grant. reid's chart was fine", 'past grant.'],
    ['ordinary words before a birth date in brackets', 'ran the report (04/18/2008) again', 'the report'],
    ['one name word before a birth date in brackets', 'ran it at dawn (04/18/2008) again', 'at dawn'],
    ['a name word and an ordinary word before a birth date in brackets', 'ran the dawn report (04/18/2008) again', 'dawn report'],
    ['a street before a date in brackets', 'closed on grant street (11/29/2026) for paving', 'grant street'],
    ['a code and a name word before a birth date in brackets', 'labels x2 small (04/18/2008) again', 'x2'],
  ])('keeps %s', (_label, input, kept) => {
    expect(text(input)).toContain(kept);
  });

  it('takes no login from a person a reset was asked for in mixed case', () => {
    const out = text('Reset password for Ilaria today');
    expect(out).toContain('Reset password for');
    expect(out).not.toContain('[USERNAME');
  });
});

describe('redactor: a given name before the surname its address spells after the initial', () => {
  it.each([
    ['a given name that is a word, in lower case', 'their support (drew benitez, dbenitez@yahoo.com) asked for the call', 'drew'],
  ])('removes %s', (_label, input, value) => {
    expect(text(input)).not.toContain(value);
  });

  it.each([
    ['an ordinary word', 'their support (desk benitez, dbenitez@yahoo.com) asked', 'desk'],
    ['a title', 'their support (dr benitez, dbenitez@yahoo.com) asked', 'dr '],
    ['a product', 'their support (dell benitez, dbenitez@yahoo.com) asked', 'dell'],
    ['a given name with another initial', 'their support (will benitez, dbenitez@yahoo.com) asked', 'will'],
    ['a given name two spaces before', 'their support (drew  benitez, dbenitez@yahoo.com) asked', 'drew'],
    ['a given name before a surname the address spells first', 'their support (drew benitez, benitezd@yahoo.com) asked', 'drew'],
  ])('keeps %s', (_label, input, kept) => {
    expect(text(input)).toContain(kept);
  });
});
