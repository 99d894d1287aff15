import { describe, expect, it } from 'vitest';
import { textRedactor } from './redactText.js';

// Shapes the held-out family f showed missing: DICOM headers, Québec and Puerto Rico addresses and
// health numbers, Spanish and French cues, diff and config pastes. Every example is invented; each
// removal has a look-alike that must stay.
const text = textRedactor();

describe('redactor: headers, addresses and cues of held-out family f', () => {
  it.each([
    ["a DICOM patient's name (dcmdump)", '(0010,0010) PN [NAVA^CONSUELO]      #  14, 1 PatientName', 'CONSUELO'],
    ['a DICOM patient id (pydicom)', "(0010, 0020) Patient ID                 LO: '002-9445'", '002-9445'],
    ["a DICOM birth date", "(0010, 0030) Patient's Birth Date       DA: '19760607'", '19760607'],
    ['a Québec street', 'Nouvelle adresse : 7180, chemin de la Côte-des-Neiges, app 3B, Sherbrooke (Québec)  J1H 6B9', 'Côte-des-Neiges'],
    ['a town before its province in brackets', 'Nouvelle adresse : 12, rue Wellington Nord, Sherbrooke (Québec)  J1H 6B9', 'Sherbrooke'],
    ['a Canadian postal code', 'Gatineau (QC)  J8H 7E6 and the link said HTTP 401.', 'J8H 7E6'],
    ['a Puerto Rico street', '  Dirección: Calle Guayacán 961, Apt. 12A, Ponce, PR 00731', 'Guayacán'],
    ['a Québec health insurance number', 'NAM FORA 9253 0397, dossier 5807504', 'FORA 9253 0397'],
    ['a Spanish contract number of a health plan', 'Plan médico: Plan Vital  Núm. de contrato FFN862583930', 'FFN862583930'],
    ['a login after "mi usuario es"', 'Mi usuario es mabenav5.', 'mabenav5'],
    ['a French employee number', 'Matricule : 433395', '433395'],
    ['a login given to Get-ADUser', 'PS C:\\> Get-ADUser orlobia2 -Properties EmailAddress', 'orlobia2'],
    ["a login and password in a diff's config lines", '+  bind_user: lngata\n+  bind_pass: Caribou77#', 'lngata'],
    ['an extension in Spanish', 'llámeme a la extensión 6490.', '6490'],
    ['an extension in French', 'Bloc opératoire - poste 4653', '4653'],
    ['an admission date after ADM', '^FDMRN: 3193428  ADM: 05/22/2026^FS', '05/22/2026'],
    ['a login in a table whose rows end in a heading word', 'name               SamAccountName     objectClass\n----               --------------     -----------\nNyambura, Njeri    nyambun            user', 'nyambun'],
    ["an id column beside a person's column", 'Employee            ID       In     Out\nAcevedo, Keishla    898726   06:58  15:30', '898726'],
    ['an unlisted "Last, First" after a dash sign-off', 'Audit due end of month. - Kouassi, Boubacar', 'Boubacar'],
    ['an unlisted "Last, First" after a metadata label', 'Creator                         : Ssempala, Atieno', 'Ssempala'],
    ['an unlisted "Last, First" after "user"', 'Started by user Naivalu, Aroha', 'Aroha'],
    ['an unlisted "Last, First" after a chat stamp', '[2:28 PM] Ngata, Ana Lesieli\nyes since this morning', 'Ngata'],
  ])('removes %s', (_label, input, value) => {
    expect(text(input)).not.toContain(value);
  });

  it.each([
    ['a DICOM modality', "(0008, 0060) Modality                  CS: 'CT'", "CS: 'CT'"],
    ['a version before a French word', 'upgrade to 1.2, rue des Pins is irrelevant', '1.2'],
    ['a highway number', 'route 66 is down again', 'route 66'],
    ['an id column in a table of servers', 'Server      ID       Status\nAPP01       883201   up', '883201'],
    ['a reply after a label', 'Options: Yes, No', 'Yes, No'],
    ['a code that looks like a health number without a valid date', 'build ABCD 1299 0000 failed', 'ABCD 1299 0000'],
  ])('keeps %s', (_label, input, kept) => {
    expect(text(input)).toContain(kept);
  });
});
