import { describe, expect, it } from 'vitest';
import { textRedactor } from './redactText.js';

// People named by what is said of them: a survey comment's praise, an incident timeline's actor, a
// pair of name words opening a clause before a verb in a ticket typed in a hurry. Every example is
// invented; each removal has a look-alike that must stay.
const text = textRedactor();

describe('redactor: names known by what they do or what is said of them', () => {
  it.each([
    ["a survey comment's unlisted name, praised", 'Q3. Comments:\n    Rafiqul was great, fixed the Omnicell', 'Rafiqul'],
    ['a listed name praised with words of degree', 'Thanks again. Arnab is always so helpful.', 'Arnab'],
    ["a timeline entry's actor named by an unlisted word", 'Timeline\n14:23  Chaltu failed the service over to TCH-HL701.\n14:53  Service restored', 'Chaltu'],
    ["a timeline entry's actor after a dash", 'Timeline\n09:10 - Yiming restarted the interface', 'Yiming'],
    ['two listed name parts opening a clause before "cant"', 'she has the keys\nalso josée thibault cant get into BD Pyxis', 'thibault'],
    ['a given name that is a word and a surname that is none, opening a line before a verb', 'hi,\ndestiny cox has a video visit with dr. hu', 'destiny'],
    ['a listed and an unlisted name part opening a line before a verb', 'sipho mahlangu called pharmacy about it', 'mahlangu'],
    ["a transcript's speaker named by unlisted words", 'debrief\n\nWanjiru Odhiambo   0:03\nOK, can everybody hear me?\n\nKiprotich Chebet   1:02:28\nYeah, sorry.', 'Chebet'],
    ["a transcript's speakers whose names are words", 'debrief\n\nHonor Young   0:45\nnone\n\nRidge Banks   1:10\nok', 'Honor Young'],
    ["a transcript's speaker with a particle", 'debrief\n\nWanjiru Odhiambo   0:03\nOK, can everybody hear me?\n\nOrnella de Vries   1:27\nAnd we had', 'Vries'],
    ['a person absent from a meeting, after "Apologies:"', 'Attendees: Ana Lee (5 North)\nApologies: Spyros Oikonomou', 'Oikonomou'],
    ['a name of ordinary words before "brought"', 'Sky Major brought in her own insulin pump', 'Sky Major'],
    ['a name of ordinary words before a pager number', 'Still receiving the pages: Sunny Bishop, pager 82066', 'Sunny Bishop'],
    ["a roster's name of ordinary words before a cell number", 'Secondary  Sunny Bishop  cell +14647293706', 'Sunny Bishop'],
    ['a person in brackets after a role in capitals', 'Follow-up owner: Desk Lead (Ayita Smith)', 'Ayita'],
    ['a name of ordinary words after "Apologies:"', 'Attendees: Ana Lee (5 North)\nApologies: Honor Young', 'Honor'],
    ['a facilitator of ordinary words', 'Ref: PIR-2026-45\nFacilitator: Journey Cook', 'Journey'],
    ['a facilitator of ordinary words after a wide gap', 'Ref: PIR-2026-45    Facilitator: Journey Cook', 'Journey'],
    ['a reviewer of ordinary words', 'Reviewer: Honor Young\nReviewed by: Sky Major', 'Honor'],
    ['a reviewer of ordinary words after "Reviewed by:"', 'Reviewer: Honor Young\nReviewed by: Sky Major', 'Sky'],
    ['a coordinator of ordinary words', 'Coordinator: Marshal Swift (mswift@example.org)', 'Marshal'],
    ['a reviewer named by an unlisted word', 'The merge was undone.\nReviewed by Sukarni 12/20/2026 11:44 AM.', 'Sukarni'],
  ])('removes %s', (_label, input, value) => {
    expect(text(input)).not.toContain(value);
  });

  it.each([
    ['an ordinary word praised', 'Q3. Comments:\n    Support was great, fixed it fast', 'Support was great'],
    ['a product praised', 'Q3. Comments:\n    Citrix was great until today', 'Citrix was great'],
    ['an unlisted word, then a colon, praised', 'Q3. Comments:\n    Zetaflow: was great', 'Zetaflow: was'],
    ['a word with digits praised', 'Q3. Comments:\n    Build42 was great', 'Build42 was'],
    ['an unlisted word that looks great', 'Q3. Comments:\n    Zetaflow looks great', 'Zetaflow looks'],
    ['an unlisted word said of otherwise', 'Q3. Comments:\n    Zetaflow was down again', 'Zetaflow was down'],
    ['an unlisted word praised inside a sentence', 'I think the new Zetaflow was great', 'Zetaflow was great'],
    ['an unlisted word praised across a line break', 'Zetaflow was\ngreat', 'Zetaflow'],
    ['a product failing in a timeline', 'Timeline\n14:02  Kofax failed to start', 'Kofax failed'],
    ['a lower-case service in a timeline', 'Timeline\n14:23  ntpd restarted', 'ntpd restarted'],
    ['a word with digits in a timeline', 'Timeline\n14:23  Node2 failed over', 'Node2 failed'],
    ['a system in capitals in a timeline', 'Timeline\n14:23  QXRAD failed over', 'QXRAD failed'],
    ['a department in a timeline', 'Timeline\n14:23  Nursing called the desk', 'Nursing called'],
    ['an unlisted word, then a dash, in a timeline', 'Timeline\n14:23  Zetaflow - started failover', 'Zetaflow - started'],
    ['an ordinary word in a timeline', 'Timeline\n14:53  Service restored', 'Service restored'],
    ['an unlisted word before a verb with no time before it', 'Chaltu failed the service over', 'Chaltu failed'],
    ['an unlisted word in a timeline before no verb', 'Timeline\n14:23  Zetaflow alarm cleared', 'Zetaflow alarm'],
    ['a product pair opening a clause before "cant"', 'also imprivata onesign cant log in', 'imprivata onesign'],
    ['ordinary words opening a clause before "cant"', 'pacs viewer cant load', 'pacs viewer'],
    ['two name words inside a sentence before a verb', 'the new josée thibault cant get in', 'josée thibault'],
    ['a title before a name part, opening a clause', 'also dr desjardins cant get in', 'also dr '],
    ['two name words on two lines', 'she has the keys\nalso josée\nthibault cant get in', 'josée'],
    ['two name words before no verb', 'also josée thibault badge', 'josée thibault'],
    ['a timed line of ordinary words in a transcript', 'debrief\n\nWanjiru Odhiambo   0:03\nOK\n\nAction Items   0:45\nnone', 'Action Items'],
    ['timed lines of lower-case words that are no name parts', 'rerun\n\nhonor ridge   0:45\nnone\n\nridge honor   1:10\nok', 'honor ridge'],
    ["a transcript's room named by a name and a department", 'debrief\n\nWanjiru Odhiambo   0:03\nOK\n\nBanks Pharmacy   1:10\nok', 'Pharmacy'],
    ['one timed line of name words that are words', 'rerun\n\nHonor Young   0:45\nnone', 'Honor Young'],
    ['name words that are words before a time that is no line of its own', 'rerun\n\nHonor Young   0:45 none\nRidge Banks   1:10 none', 'Honor Young'],
    ['an update that brought something', 'The update brought new bugs', 'update brought'],
    ['a desk before a pager number', 'Help Desk, pager 555-201-3344', 'Help Desk'],
    ['a place before what is said of its cell coverage', 'Sunny Hill, cell coverage is poor', 'Sunny Hill'],
    ['unlisted words in brackets after a role in lower case', 'the lead (Zetaflow Qwerty) test failed', 'Zetaflow Qwerty'],
    ['a printer driver', 'Driver: Epson TM-T88V', 'Epson TM-T88V'],
    ['a unit being visited', 'Visiting: 2 North', '2 North'],
    ['a tool after what tools do and "by"', 'Created by Zetaflow on 12/20', 'Zetaflow'],
    ['a board in capitals after "approved by"', 'Approved by CAB today', 'CAB'],
    ['a capitalised department after "reviewed by"', 'Reviewed by Nursing on 12/20', 'Nursing'],
    ['a product after "signed by"', 'Signed by Meditech', 'Meditech'],
    ['a department after "reviewed by"', 'reviewed by nursing', 'nursing'],
    ['a code after "approved by"', 'Approved by Build42 pipeline', 'Build42'],
  ])('keeps %s', (_label, input, kept) => {
    expect(text(input)).toContain(kept);
  });
});

describe("redactor: a name beside the login made of it", () => {
  it.each([
    ['ordinary words after their login in a roster', 'Mailboxes to close:\n\ncranem  Mercy Crane  last day Thu 10/29', 'Mercy Crane'],
    ['an initial and a surname', 'rnoble  Ranger Noble  last day 3/13', 'Ranger Noble'],
    ['a surname after its login', 'ccrane  Crane  last day', 'Crane'],
    ['unlisted words after their login', 'shrytsen  Svitlana Hrytsenko  last day 3/29', 'Svitlana Hrytsenko'],
    ['ordinary words before their login and a slash', '- Destiny Bond / bondd / badge 121-1927', 'Destiny Bond'],
    ['a name in capitals after its login', 'cranem  MERCY CRANE  last day', 'MERCY CRANE'],
    ['a name after its login, both in capitals', 'SHRYTSEN  SVITLANA HRYTSENKO  LAST DAY 3/29', 'SVITLANA HRYTSENKO'],
  ])('removes %s', (_label, input, value) => {
    expect(text(input)).not.toContain(value);
  });

  it.each([
    ['a product after a host name made of it', 'bluecoat  Blue Coat proxy', 'Blue Coat'],
    ['name words after a login not made of them', 'jdoe42  Mercy Crane  last day', 'Mercy Crane'],
    ['a name word after the name its login is made of', 'rnoble  Ranger Noble Grant Access', 'Grant Access'],
    ['a capitalised word made of an initial and the word after it', 'System: River Moody joined\nRiver: Driver is rel 2021.7, pushing it now.', 'River: Driver'],
    ['a word typed again on the next line', "Rejeté par l'interface\n\nL'interface ADT rejette le message", "L'interface ADT"],
    ['a class name after a package name cut from it', 'ERROR C.O.REFERRAL.REFERRALSERVICE - SAVE FAILED', 'REFERRALSERVICE'],
    ["the possessive's after a name made of a login", 'cranem Mercy Crane\'s chart froze', "'s chart"],
    ["an invite's properties between a name and an address made of it", 'ORGANIZER;CN="OLVERA BARRIENTOS, YESENIA":MAILTO:YOLVERA@EXAMPLE.ORG', ':MAILTO:'],
    ['lower-case words made of the word before them', 'wgrant will grant access to the share', 'will grant'],
  ])('keeps %s', (_label, input, kept) => {
    expect(text(input)).toContain(kept);
  });
});

describe('redactor: a name said the way a person before it was', () => {
  it.each([
    ['ordinary words after "and", as the person before', 'The charge phone should ring Faisal Abu-Zaid on days and Sage Rose on nights.', 'Sage Rose'],
    ['the person one word before "and"', 'Page Faisal Abu-Zaid today and Colt Glass today.', 'Colt Glass'],
    ['a pager number before "and"', 'call 555-201-0142 on days and Sage Rose on nights', 'Sage Rose'],
  ])('removes %s', (_label, input, value) => {
    expect(text(input)).not.toContain(value);
  });

  it.each([
    ['a group that opens with no given name', 'Send it to Maria Lopez on Monday and Blue Cross on Tuesday', 'Blue Cross'],
    ['name words said another way', 'ring Faisal Abu-Zaid on days and Sage Rose for nights', 'Sage Rose'],
    ['name words after "and" that follows no person', 'ring the desk on days and Sage Rose on nights', 'Sage Rose'],
    ['a given name alone after "and"', 'ring Faisal Abu-Zaid on days and Sage on nights', 'Sage on'],
    ['a product after the given name', 'ring Faisal Abu-Zaid on days and Will Epic on nights', 'Will Epic'],
    ['a lower-case given name after "and"', 'ring Faisal Abu-Zaid on days and Sage rose on nights', 'Sage rose'],
  ])('keeps %s', (_label, input, kept) => {
    expect(text(input)).toContain(kept);
  });
});
