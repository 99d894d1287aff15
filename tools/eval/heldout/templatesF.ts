// Template family F: a sixth set of ticket templates, written without looking at templates.ts,
// templatesB-E.ts (beyond the shape of one template object) or the redactor, in shapes the other
// families do not have: Spanish and Québécois French tickets from bilingual staff (dates, addresses,
// phones and health-card numbers written the local way) and English tickets quoting a patient's
// Spanish message; PowerShell/AD output (Get-ADUser, Get-MsolUser, Get-ADGroupMember tables, event
// 4740/4625 text) and YAML/INI snippets with credentials; DICOM header dumps (dcmdump, pydicom),
// modality worklists and ASTM analyzer logs; ICS invites, Teams transcripts, meeting chat and Zoom
// attendee reports; VPN, badge, git and deployment logs, document metadata; pharmacy label,
// wristband ZPL, visitor badge and insurance card OCR previews; Kronos rows and staffing grids;
// auto-replies with delegates, call transcriptions with disfluencies and spelled-out numbers, texts
// with emoji; names in OneDrive/SharePoint URLs and user paths, names with titles and post-nominals,
// preferred names, particles, and names typed all lower or all upper case. Keep values: error codes,
// hosts, servers, versions, products, departments in three languages, refs, paths, system stamps and
// capitalised common words.

import { filePath, hostname, serverIp, ticketRef, version } from './keep.js';
import type { Ticket } from './ticket.js';
import { deviceSerial, ipv6, mac, npi, publicIpv4, ssn } from './values.js';
import {
  COMMON_F,
  DEPTS_F,
  ERRORS_F,
  PRODUCTS_F,
  asciiF,
  badgeF,
  birthF,
  caretF,
  dicomDate,
  dossierF,
  employeeIdF,
  esDate,
  esPhone,
  extF,
  frDate,
  fullF,
  initialF,
  lastFirstF,
  mrnF,
  peopleF,
  planIdF,
  prAddr,
  prefF,
  pronF,
  qcAddr,
  qcPhone,
  ramq,
  rxF,
  secretF,
  shortF,
  spokenDate,
  spokenDigits,
  stampF,
  upperAsciiF,
  usAddrF,
  usDate,
  usNum,
  usPhoneF,
  visitF,
  type AddrF,
  type PersonF,
} from './valuesF.js';

export interface TemplateF {
  name: string;
  group: string;
  make(t: Ticket): { title: string; text: string };
}

// ---- helpers ------------------------------------------------------------------------------------

const lines = (...xs: (string | false | null | undefined)[]): string => xs.filter((x): x is string => typeof x === 'string').join('\n');
const ppl = (t: Ticket, n: number, origin?: string): PersonF[] => peopleF(t.r, n, origin);
const P = (t: Ticket, s: string): string => t.p('PERSON', s);
const full = (t: Ticket, p: PersonF): string => P(t, fullF(p));
const short = (t: Ticket, p: PersonF): string => P(t, shortF(p));
const lf = (t: Ticket, p: PersonF): string => P(t, lastFirstF(p));
const given = (t: Ticket, p: PersonF): string => P(t, p.given);
const pref = (t: Ticket, p: PersonF): string => P(t, prefF(p));
const sur = (t: Ticket, p: PersonF): string => P(t, p.sur1);
const caret = (t: Ticket, p: PersonF): string => P(t, caretF(p));
const capsLf = (t: Ticket, p: PersonF): string => P(t, upperAsciiF(`${p.surname}, ${p.given}`));
/** a name as people write it in running text */
const anyName = (t: Ticket, p: PersonF): string => t.r.pick([() => full(t, p), () => short(t, p), () => short(t, p), () => lf(t, p)])();

const local = (t: Ticket, p: PersonF): string => {
  const g = asciiF(p.given) || 'x';
  const s = asciiF(p.sur1) || 'y';
  return t.r.pick([`${g}.${s}`, `${g[0]}${s}`, `${s}.${g}`, `${g[0]}.${s}`, `${g}${s[0]}`]);
};
const mail = (t: Ticket, p: PersonF): string => t.p('EMAIL', `${local(t, p)}@${t.org.domain}`);
const homeMail = (t: Ticket, p: PersonF): string => {
  const g = asciiF(p.given) || 'x';
  const s = asciiF(p.sur1) || 'y';
  const l = t.r.pick([`${g}${s}${t.r.int(1, 99)}`, `${g}_${s}`, `${s}.${g}${t.r.int(70, 99)}`, `${g[0]}${s}${t.r.int(1960, 2004)}`]);
  return t.p('EMAIL', `${l}@${t.r.pick(['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com', 'videotron.ca', 'icloud.com', 'live.ca', 'prtc.net'])}`);
};
const loginOf = (t: Ticket, p: PersonF): string => {
  const g = asciiF(p.given) || 'x';
  const s = asciiF(p.sur1) || 'y';
  return t.r.pick([`${g[0]}${s}`.slice(0, 10), `${s.slice(0, 6)}${g[0]}`, `${g}.${s}`, `${g.slice(0, 2)}${s.slice(0, 5)}${t.r.int(1, 9)}`]);
};
const login = (t: Ticket, p: PersonF): string => t.p('USERNAME', loginOf(t, p));
const ext = (t: Ticket): string => t.p('PHONE', extF(t.r));

const host = (t: Ticket): string => t.k('HOSTNAME', hostname(t.r, t.org));
const sip = (t: Ticket): string => t.k('SERVER_IP', serverIp(t.r));
const ver = (t: Ticket): string => t.k('VERSION', version(t.r));
const prod = (t: Ticket, from?: string[]): string => t.k('PRODUCT', t.r.pick(from ?? PRODUCTS_F));
const dept = (t: Ticket, from?: string[]): string => t.k('QUEUE_OR_DEPT', t.r.pick(from ?? DEPTS_F));
const err = (t: Ticket, from?: string[]): string => t.k('ERROR_CODE', t.r.pick(from ?? ERRORS_F));
const ref = (t: Ticket): string => t.k('TICKET_REF', ticketRef(t.r));
const path = (t: Ticket): string => t.k('FILE_PATH', filePath(t.r, t.org));
const stamp = (t: Ticket, kind: Parameters<typeof stampF>[1]): string => t.k('SYSTEM_DATE', stampF(t.r, kind));
const common = (t: Ticket): string => {
  const [s, phrase] = t.r.pick(COMMON_F);
  t.k('COMMON_WORD', phrase);
  return s;
};
const mrn = (t: Ticket): string => t.p('MRN', mrnF(t.r));
const FR_DEPTS = ['Urgence', 'Soins intensifs', 'Imagerie médicale', 'Bloc opératoire', 'Médecine interne'];
const ES_DEPTS = ['Urgencias', 'Admisiones', 'Laboratorio clínico'];
const addrLine = (t: Ticket, a: AddrF, sep = ', '): string =>
  `${t.p('ADDRESS', a.street)}${sep}${t.p('ADDRESS', a.city)}${a.region.startsWith('(') ? ' ' : ', '}${a.region}  ${t.p('ZIP', a.zip)}`;

// ---- F-bilingual: Spanish and French tickets from staff, Spanish messages from patients --------

const esLoginIssue: TemplateF = {
  name: 'esLoginIssue',
  group: 'F-bilingual',
  make(t) {
    const [me, jefa] = ppl(t, 2, 'mexican') as [PersonF, PersonF];
    const text = lines(
      `Buenos días,`,
      '',
      `Soy ${full(t, me)}, ${t.r.pick(me.g === 'f' ? ['enfermera', 'asistente administrativa', 'técnica de laboratorio', 'recepcionista'] : ['enfermero', 'asistente administrativo', 'técnico de laboratorio', 'recepcionista'])} de ${dept(t, ES_DEPTS)}. Desde hoy en la mañana no puedo entrar a ${prod(t, ['Cerner PowerChart', 'Meditech Expanse', 'Epic Willow', 'UKG Pro', 'QGenda', 'Exchange Online', 'Fujifilm Synapse'])} en la computadora ${host(t)}; me sale "${err(t)}" y luego se cierra.`,
      `Ya reinicié dos veces y tampoco funciona en otra computadora. Mi usuario es ${login(t, me)}.`,
      t.r.chance(0.5) &&
        (jefa.g === 'f'
          ? `Mi jefa, ${t.r.pick(['la Sra. ', 'la Lic. ', ''])}${short(t, jefa)}, dice que a ella le pasó lo mismo la semana pasada.`
          : `Mi jefe, ${t.r.pick(['el Sr. ', 'el Lic. ', ''])}${short(t, jefa)}, dice que a él le pasó lo mismo la semana pasada.`),
      `Me pueden llamar a mi celular ${t.p('PHONE', esPhone(t.r))} o a la extensión ${t.p('PHONE', `${t.r.int(2000, 7999)}`)}.`,
      '',
      t.r.pick(['Muchas gracias,', 'Gracias de antemano,', 'Saludos,']),
      pref(t, me)
    );
    return { title: t.r.pick([() => 'No puedo entrar al sistema', () => 'Error al iniciar sesión', () => `Problema con ${t.k('PRODUCT', 'Epic Hyperspace')}`])(), text };
  },
};

const esPatientQuote: TemplateF = {
  name: 'esPatientQuote',
  group: 'F-bilingual',
  make(t) {
    const [pt, hija, interp] = ppl(t, 3) as [PersonF, PersonF, PersonF];
    const b = birthF(t.r);
    const appt = visitF(t.r);
    const rel = hija.g === 'f' ? ['la hija', 'daughter'] : ['el hijo', 'son'];
    const parent = pt.g === 'f' ? 'Mi mamá' : 'Mi papá';
    const text = lines(
      `Portal message forwarded by ${dept(t, ['Interpreter Services'])} (${short(t, interp)}). Patient ${lf(t, pt)}, MRN ${mrn(t)}, cannot log in to MyChart. Original message:`,
      '',
      `> Hola buenas tardes, soy ${rel[0]} de ${pronF(pt).es} ${full(t, pt)}, mi nombre es ${full(t, hija)}.`,
      `> No podemos entrar al portal, dice "cuenta bloqueada". ${parent} nació el ${t.p('DOB', esDate(t.r, b))} por si lo necesitan.`,
      `> Tiene cita el ${t.p('DATE_PHI', esDate(t.r, appt))} y necesitamos ver los resultados antes.`,
      `> Mi número es ${t.p('PHONE', esPhone(t.r))}, o el correo ${homeMail(t, hija)}. Gracias, Dios les bendiga.`,
      '',
      `Translation: the ${rel[1]} (${given(t, hija)}) says the account is locked (${err(t, ['AADSTS50053', 'HTTP 401'])}); wants access before the visit. Proxy not on file yet.`,
      `${common(t)} ${ref(t)}`
    );
    return { title: 'Portal locked - Spanish-speaking family', text };
  },
};

const esPuertoRico: TemplateF = {
  name: 'esPuertoRico',
  group: 'F-bilingual',
  make(t) {
    const [pt, reg] = ppl(t, 2, 'caribbean-es') as [PersonF, PersonF];
    const a = prAddr(t.r);
    const b = birthF(t.r);
    const text = lines(
      `Saludos. En ${dept(t, ['Admisiones'])} no podemos guardar el registro de este paciente, el sistema da ${err(t, ['HTTP 401', 'exit code 137', 'Error 0x80072EFD', 'ASTM NAK'])} al darle "Guardar":`,
      '',
      `  Nombre: ${full(t, pt)}`,
      `  Fecha de nacimiento: ${t.p('DOB', esDate(t.r, b))}`,
      `  Seguro social: ${t.p('SSN', ssn(t.r))}`,
      `  Dirección: ${t.p('ADDRESS', a.street)}, ${t.p('ADDRESS', a.city)}, PR ${t.p('ZIP', a.zip)}`,
      `  Tel.: ${t.p('PHONE', esPhone(t.r))}`,
      `  Plan médico: ${t.k('PRODUCT', t.r.pick(['Triple-S', 'MMM Holdings', 'Plan Vital']))}  Núm. de contrato ${t.p('HEALTH_PLAN_ID', planIdF(t.r))}`,
      '',
      `Creo que es por la "ü" o la "ñ" en la dirección. Pasa desde la actualización ${ver(t)} del ${stamp(t, 'es')}.`,
      `-- ${full(t, reg)}, ${t.r.pick(['registradora', 'supervisora de turno', 'oficinista'])}, ${ext(t)}`
    );
    return { title: t.r.pick(['Registro no guarda - caracteres especiales', 'Error al guardar registro']), text };
  },
};

const frWristband: TemplateF = {
  name: 'frWristband',
  group: 'F-bilingual',
  make(t) {
    const [pt, inf] = ppl(t, 2, 'quebecois') as [PersonF, PersonF];
    const b = birthF(t.r);
    const text = lines(
      'Bonjour,',
      '',
      `L'imprimante à bracelets (${t.k('PRODUCT', 'Zebra ZD621')}, ${host(t)}) de l'${dept(t, ['Urgence'])} n'imprime plus depuis ${stamp(t, 'fr')}. Le voyant clignote rouge et le spouleur affiche ${err(t)}.`,
      `Usager concerné : ${full(t, pt)}, né${pt.g === 'f' ? 'e' : ''} le ${t.p('DOB', frDate(t.r, b))}, NAM ${t.p('HEALTH_PLAN_ID', ramq(t.r, pt, b))}, dossier ${t.p('MRN', dossierF(t.r))}.`,
      `On a dû écrire le bracelet à la main. Pouvez-vous envoyer quelqu'un rapidement?`,
      '',
      'Merci,',
      `${full(t, inf)}, ${t.r.pick(['inf. clinicienne', 'infirmière-chef', 'préposé aux bénéficiaires', 'agente administrative'])}`,
      `${dept(t, FR_DEPTS)} - poste ${t.p('PHONE', `${t.r.int(2000, 7999)}`)}`
    );
    return { title: t.r.pick(["Imprimante bracelets - Urgence", "Bracelets n'impriment plus"]), text };
  },
};

const frAccessForm: TemplateF = {
  name: 'frAccessForm',
  group: 'F-bilingual',
  make(t) {
    const [emp, sup] = ppl(t, 2, t.r.pick(['quebecois', 'west-african-fr', undefined])) as [PersonF, PersonF];
    const text = lines(
      "DEMANDE D'ACCÈS AUX SYSTÈMES CLINIQUES",
      '',
      `Nom : ${P(t, upperAsciiF(emp.surname))}`,
      `Prénom : ${given(t, emp)}`,
      `Matricule : ${t.p('USERNAME', employeeIdF(t.r))}`,
      `Courriel : ${mail(t, emp)}`,
      `Cellulaire (personnel) : ${t.p('PHONE', qcPhone(t.r))}`,
      `Titre d'emploi : ${t.r.pick(['Infirmière auxiliaire', 'Inhalothérapeute', 'Technologue en radiologie', 'Agent administratif classe 2'])}`,
      `Service : ${dept(t, FR_DEPTS)}`,
      `Accès demandés : ${prod(t)}, ${prod(t)}`,
      `Supérieur immédiat : ${lf(t, sup)} (${ext(t)})`,
      '',
      `Commentaire : le compte existe déjà mais il est désactivé (${err(t, ['STATUS_PASSWORD_EXPIRED', 'LDAP error 49', 'Event ID 4740'])}). Voir ${ref(t)}.`
    );
    return { title: "Demande d'accès - réactivation", text };
  },
};

const frAddressChange: TemplateF = {
  name: 'frAddressChange',
  group: 'F-bilingual',
  make(t) {
    const [pt, agent] = ppl(t, 2, 'quebecois') as [PersonF, PersonF];
    const a = qcAddr(t.r);
    const b = birthF(t.r);
    const text = lines(
      `${t.r.pick(['Salut', 'Bonjour'])} l'équipe,`,
      '',
      `L'interface ADT rejette le changement d'adresse de l'usager ${lf(t, pt)} (dossier ${t.p('MRN', dossierF(t.r))}, né${pt.g === 'f' ? 'e' : ''} le ${t.p('DOB', frDate(t.r, b))}).`,
      `Nouvelle adresse : ${addrLine(t, a)}`,
      `Tél. : ${t.p('PHONE', qcPhone(t.r, 0))}`,
      '',
      `Le message est en erreur dans ${prod(t, ['Rhapsody', 'Cloverleaf', 'Mirth Connect'])} sur ${sip(t)} : "${err(t, ['ASTM NAK', 'HTTP 401', 'exit code 137'])}". Je pense que c'est la virgule après le numéro civique.`,
      '',
      `${short(t, agent)}, ${dept(t, ['Archives médicales', 'Admission'])}`
    );
    return { title: "Changement d'adresse rejeté par l'interface", text };
  },
};

const bilingualOoo: TemplateF = {
  name: 'bilingualOoo',
  group: 'F-bilingual',
  make(t) {
    const [me, del1, del2] = ppl(t, 3, t.r.pick(['quebecois', undefined])) as [PersonF, PersonF, PersonF];
    const mi = t.r.int(0, 3);
    const day = t.r.int(2, 28);
    const back = `${day} ${['mars', 'avril', 'juin', 'août'][mi]!}`;
    const text = lines(
      `The auto-reply below comes back to every ticket notification we send to ${mail(t, me)}, and ${prod(t, ['Exchange Online', 'ServiceNow'])} re-opens the ticket each time (${ref(t)}). Can the mail rule ignore it?`,
      '',
      '----',
      `Automatic reply: ${t.r.pick(['Absence du bureau', 'Out of office / Absent'])}`,
      '',
      `Bonjour, je suis ${me.g === 'f' ? 'absente' : 'absent'} du bureau jusqu'au ${back} inclusivement. Pour toute urgence, veuillez communiquer avec ${full(t, del1)} au ${t.p('PHONE', qcPhone(t.r, 0.6))}, ou avec ${short(t, del2)} (${mail(t, del2)}).`,
      '',
      `Hello, I am out of the office until ${['March', 'April', 'June', 'August'][mi]!} ${day}. For urgent matters please contact ${given(t, del1)} ${sur(t, del1)} at the number above.`,
      '',
      `${full(t, me)}`,
      `${t.r.pick(me.g === 'f' ? ['Conseillère en sécurité de l’information', 'Chef de service', 'Analyste'] : ['Conseiller en sécurité de l’information', 'Chef de service', 'Analyste'])}, ${dept(t, ['Identity and Access Management', 'IT Security', 'Imagerie médicale'])}`
    );
    return { title: 'Auto-reply loop re-opens tickets', text };
  },
};

// ---- F-directory: PowerShell, AD and config pastes ---------------------------------------------

const getAdUser: TemplateF = {
  name: 'getAdUser',
  group: 'F-directory',
  make(t) {
    const [u, tech] = ppl(t, 2) as [PersonF, PersonF];
    const sam = loginOf(t, u);
    const ou = t.r.pick(['Staff', 'Clinical', 'Contractors', 'Residents']);
    const dc = t.org.prefix;
    const text = lines(
      `User can't sign in, says account disabled. Output:`,
      '',
      `PS C:\\> Get-ADUser ${t.p('USERNAME', sam)} -Properties EmailAddress,telephoneNumber,LockedOut,LastLogonDate,Department`,
      '',
      `Department        : ${dept(t)}`,
      `DistinguishedName : CN=${P(t, `${u.surname}\\, ${u.given}`)},OU=${ou},OU=Users,DC=${dc},DC=local`,
      `EmailAddress      : ${mail(t, u)}`,
      `Enabled           : False`,
      `GivenName         : ${given(t, u)}`,
      `LastLogonDate     : ${stamp(t, 'win')}`,
      `LockedOut         : True`,
      `Name              : ${lf(t, u)}`,
      `ObjectClass       : user`,
      `SamAccountName    : ${sam}`,
      `Surname           : ${P(t, u.surname)}`,
      `telephoneNumber   : ${t.r.chance(0.5) ? t.p('PHONE', usPhoneF(t.r)) : t.p('PHONE', qcPhone(t.r))}`,
      `UserPrincipalName : ${t.p('EMAIL', `${sam}@${t.org.domain}`)}`,
      '',
      `Disabled by the HR sync on ${host(t)} (${ver(t)}), probably because the rehire date is missing. - ${P(t, `${initialF(tech)} ${tech.sur1}`)}`
    );
    return { title: t.r.pick(['Account disabled after rehire', 'AD account disabled - cannot sign in']), text };
  },
};

const getMsolUser: TemplateF = {
  name: 'getMsolUser',
  group: 'F-directory',
  make(t) {
    const [u] = ppl(t, 1) as [PersonF];
    const upn = t.p('EMAIL', `${local(t, u)}@${t.org.domain}`);
    const text = lines(
      `MFA prompts go to an old number. ${err(t, ['AADSTS53003', 'AADSTS50053'])} in the sign-in logs.`,
      '',
      `PS> Get-MsolUser -UserPrincipalName ${upn} | fl DisplayName,UserPrincipalName,MobilePhone,AlternateEmailAddresses,StrongAuthenticationUserDetails,LastPasswordChangeTimestamp`,
      '',
      `DisplayName                     : ${anyName(t, u)}`,
      `UserPrincipalName               : ${upn}`,
      `MobilePhone                     : ${t.p('PHONE', `+1 ${usPhoneF(t.r).replace(/^\+1 /, '')}`)}`,
      `AlternateEmailAddresses         : {${homeMail(t, u)}}`,
      `StrongAuthenticationUserDetails : Microsoft.Online.Administration.StrongAuthenticationUserDetails`,
      `LastPasswordChangeTimestamp     : ${stamp(t, 'win')}`,
      '',
      `(StrongAuthenticationUserDetails).PhoneNumber shows ${t.p('PHONE', `+1 ${usPhoneF(t.r).replace(/^\+1 /, '')}`)} which ${u.g === 'f' ? 'she' : 'he'} says is ${t.r.pick(['a phone that was stolen', 'her old work cell', 'a number from before the move'])}. Please reset MFA methods. ${ref(t)}`
    );
    return { title: 'Reset MFA methods - old phone on file', text };
  },
};

const adGroupMembers: TemplateF = {
  name: 'adGroupMembers',
  group: 'F-directory',
  make(t) {
    const n = t.r.int(4, 6);
    const ps = ppl(t, n + 1);
    const req = ps.pop()!;
    const grp = `${t.org.prefix.toUpperCase()}-${t.r.pick(['PACS-Readers', 'Pyxis-Override', 'Epic-SER-Edit', 'VPN-Vendors', 'OneDrive-ExtShare'])}`;
    const rows = ps.map((p) => `${lf(t, p).padEnd(34)} ${login(t, p).padEnd(18)} user`);
    const text = lines(
      `Please remove everyone who left ${dept(t)} from ${t.k('QUEUE_OR_DEPT', grp)}. Current members:`,
      '',
      `PS> Get-ADGroupMember "${grp}" | Select name,SamAccountName,objectClass | ft -AutoSize`,
      '',
      `name                               SamAccountName     objectClass`,
      `----                               --------------     -----------`,
      ...rows,
      '',
      `Keep ${given(t, ps[0]!)} and ${given(t, ps[1]!)}; the others transferred. Audit due ${t.r.pick(['Friday', 'end of month'])}. - ${anyName(t, req)}`
    );
    return { title: `Clean up ${grp}`, text };
  },
};

const lockoutEvents: TemplateF = {
  name: 'lockoutEvents',
  group: 'F-directory',
  make(t) {
    const [u, tech] = ppl(t, 2) as [PersonF, PersonF];
    const sam = loginOf(t, u);
    const kind = t.r.chance(0.5);
    const ip = t.p('IP_ADDRESS', t.r.chance(0.8) ? publicIpv4(t.r) : ipv6(t.r));
    const text = kind
      ? lines(
          `${short(t, u)} keeps getting locked out every ~30 min. Event from the PDC:`,
          '',
          `Log Name: Security   Source: Microsoft-Windows-Security-Auditing   ${t.k('ERROR_CODE', 'Event ID 4740')}`,
          `Logged: ${stamp(t, 'win')}`,
          `A user account was locked out.`,
          `Subject:`,
          `	Account Name:		${host(t)}$`,
          `Account That Was Locked Out:`,
          `	Security ID:		${t.org.prefix.toUpperCase()}\\${t.p('USERNAME', sam)}`,
          `	Account Name:		${sam}`,
          `Additional Information:`,
          `	Caller Computer Name:	${t.r.pick(['IPHONE', 'DESKTOP-' + t.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 7), 'GALAXY-S23'])}`,
          '',
          `Caller is a personal device; ${u.g === 'f' ? 'she' : 'he'} connected from ${ip} last night. Probably old password saved in the mail app. ${ref(t)} / ${full(t, tech)}`
        )
      : lines(
          `Failed logons for ${t.p('USERNAME', `${t.org.prefix.toUpperCase()}\\${sam}`)} from outside:`,
          '',
          `An account failed to log on.   ${t.k('ERROR_CODE', 'Event ID 4625')}   ${stamp(t, 'win')}`,
          `Account For Which Logon Failed:`,
          `	Account Name:		${t.p('USERNAME', sam)}`,
          `	Account Domain:		${t.org.prefix.toUpperCase()}`,
          `Failure Information:`,
          `	Failure Reason:		Unknown user name or bad password.`,
          `	Status:			0xC000006D`,
          `	Sub Status:		${t.k('ERROR_CODE', '0xC000006A')}`,
          `Network Information:`,
          `	Workstation Name:	${host(t)}`,
          `	Source Network Address:	${ip}`,
          '',
          `Talked to ${given(t, u)}, ${u.g === 'f' ? 'she' : 'he'} was not trying to log in at that hour. Forcing a reset and sending to ${dept(t, ['IT Security'])}. -${pref(t, tech)}`
        );
    return { title: kind ? 'Repeated lockouts (4740)' : 'Failed logons from public IP (4625)', text };
  },
};

const configCreds: TemplateF = {
  name: 'configCreds',
  group: 'F-directory',
  make(t) {
    const [owner, finder] = ppl(t, 2) as [PersonF, PersonF];
    const yaml = t.r.chance(0.5);
    const sam = loginOf(t, owner);
    const pw = t.p('CREDENTIAL', secretF(t.r));
    const snippet = yaml
      ? [
          `# owner: ${full(t, owner)} <${mail(t, owner)}>`,
          `smtp:`,
          `  host: ${host(t)}`,
          `  port: 587`,
          `  username: ${t.p('USERNAME', sam)}`,
          `  password: "${pw}"`,
          `pacs:`,
          `  aet: ${t.r.pick(['ORTHANC_RAD', 'VNA_QR', 'MODLINK01'])}`,
          `  address: ${sip(t)}`,
        ]
      : [
          `; last edited by ${lf(t, owner)}`,
          `[database]`,
          `Server=${host(t)}`,
          `User ID=${t.p('USERNAME', `${t.org.prefix.toUpperCase()}\\${sam}`)}`,
          `Password=${pw}`,
          `[export]`,
          `OutDir=${path(t)}`,
        ];
    const text = lines(
      `Found this in ${t.r.pick(['a shared folder', 'the GitLab repo of the lab interface', 'a config attached to a vendor ticket'])} - it is ${owner.g === 'f' ? 'her' : 'his'} personal account, not a service account:`,
      '',
      '```',
      ...snippet,
      '```',
      '',
      `Please rotate and move it to a vault entry. Reported by ${short(t, finder)}, ${dept(t, ['IT Security', 'Service Desk'])}.`
    );
    return { title: 'Personal credentials in config file', text };
  },
};

const onedrivePaths: TemplateF = {
  name: 'onedrivePaths',
  group: 'F-directory',
  make(t) {
    const [u, pt, mgr] = ppl(t, 3) as [PersonF, PersonF, PersonF];
    const sam = loginOf(t, u);
    const g = asciiF(u.given);
    const s = asciiF(u.sur1);
    const tenant = t.org.prefix;
    const url = t.p('URL', `https://${tenant}-my.sharepoint.com/personal/${g}_${s}_${t.org.domain.replace(/\./g, '_')}/Documents/${t.r.pick(['Desktop', 'Unit%20huddle', 'Forms'])}`);
    const text = lines(
      `OneDrive won't sync for ${anyName(t, u)} (${err(t, ['0x8004de40', '0x8004de90'])}).`,
      '',
      `Local path: C:\\Users\\${t.p('USERNAME', sam)}\\OneDrive - ${t.org.name}\\Desktop`,
      `Site: ${url}`,
      `Stuck file: "${P(t, `${pt.surname}, ${pt.given}`)} - ${t.r.pick(['consent', 'wound photos', 'transfer form'])}.pdf" (patient file on a personal OneDrive, flagged to ${dept(t, ['Release of Information', 'IT Security'])})`,
      `Home share: \\\\${t.org.prefix}-fs0${t.r.int(1, 9)}\\home$\\${sam}`,
      '',
      `${prod(t, ['OneDrive for Business', 'SharePoint Online'])} client ${ver(t)}. Manager ${full(t, mgr)} approved moving the file to the unit site.`
    );
    return { title: 'OneDrive sync error + patient file on personal site', text };
  },
};

// ---- F-imaging: DICOM, worklists, analyzer logs -------------------------------------------------

const dicomDump: TemplateF = {
  name: 'dicomDump',
  group: 'F-imaging',
  make(t) {
    const [pt, refd, tech] = ppl(t, 3) as [PersonF, PersonF, PersonF];
    const b = birthF(t.r);
    const exam = visitF(t.r);
    const id = mrnF(t.r);
    const text = lines(
      `Study won't route to ${prod(t, ['Fujifilm Synapse', 'Visage 7', 'Epic Radiant', 'Carestream Vue'])}; the VNA rejects it with ${err(t, ['C-STORE 0xA900', 'DICOM 0xC000'])}. dcmdump of the first image:`,
      '',
      `# Dicom-File-Format`,
      `(0008,0020) DA [${t.p('DATE_PHI', dicomDate(exam))}]                              #   8, 1 StudyDate`,
      `(0008,0060) CS [${t.r.pick(['CT', 'MR', 'CR', 'US'])}]                                    #   2, 1 Modality`,
      `(0008,0070) LO [${t.r.pick(['GE MEDICAL SYSTEMS', 'SIEMENS', 'Philips', 'CANON_MEC'])}]             # Manufacturer`,
      `(0008,0090) PN [${caret(t, refd)}^^DR]                     # ReferringPhysicianName`,
      `(0008,1010) SH [${t.r.pick(['CT01_ED', 'MR2_OUTPT', 'DR_ROOM3', 'US_PORTABLE'])}]                             # StationName`,
      `(0010,0010) PN [${caret(t, pt)}]                     # PatientName`,
      `(0010,0020) LO [${t.p('MRN', id)}]                                # PatientID`,
      `(0010,0030) DA [${t.p('DOB', dicomDate(b))}]                              # PatientBirthDate`,
      `(0010,0040) CS [${pt.g === 'f' ? 'F' : 'M'}]                                     # PatientSex`,
      `(0018,1020) LO [${ver(t)}]                        # SoftwareVersions`,
      '',
      `PatientID has a trailing space in the modality worklist so the VNA thinks it's a new patient. Scanned by ${short(t, tech)} (${dept(t, ['Medical Imaging', 'Radiology', 'Imagerie médicale'])}).`
    );
    return { title: 'DICOM study rejected - PatientID mismatch', text };
  },
};

const pydicomRepr: TemplateF = {
  name: 'pydicomRepr',
  group: 'F-imaging',
  make(t) {
    const [pt, other, perf] = ppl(t, 3) as [PersonF, PersonF, PersonF];
    const b = birthF(t.r);
    const exam = visitF(t.r);
    const text = lines(
      `Two patients merged in ${prod(t, ['Orthanc', 'Horos', 'Visage 7', 'Fujifilm Synapse'])}. pydicom of the wrong series:`,
      '',
      '>>> ds = pydicom.dcmread(f)',
      '>>> ds',
      `(0008, 0020) Study Date                          DA: '${t.p('DATE_PHI', dicomDate(exam))}'`,
      `(0008, 1050) Performing Physician's Name         PN: '${caret(t, perf)}'`,
      `(0010, 0010) Patient's Name                      PN: '${caret(t, pt)}'`,
      `(0010, 0020) Patient ID                          LO: '${mrn(t)}'`,
      `(0010, 0030) Patient's Birth Date                DA: '${t.p('DOB', dicomDate(b))}'`,
      `(0010, 1000) Other Patient IDs                   LO: '${mrn(t)}'`,
      `(0010, 1001) Other Patient Names                 PN: '${caret(t, other)}'`,
      `(0020, 0011) Series Number                       IS: '${t.r.int(2, 9)}'`,
      '',
      `The series belongs to ${full(t, other)}, not ${given(t, pt)} ${sur(t, pt)}; needs a split before the report goes out. Logged at ${stamp(t, 'iso')} on ${host(t)}.`
    );
    return { title: 'Wrong patient in series - split request', text };
  },
};

const modalityWorklist: TemplateF = {
  name: 'modalityWorklist',
  group: 'F-imaging',
  make(t) {
    const n = t.r.int(3, 5);
    const ps = ppl(t, n + 1);
    const tech = ps.pop()!;
    const day = visitF(t.r);
    const rows = ps.map((p) => {
      const b = birthF(t.r);
      return `${caret(t, p).padEnd(30)} ${t.p('MRN', mrnF(t.r)).padEnd(11)} ${t.p('DOB', dicomDate(b))}  ${t.r.pick(['CT HEAD W/O', 'XR CHEST 2V', 'US ABD LTD', 'MR L-SPINE'])}`;
    });
    const dayLabel = t.p('DATE_PHI', usNum(day));
    const text = lines(
      `MWL on ${t.r.pick(['CT2', 'the portable DR', 'US room 4'])} only shows the first ${n} orders for ${dayLabel}, then ${err(t, ['C-FIND 0xA700'])}. Query result from findscu:`,
      '',
      `PatientName                    PatientID   BirthDate SchedProc`,
      ...rows,
      '',
      `Broker ${host(t)} (${sip(t)}), ${prod(t, ['dcmtk', 'Orthanc'])} ${ver(t)}. Tech on shift: ${full(t, tech)}, ${ext(t)}.`
    );
    return { title: 'Modality worklist truncated', text };
  },
};

const astmLog: TemplateF = {
  name: 'astmLog',
  group: 'F-imaging',
  make(t) {
    const [pt, doc, tech] = ppl(t, 3) as [PersonF, PersonF, PersonF];
    const b = birthF(t.r);
    const ts = stamp(t, 'astm');
    const text = lines(
      `Results from ${prod(t, ['Sysmex XN-1000', 'cobas 8000', 'Abbott Alinity'])} not crossing to the LIS since ${ts}. Middleware trace:`,
      '',
      `<STX>1H|\\^&|||${t.r.pick(['cobas8000', 'XN-10^00-22', 'ALINITYci'])}^${ver(t)}|||||LIS|TSREQ^REAL|P|1|${ts}<CR><ETX>`,
      `<STX>2P|1||${mrn(t)}||${caret(t, pt)}||${t.p('DOB', dicomDate(b))}|${pt.g === 'f' ? 'F' : 'M'}|||||${caret(t, doc)}<CR><ETX>`,
      `<STX>3O|1|${t.r.int(1, 60)}^${t.r.int(1, 5)}||^^^${t.r.pick(['GLU', 'K', 'TROPI', 'CBC'])}|R||||||N||||${t.r.pick(['SERUM', 'WB', 'PLASMA'])}<CR><ETX>`,
      `<STX>4L|1|N<CR><ETX>`,
      `<NAK>   ${err(t, ['ASTM NAK'])} from LIS after frame 2`,
      '',
      `The P record has 14 fields, LIS expects the physician in field 15 since the ${ver(t)} upgrade. Called in by ${short(t, tech)} from ${dept(t, ['Core Lab', 'Laboratorio clínico'])}.`
    );
    return { title: 'Analyzer results not crossing - ASTM NAK', text };
  },
};

// ---- F-meetings: ICS, transcripts, chat, attendee reports --------------------------------------

const icsInvite: TemplateF = {
  name: 'icsInvite',
  group: 'F-meetings',
  make(t) {
    const [org, a1, a2, pt] = ppl(t, 4) as [PersonF, PersonF, PersonF, PersonF];
    const patientVariant = t.r.chance(0.4);
    const when = patientVariant ? t.p('DATE_PHI', stampF(t.r, 'ics')) : stamp(t, 'ics');
    const summary = patientVariant
      ? `Family meeting - ${capsLf(t, pt)} (${mrn(t)})`
      : `${prod(t)} go-live huddle - ${dept(t)}`;
    const text = lines(
      `Outlook for Mac users get "not a supported calendar message" for this invite; Windows is fine. Raw .ics:`,
      '',
      'BEGIN:VCALENDAR',
      'METHOD:REQUEST',
      'BEGIN:VEVENT',
      `ORGANIZER;CN="${lf(t, org)}":mailto:${mail(t, org)}`,
      `ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=${full(t, a1)}:mailto:${mail(t, a1)}`,
      `ATTENDEE;ROLE=OPT-PARTICIPANT;CN="Dr. ${short(t, a2)}";RSVP=TRUE:mailto:${mail(t, a2)}`,
      `DTSTART;TZID=Eastern Standard Time:${when}`,
      `SUMMARY:${summary}`,
      `LOCATION:${t.r.pick(['Microsoft Teams Meeting', 'Salle 3.214', 'Conf Rm B'])}`,
      'END:VEVENT',
      'END:VCALENDAR',
      '',
      `Mac client ${ver(t)}. ${patientVariant ? `${t.r.pick(['Social work', 'The unit'])} needs this fixed before the meeting.` : common(t)}`
    );
    return { title: 'ICS invite not supported on Outlook for Mac', text };
  },
};

const teamsTranscript: TemplateF = {
  name: 'teamsTranscript',
  group: 'F-meetings',
  make(t) {
    const [a, b, c, pt] = ppl(t, 4) as [PersonF, PersonF, PersonF, PersonF];
    const aName = short(t, a);
    const bName = short(t, b);
    const cName = full(t, c);
    const ts = (m: number, s: number): string => `${m}:${String(s).padStart(2, '0')}`;
    const text = lines(
      `Transcript from yesterday's ${dept(t)} downtime debrief, attached because the action items were lost (${prod(t, ['Teams Premium', 'Microsoft Teams'])} recap ${err(t, ['HTTP 401', 'exit code 137'])}).`,
      '',
      `${aName}   ${ts(0, t.r.int(1, 9))}`,
      `OK, um, can everybody hear me? ${given(t, b)}, you're on mute I think.`,
      '',
      `${bName}   ${ts(0, t.r.int(12, 40))}`,
      `Yeah, yes, sorry. So the, the scanners on ${host(t)} went down at like ${t.k('SYSTEM_DATE', `${t.r.int(1, 12)}:${t.r.pick(['05', '15', '20', '40', '50'])}`)} and we were, we were on paper for two hours.`,
      '',
      `${cName}   ${ts(1, t.r.int(0, 59))}`,
      `And we had the, uh, the patient in ${t.r.int(2, 9)}${t.r.int(10, 40)}, ${pronF(pt).fr === 'Mme' ? 'Mrs.' : 'Mr.'} ${sur(t, pt)}, ${pt.g === 'f' ? 'her' : 'his'} labs went to the wrong chart. ${given(t, a)} can you follow up with lab?`,
      '',
      `${aName}   ${ts(2, t.r.int(0, 59))}`,
      `Yep. I'll call ${sur(t, c)}'s team. Action item for me.`,
      '',
      `Please recover the recap or confirm it's gone.`
    );
    return { title: 'Teams recap missing - transcript attached', text };
  },
};

const meetingChat: TemplateF = {
  name: 'meetingChat',
  group: 'F-meetings',
  make(t) {
    const [a, b, c] = ppl(t, 3) as [PersonF, PersonF, PersonF];
    const day = stampF(t.r, 'teams');
    const [d0, h0, ap] = day.split(' ') as [string, string, string];
    const hh = Number(h0.split(':')[0]);
    const sd = t.k('SYSTEM_DATE', `${d0} ${h0} ${ap}`);
    const tm = (plus: number): string => t.k('SYSTEM_DATE', `${hh}:${String(Math.min(59, Number(h0.split(':')[1]) + plus)).padStart(2, '0')} ${ap}`);
    const who = (p: PersonF): string => lf(t, p);
    const text = lines(
      `Meeting chat export from the ${prod(t, ['Webex', 'Microsoft Teams', 'Zoom'])} call, ${sd}. The personal cell below is in a chat that 40 people can see; can it be deleted from the recording too?`,
      '',
      `[${tm(1)}] ${who(a)} (${dept(t)})`,
      `is anyone else getting ${err(t)} on ${host(t)}?`,
      `[${tm(2)}] ${who(b)}`,
      `yes since this morning`,
      `[${tm(3)}] ${who(a)} (${dept(t)})`,
      `@${P(t, `${c.given} ${c.sur1}`)} can you call me after, ${t.p('PHONE', usPhoneF(t.r))} is my cell`,
      `[${tm(5)}] ${who(c)}`,
      `will do 👍`
    );
    return { title: 'Remove personal number from meeting chat', text };
  },
};

const zoomAttendees: TemplateF = {
  name: 'zoomAttendees',
  group: 'F-meetings',
  make(t) {
    const n = t.r.int(3, 5);
    const ps = ppl(t, n + 1);
    const req = ps.pop()!;
    const rows = ps.map((p) => {
      const shown = p.pref && t.r.chance(0.6) ? `${p.pref} ${p.sur1}` : shortF(p);
      const orig = shown === shortF(p) ? '' : ` (${full(t, p)})`;
      return `${P(t, shown)}${orig},${mail(t, p)},${stamp(t, 'win')},${t.r.int(12, 58)},No`;
    });
    const guest = ppl(t, 1)[0]!;
    const text = lines(
      `Attendance for the mandatory ${t.r.pick(['HIPAA refresher', 'downtime drill', 'Epic upgrade training'])} is missing people who were there. ${prod(t, ['Zoom', 'Webex'])} report:`,
      '',
      'Name (Original Name),User Email,Join Time,Duration (Minutes),Guest',
      ...rows,
      `${P(t, guest.given)}'s iPhone,,${stamp(t, 'win')},${t.r.int(5, 30)},Yes`,
      '',
      `"${guest.given}'s iPhone" is ${full(t, guest)} joining by phone. Please merge. - ${lf(t, req)}, ${dept(t, ['Staffing Office', 'Payroll'])}`
    );
    return { title: 'Training attendance report incomplete', text };
  },
};

// ---- F-logs: VPN, badge, git, deploy, document metadata ----------------------------------------

const vpnLog: TemplateF = {
  name: 'vpnLog',
  group: 'F-logs',
  make(t) {
    const [u, tech] = ppl(t, 2) as [PersonF, PersonF];
    const sam = loginOf(t, u);
    const ip = t.p('IP_ADDRESS', publicIpv4(t.r));
    const l1 = stamp(t, 'log');
    const text = lines(
      `${prod(t, ['GlobalProtect', 'Cisco ISE', 'FortiClient'])} fails for a home user. Gateway log:`,
      '',
      `${l1} GP-GW auth: user='${t.p('USERNAME', `${t.org.prefix}\\${sam}`)}' display="${lf(t, u)}" src=${ip} client=${ver(t)} result=fail reason="${err(t, ['ERR_TUNNEL_CONNECTION_FAILED', 'KDC_ERR_PREAUTH_FAILED', 'SEC_E_WRONG_PRINCIPAL'])}"`,
      `${stamp(t, 'log')} GP-GW hip: host-id=${t.p('DEVICE_ID', mac(t.r))} os="Windows 11" user='${t.org.prefix}\\${sam}' status=non-compliant`,
      '',
      `The laptop is ${u.g === 'f' ? 'her' : 'his'} personal one (MAC above), not ours. ${full(t, tech)} told ${u.g === 'f' ? 'her' : 'him'} to use the VDI instead: ${host(t)}. Ticket ${ref(t)}.`
    );
    return { title: 'VPN fails from personal laptop', text };
  },
};

const badgeLog: TemplateF = {
  name: 'badgeLog',
  group: 'F-logs',
  make(t) {
    const n = t.r.int(3, 5);
    const ps = ppl(t, n + 1);
    const req = ps.pop()!;
    const door = t.r.pick(['MOB-2 East Entry (In)', 'Pharmacy Vault', 'L&D Staff Door 3', 'Garage B Stair', 'Data Center Mantrap']);
    const rows = ps.map(
      (p) =>
        `${stamp(t, 'win').padEnd(23)} ${door.padEnd(24)} ${capsLf(t, p).padEnd(28)} ${t.p('USERNAME', badgeF(t.r)).padEnd(10)} ${t.r.pick(['Access Granted', 'Access Denied - Invalid Time', 'Access Denied - Card Expired'])}`
    );
    const text = lines(
      `${prod(t, ['Lenel OnGuard', 'Genetec Synergis'])} shows denials for staff who should have access. Export:`,
      '',
      `Date/Time               Reader                   Cardholder                   Badge      Event`,
      ...rows,
      '',
      `Panel ${host(t)} at ${sip(t)}, firmware ${ver(t)}. Requested by ${full(t, req)} (${dept(t)}).`
    );
    return { title: 'Badge access denied after panel update', text };
  },
};

const gitLog: TemplateF = {
  name: 'gitLog',
  group: 'F-logs',
  make(t) {
    const [a, b, c] = ppl(t, 3) as [PersonF, PersonF, PersonF];
    const pw = t.p('CREDENTIAL', secretF(t.r));
    const text = lines(
      `Secret scanning flagged this commit in ${prod(t, ['GitLab', 'Jenkins'])} (repo hl7-routes). The password is ${b.g === 'f' ? 'her' : 'his'} own AD password:`,
      '',
      `commit ${t.r.chars('0123456789abcdef', 40)}`,
      `Author: ${full(t, a)} <${mail(t, a)}>`,
      `Date:   ${stamp(t, 'git')}`,
      '',
      `    Fix ${t.r.pick(['ADT A08 routing', 'ORU ack timeout', 'MDM filename'])} for ${dept(t)}`,
      '',
      `    Co-authored-by: ${short(t, b)} <${mail(t, b)}>`,
      '',
      `diff --git a/conf/routes.yaml b/conf/routes.yaml`,
      `-  bind_user: svc_hl7`,
      `+  bind_user: ${t.p('USERNAME', loginOf(t, b))}`,
      `+  bind_pass: ${pw}`,
      '',
      `Reviewer: ${lf(t, c)}. Please rotate the password and purge the history; the MR was merged at ${stamp(t, 'iso')}.`
    );
    return { title: 'Personal AD password committed to repo', text };
  },
};

const deployLog: TemplateF = {
  name: 'deployLog',
  group: 'F-logs',
  make(t) {
    const [starter, approver, oncall] = ppl(t, 3) as [PersonF, PersonF, PersonF];
    const target = sip(t);
    const text = lines(
      `Deployment of ${prod(t, ['Spok Care Connect', 'Nuance DAX', 'Meditech Expanse'])} ${ver(t)} failed halfway; nobody can tell who approved the prod step. Console:`,
      '',
      `Started by user ${lf(t, starter)}`,
      `Running on ${host(t)} in /var/lib/jenkins/workspace/deploy-prod`,
      `[Pipeline] input`,
      `Deploy to production? Approved by ${full(t, approver)} (${login(t, approver)})`,
      `[Pipeline] sh`,
      `+ ansible-playbook -i prod site.yml --limit ${target}`,
      `fatal: [${target}]: FAILED! => rc=137`,
      `ERROR: script returned ${err(t, ['exit code 137'])}`,
      `Finished: FAILURE   ${stamp(t, 'iso')}`,
      '',
      `${given(t, approver)} says ${approver.g === 'f' ? 'she' : 'he'} didn't click approve. On call: ${short(t, oncall)} ${t.p('PHONE', usPhoneF(t.r))}. ${ref(t)}`
    );
    return { title: 'Prod deploy failed - disputed approval', text };
  },
};

const docMetadata: TemplateF = {
  name: 'docMetadata',
  group: 'F-logs',
  make(t) {
    const [author, editor, pt] = ppl(t, 3) as [PersonF, PersonF, PersonF];
    const exam = visitF(t.r);
    const text = lines(
      `A letter sent to the wrong patient still carries the original names in its properties. exiftool:`,
      '',
      `File Name                       : letter_${t.r.int(1000, 9999)}.docx`,
      `Title                           : Follow-up after your visit on ${t.p('DATE_PHI', usDate(t.r, exam))}`,
      `Subject                         : ${full(t, pt)}`,
      `Creator                         : ${lf(t, author)}`,
      `Last Modified By                : ${full(t, editor)}`,
      `Company                         : ${t.org.name}`,
      `Create Date                     : ${stamp(t, 'exif')}`,
      `Modify Date                     : ${stamp(t, 'exif')}`,
      `Application                     : Microsoft Office Word`,
      `App Version                     : 16.0000`,
      '',
      `Template comes from ${path(t)}. ${dept(t, ['Release of Information', 'Patient Access'])} wants the template to strip metadata on export. ${ref(t)}`
    );
    return { title: 'Document metadata exposes patient name', text };
  },
};

// ---- F-print: labels, wristbands, visitor badges, insurance cards ------------------------------

const pharmacyLabel: TemplateF = {
  name: 'pharmacyLabel',
  group: 'F-print',
  make(t) {
    const [pt, doc, ph] = ppl(t, 3) as [PersonF, PersonF, PersonF];
    const a = usAddrF(t.r);
    const fill = visitF(t.r);
    const text = lines(
      `Label printer in ${dept(t, ['Outpatient Pharmacy'])} (${prod(t, ['Zebra ZT411', 'Lexmark CX725'])}, ${host(t)}) cuts off the last line. Print preview:`,
      '',
      `+----------------------------------------------+`,
      `| Rx# ${t.p('RX_NUMBER', rxF(t.r))}           Filled ${t.p('DATE_PHI', usNum(fill))}`,
      `| ${P(t, upperAsciiF(`${pt.given} ${pt.surname}`))}`,
      `| ${t.p('ADDRESS', upperAsciiF(a.street))}, ${t.p('ADDRESS', a.city.toUpperCase())} ${a.region} ${t.p('ZIP', a.zip)}`,
      `| TAKE 1 TABLET BY MOUTH ${t.r.pick(['TWICE DAILY', 'AT BEDTIME', 'EVERY 8 HOURS AS NEEDED'])}`,
      `| ${t.r.pick(['METFORMIN 500 MG TAB', 'LISINOPRIL 10 MG TAB', 'SERTRALINE 50 MG TAB'])}   QTY ${t.r.pick([30, 60, 90])}`,
      `| DR. ${P(t, upperAsciiF(`${initialF(doc)} ${doc.sur1}`))}   NPI ${t.p('LICENSE_NUMBER', npi(t.r))}   REFILLS ${t.r.int(0, 5)}`,
      `+----------------------------------------------+`,
      '',
      `RPh ${short(t, ph)} noticed it. Driver ${ver(t)}.`
    );
    return { title: 'Rx label cut off', text };
  },
};

const wristbandZpl: TemplateF = {
  name: 'wristbandZpl',
  group: 'F-print',
  make(t) {
    const [pt, att, nurse] = ppl(t, 3) as [PersonF, PersonF, PersonF];
    const b = birthF(t.r);
    const adm = visitF(t.r);
    const id = mrnF(t.r);
    const age = 2025 - b.y;
    const text = lines(
      `Wristbands print the barcode over the name since ${prod(t, ['Epic Willow', 'Cerner PowerChart', 'Meditech Expanse'])} ${ver(t)}. ZPL captured from the queue on ${host(t)}:`,
      '',
      '^XA',
      '^PW1200^LH0,0',
      `^FO40,20^A0R,34,34^FDPT: ${capsLf(t, pt)}^FS`,
      `^FO80,20^A0R,26,26^FDDOB: ${t.p('DOB', usNum(b))}  ${pt.g === 'f' ? 'F' : 'M'}  ${age}Y^FS`,
      `^FO40,20^BCR,70,N,N^FD>;${t.p('MRN', id)}^FS`,
      `^FO160,20^A0R,22,22^FDMRN: ${id}  ADM: ${t.p('DATE_PHI', usNum(adm))}^FS`,
      `^FO190,20^A0R,22,22^FDATT: ${P(t, upperAsciiF(`${att.sur1}, ${att.given[0]}`))}^FS`,
      '^XZ',
      '',
      `Both ^FO start at 40,20. Reported by ${full(t, nurse)}, ${dept(t)}.`
    );
    return { title: 'Wristband barcode overlaps name', text };
  },
};

const visitorBadge: TemplateF = {
  name: 'visitorBadge',
  group: 'F-print',
  make(t) {
    const [vis, pt, guard] = ppl(t, 3) as [PersonF, PersonF, PersonF];
    const text = lines(
      `Visitor kiosk at the ${t.r.pick(['main lobby', 'ED entrance', 'Tower B desk'])} prints the patient's full name on the visitor sticker, which the policy says it must not. Preview:`,
      '',
      '  ┌──────────────────────────┐',
      `  │ VISITOR   ${stamp(t, 'teams')}`,
      `  │ ${P(t, `${prefF(vis)} ${vis.sur1}`)}`,
      `  │ Visiting: ${full(t, pt)}`,
      `  │ Rm ${t.r.int(2, 8)}${t.r.int(10, 60)}  ${dept(t)}`,
      `  │ ID checked: DL ${t.p('LICENSE_NUMBER', `${t.r.chars('ABCDEFGHJKLMNPRSTW', 1)}${t.r.digits(7)}`)}`,
      '  └──────────────────────────┘',
      '',
      `Kiosk ${host(t)}, app ${ver(t)}. ${short(t, guard)} from Security noticed. ${common(t)}`
    );
    return { title: 'Visitor sticker shows patient name', text };
  },
};

const insuranceOcr: TemplateF = {
  name: 'insuranceOcr',
  group: 'F-print',
  make(t) {
    const [sub, dep1, dep2, clerk] = ppl(t, 4) as [PersonF, PersonF, PersonF, PersonF];
    const id = planIdF(t.r);
    const text = lines(
      `Card scanner OCR puts the dependent into the subscriber field. OCR text of the front of the card:`,
      '',
      `  ${t.r.pick(['BlueCross BlueShield', 'Aetna', 'Cigna', 'Ambetter'])}        PPO`,
      `  Subscriber: ${P(t, upperAsciiF(fullF(sub)))}`,
      `  Member ID: ${t.p('HEALTH_PLAN_ID', id)}`,
      `  Dependents: 01 ${P(t, upperAsciiF(`${dep1.given} ${sub.sur1}`))}`,
      `              02 ${P(t, upperAsciiF(`${dep2.given} ${sub.sur1}`))}`,
      `  RxBIN ${t.r.pick(['610014', '003858', '004336', '610502'])}  RxPCN ${t.r.pick(['ADV', 'MEDDADV', 'A4'])}`,
      `  PCP Copay $${t.r.pick([20, 25, 30, 40])}  ER $${t.r.pick([150, 250, 350])}`,
      '',
      `Scanner ${host(t)} with ${prod(t, ['Kofax Capture', 'OnBase'])} ${ver(t)}. ${short(t, clerk)} in ${dept(t, ['Patient Access', 'Admisiones'])} re-keyed three of these today.`
    );
    return { title: 'Insurance card OCR - wrong field', text };
  },
};

// ---- F-workforce: timesheets and staffing grids -------------------------------------------------

const kronosRows: TemplateF = {
  name: 'kronosRows',
  group: 'F-workforce',
  make(t) {
    const n = t.r.int(3, 5);
    const ps = ppl(t, n + 1);
    const mgr = ps.pop()!;
    const rows = ps.map((p) => {
      const shown = t.r.chance(0.4) && p.pref ? P(t, `${p.sur1}, ${p.pref}`) : lf(t, p);
      return `${shown.padEnd(32)} ${t.p('USERNAME', employeeIdF(t.r)).padEnd(8)} ${t.r.pick(['06:58', '07:02', '18:55', '19:04'])}  ${t.r.pick(['19:12', '07:31', '15:30', '23:45'])}  ${t.r.pick(['12.2', '12.5', '8.0', '4.75'])}  ${t.r.pick(['Missed Punch', 'Late Out', 'Unexcused Absence', ''])}`;
    });
    const text = lines(
      `${prod(t, ['UKG Pro', 'QGenda'])} timecards for ${dept(t)} show exceptions for punches that were made at the clock ${host(t)}:`,
      '',
      `Employee                         ID       In     Out    Hrs   Exception`,
      ...rows,
      '',
      `The clock was offline from ${stamp(t, 'iso')} (${err(t, ['HTTP 401', 'Error 0x80072EFD'])}). Payroll closes Monday. - ${short(t, mgr)}, manager`
    );
    return { title: 'Timeclock punches missing', text };
  },
};

const staffingGrid: TemplateF = {
  name: 'staffingGrid',
  group: 'F-workforce',
  make(t) {
    const n = t.r.int(3, 5);
    const ps = ppl(t, n + 1);
    const req = ps.pop()!;
    const rows = ps.map(
      (p) =>
        `${t.r.pick(['D', 'N', 'E'])},${t.r.pick(['RN', 'LPN', 'CNA', 'US'])},"${lf(t, p)}",${t.p('PHONE', usPhoneF(t.r))},${t.r.pick(['', 'float', 'agency', 'OT'])}`
    );
    const text = lines(
      `${prod(t, ['QGenda', 'UKG Pro'])} export for ${dept(t)} opens in Excel with the phone column turned into numbers, so the text-blast fails. CSV:`,
      '',
      'Shift,Role,Name,Cell,Note',
      ...rows,
      '',
      `Personal cells, please make sure this file does not end up on the shared drive ${path(t)}. ${full(t, req)}, ${dept(t, ['Staffing Office'])}`
    );
    return { title: 'Staffing export breaks phone numbers', text };
  },
};

// ---- F-voice: auto-replies, call transcriptions, texts ------------------------------------------

const outOfOffice: TemplateF = {
  name: 'outOfOffice',
  group: 'F-voice',
  make(t) {
    const [me, d1, d2] = ppl(t, 3) as [PersonF, PersonF, PersonF];
    const text = lines(
      `Provider's auto-reply still points patients to a delegate who has left. Can we change it? ${prod(t, ['Exchange Online', 'Outlook for Mac'])}, mailbox ${mail(t, me)}.`,
      '',
      `> Thank you for your message. I am on leave and will have limited access to email.`,
      `> For clinical questions please contact my nurse ${full(t, d1)} at ${t.p('PHONE', usPhoneF(t.r))}.`,
      `> For scheduling, ${short(t, d2)} (${ext(t)}) can help.`,
      `> Gracias / Merci,`,
      `> ${t.r.chance(0.5) ? 'Dr. ' : ''}${full(t, me)}`,
      '',
      `${given(t, d1)} left ${dept(t)} last month. ${ref(t)}`
    );
    return { title: 'Update out-of-office delegate', text };
  },
};

const callTranscript: TemplateF = {
  name: 'callTranscript',
  group: 'F-voice',
  make(t) {
    const [agent, caller] = ppl(t, 2) as [PersonF, PersonF];
    const emp = employeeIdF(t.r).replace(/\D/g, '');
    const ph = `${t.r.int(2, 9)}${t.r.digits(2)}${t.r.int(2, 9)}${t.r.digits(6)}`;
    const b = birthF(t.r);
    const text = lines(
      `Auto-transcription of the call (${prod(t, ['Nuance DAX', 'Teams Rooms', 'Webex'])} speech-to-text, ${stamp(t, 'teams')}):`,
      '',
      `AGENT: service desk this is ${given(t, agent)} how can I help`,
      `CALLER: yeah hi um this is uh ${P(t, caller.given.toLowerCase())}, ${P(t, `${caller.given} ${caller.sur1}`.toLowerCase())} from ${dept(t)}, I'm locked out again`,
      `AGENT: okay can I get your employee ID`,
      `CALLER: it's ${t.p('USERNAME', spokenDigits(t.r, emp, t.r.chance(0.5) ? 3 : undefined))}`,
      `AGENT: and date of birth for verification`,
      `CALLER: ${t.p('DOB', spokenDate(t.r, b))}`,
      `AGENT: perfect and a good callback number`,
      `CALLER: my cell is ${t.p('PHONE', spokenDigits(t.r, ph, 3))}`,
      `AGENT: got it I'm going to unlock you now it was ${err(t, ['Event ID 4740', 'STATUS_PASSWORD_EXPIRED'])}`,
      '',
      `Unlocked in AD, told to update the password on ${t.r.pick(['the phone', 'the iPad', 'the home PC'])}. -${P(t, `${initialF(agent)} ${agent.sur1}`)}`
    );
    return { title: 'Account unlock - call transcript', text };
  },
};

const textEmoji: TemplateF = {
  name: 'textEmoji',
  group: 'F-voice',
  make(t) {
    const [me, a, b] = ppl(t, 3) as [PersonF, PersonF, PersonF];
    const text = lines(
      `texts from the charge nurse, pasted as-is:`,
      '',
      `🚨 pyxis on ${t.r.pick(['5N', '4W', '6E', 'med surg 3'])} down again 😩 ${t.r.pick(['err', 'screen says'])} ${err(t)}`,
      `${P(t, prefF(a).toLowerCase())} says it's been like this since shift change`,
      `can u call ${a.g === 'f' ? 'her' : 'him'} ${t.p('PHONE', usPhoneF(t.r))} ${a.g === 'f' ? 'she' : 'he'} has the keys 🔑`,
      `also ${P(t, `${b.given} ${b.sur1}`.toLowerCase())} cant get into ${prod(t, ['BD Pyxis', 'Omnicell XR2'])} w/ badge either, pls fix asap 🙏`,
      `thx - ${P(t, prefF(me).toLowerCase())}`,
      '',
      `Station ${host(t)}, server ${sip(t)}. ${ref(t)}`
    );
    return { title: 'Pyxis down (texts)', text };
  },
};

// ---- F-names: titles, post-nominals, preferred names, particles, case -----------------------------

const postNominals: TemplateF = {
  name: 'postNominals',
  group: 'F-names',
  make(t) {
    const [a, b, c, req] = ppl(t, 4) as [PersonF, PersonF, PersonF, PersonF];
    const text = lines(
      `The provider directory in ${prod(t, ['Epic Haiku', 'Spok Care Connect', 'SharePoint Online'])} drops everything after the first comma in display names. Correct entries:`,
      '',
      `  Prof. ${full(t, a)}, MD, PhD, FACS - ${dept(t)}`,
      `  Sr. ${full(t, b)}, RN, MSN, CNL - Mission Integration`,
      `  ${short(t, c)}, ${t.r.pick(['DNP, APRN, FNP-BC', 'PharmD, BCPS', 'MBBS, FRCPC', 'inf., M. Sc.'])} - ${dept(t)}`,
      '',
      `Currently shows "Prof. ${P(t, `${a.given} ${a.sur1}`)}" with no credentials; ${t.r.pick(['Sister', 'Sr.'])} ${given(t, b)} shows as "${sur(t, b)}, Sr." which the sync read as a suffix. ${ref(t)} - ${anyName(t, req)}`
    );
    return { title: 'Directory drops post-nominals', text };
  },
};

const preferredName: TemplateF = {
  name: 'preferredName',
  group: 'F-names',
  make(t) {
    const [p, spouse, hr] = ppl(t, 3) as [PersonF, PersonF, PersonF];
    const newSur = `${p.sur1}-${spouse.sur1}`;
    const pf = p.pref ?? p.given;
    const text = lines(
      `Name change request (${ref(t)})`,
      '',
      `Legal name (old): ${full(t, p)}`,
      `Legal name (new): ${P(t, `${p.given} ${newSur}`)}`,
      `Preferred / display name: ${P(t, `${pf} ${newSur}`)}`,
      `Email alias to add: ${t.p('EMAIL', `${asciiF(pf)}.${asciiF(p.sur1)}-${asciiF(spouse.sur1)}@${t.org.domain}`)}`,
      `Keep old address ${mail(t, p)} as alias for 90 days`,
      '',
      `Hyphen breaks the login name in ${prod(t, ['Azure AD Connect', 'Workday', 'UKG Pro'])} ${ver(t)} (${err(t, ['LDAP error 49', 'HTTP 401'])}). Approved by ${full(t, hr)}, HR.`
    );
    return { title: 'Name change - hyphenated surname', text };
  },
};

const particleNames: TemplateF = {
  name: 'particleNames',
  group: 'F-names',
  make(t) {
    const ps = ppl(t, 4, 'dutch-italian');
    const extra = ppl(t, 1, 'mexican');
    const all = [...ps, ...extra].filter((p, i, arr) => arr.findIndex((q) => q.sur1 === p.sur1) === i).slice(0, 4);
    const rows = all.map((p) => `  - ${full(t, p)}  → shows as "${P(t, `${p.sur1.split(' ').slice(-1)[0]!}, ${p.given} ${p.sur1.split(' ').slice(0, -1).join(' ')}`.trim())}"`);
    const text = lines(
      `Global address list sorts names with particles under the wrong letter after ${prod(t, ['Azure AD Connect', 'Exchange Online'])} ${ver(t)}:`,
      '',
      ...rows,
      '',
      `Names with an apostrophe also fail the sync with ${err(t, ['LDAP error 49', 'ERROR_LOGON_FAILURE'])}. ${common(t)} ${ref(t)}`
    );
    return { title: 'GAL sorts particle surnames wrong', text };
  },
};

const caseVariants: TemplateF = {
  name: 'caseVariants',
  group: 'F-names',
  make(t) {
    const ps = ppl(t, 4);
    const req = ps[3]!;
    const forms = [
      P(t, fullF(ps[0]!).toLowerCase()),
      P(t, upperAsciiF(fullF(ps[1]!))),
      P(t, `${ps[2]!.given} ${ps[2]!.sur1.toLowerCase()}`),
    ];
    const text = lines(
      `pls add to the ${t.k('QUEUE_OR_DEPT', `${t.org.prefix.toUpperCase()}-${t.r.pick(['5N-Charge', 'ED-Nurses', 'Lab-Leads'])}`)} distribution list:`,
      '',
      ...forms.map((f) => `${t.r.pick(['-', '*', '•'])} ${f}`),
      '',
      `${t.r.pick(['all', 'they are all'])} new grads in ${dept(t)} starting monday. thanks`,
      P(t, prefF(req).toLowerCase())
    );
    return { title: 'add to DL', text };
  },
};

const nicknameThread: TemplateF = {
  name: 'nicknameThread',
  group: 'F-names',
  make(t) {
    let ps = ppl(t, 2);
    for (let i = 0; i < 40 && !ps[0]!.pref; i++) ps = ppl(t, 2);
    const [u, tech] = ps as [PersonF, PersonF];
    const prefName = u.pref ?? u.given;
    const text = lines(
      `${P(t, `${prefName} ${u.sur1}`)} can't be found in ${prod(t, ['Microsoft Teams', 'Spok Care Connect', 'Epic Haiku'])} search. Everyone knows ${u.g === 'f' ? 'her' : 'him'} as "${P(t, prefName)}" but the directory only has the legal name ${full(t, u)}.`,
      '',
      `Please set the preferred name field (${ver(t)} supports it). Work email ${mail(t, u)}, ${ext(t)}.`,
      `${common(t)}`,
      `-- ${short(t, tech)}, ${dept(t)}`
    );
    return { title: 'Preferred name not searchable', text };
  },
};

// ---- F-clinical: requests in English with names written in other traditions --------------------

const interpreterRequest: TemplateF = {
  name: 'interpreterRequest',
  group: 'F-clinical',
  make(t) {
    const [pt, fam, nurse] = ppl(t, 3, t.r.pick(['mexican', 'caribbean-es', 'west-african-fr', 'quebecois'])) as [PersonF, PersonF, PersonF];
    const b = birthF(t.r);
    const lang = pt.origin === 'west-african-fr' || pt.origin === 'quebecois' ? 'French' : 'Spanish';
    const text = lines(
      `Video interpreter cart in ${dept(t)} (${host(t)}) drops the call after a minute, ${err(t, ['HTTP 401', 'Error 0x80072EFD', 'exit code 137'])}.`,
      `We need a ${lang} interpreter for ${full(t, pt)} (MRN ${mrn(t)}, DOB ${t.p('DOB', usNum(b))}); ${pt.g === 'f' ? 'her' : 'his'} ${fam.g === 'f' ? 'daughter' : 'son'} ${full(t, fam)} is translating in the meantime, reachable at ${t.p('PHONE', lang === 'French' ? qcPhone(t.r) : esPhone(t.r))}.`,
      `Cart app ${ver(t)}. Please call ${short(t, nurse)} at ${ext(t)}.`
    );
    return { title: 'Interpreter cart drops calls', text };
  },
};

const telehealthAbroad: TemplateF = {
  name: 'telehealthAbroad',
  group: 'F-clinical',
  make(t) {
    const [pt, doc] = ppl(t, 2) as [PersonF, PersonF];
    const visit = visitF(t.r);
    const a = t.r.chance(0.5) ? qcAddr(t.r) : usAddrF(t.r);
    const text = lines(
      `Video visit with Dr. ${sur(t, doc)} on ${t.p('DATE_PHI', usDate(t.r, visit))} could not start; the patient ${anyName(t, pt)} was at ${addrLine(t, a)} and the link said ${err(t, ['AADSTS53003', 'HTTP 401'])}.`,
      `Patient's device: ${t.p('DEVICE_ID', deviceSerial(t.r))}, connecting from ${t.p('IP_ADDRESS', publicIpv4(t.r))}.`,
      `Conditional access blocks sign-ins from outside the US; is the patient portal in scope? ${prod(t, ['Zoom', 'Teams Rooms', 'Epic Haiku'])} ${ver(t)}. ${ref(t)}`
    );
    return { title: 'Video visit blocked - patient out of country', text };
  },
};

const ramqCard: TemplateF = {
  name: 'ramqCard',
  group: 'F-clinical',
  make(t) {
    const [pt, clerk] = ppl(t, 2, 'quebecois') as [PersonF, PersonF];
    const b = birthF(t.r);
    const nam = ramq(t.r, pt, b);
    const visit = visitF(t.r);
    const text = lines(
      `Snowbird patient from Québec seen in ${dept(t, ['Urgencias', '4 West', 'Patient Access'])} on ${t.p('DATE_PHI', usDate(t.r, visit))}. Registration won't take the RAMQ card number as a plan ID (field is 9 digits only):`,
      '',
      `  ${P(t, upperAsciiF(pt.surname))}`,
      `  ${P(t, upperAsciiF(pt.given))}`,
      `  ${t.p('HEALTH_PLAN_ID', nam)}   EXP ${t.r.int(2026, 2029)} ${String(t.r.int(1, 12)).padStart(2, '0')}`,
      `  Né(e) le ${t.p('DOB', frDate(t.r, b))}`,
      '',
      `Winter address ${addrLine(t, usAddrF(t.r))}, cell ${t.p('PHONE', qcPhone(t.r))}.`,
      `${ver(t)} of the registration module. - ${full(t, clerk)}`
    );
    return { title: 'Foreign health card rejected in registration', text };
  },
};

const billingDispute: TemplateF = {
  name: 'billingDispute',
  group: 'F-clinical',
  make(t) {
    const [guar, pt, rep] = ppl(t, 3, t.r.pick(['mexican', 'caribbean-es', undefined])) as [PersonF, PersonF, PersonF];
    const acct = `${t.r.int(1, 9)}${t.r.digits(8)}`;
    const dos = visitF(t.r);
    const text = lines(
      `Statement portal shows the wrong guarantor. Call summary:`,
      '',
      `- Caller: ${full(t, guar)}, guarantor, ${t.p('PHONE', esPhone(t.r))}, ${homeMail(t, guar)}`,
      `- Patient: ${guar.g === 'f' ? 'her' : 'his'} ${pt.g === 'f' ? t.r.pick(['mother', 'daughter']) : t.r.pick(['father', 'son'])} ${full(t, pt)}, account ${t.p('ACCOUNT_NUMBER', acct)}, date of service ${t.p('DATE_PHI', usNum(dos))}`,
      `- Says the statement was mailed to ${addrLine(t, usAddrF(t.r))}, which is an old address.`,
      `- Pay page: ${t.p('URL', `https://pay.${t.org.domain}/stmt?acct=${acct}`)}`,
      '',
      `${prod(t, ['Cerner PowerChart', 'Meditech Expanse'])} statement job on ${host(t)} ran at ${stamp(t, 'iso')}. ${short(t, rep)}, ${dept(t, ['Patient Access'])}.`
    );
    return { title: 'Statement sent to wrong guarantor address', text };
  },
};

export const TEMPLATES_F: readonly TemplateF[] = [
  esLoginIssue,
  esPatientQuote,
  esPuertoRico,
  frWristband,
  frAccessForm,
  frAddressChange,
  bilingualOoo,
  getAdUser,
  getMsolUser,
  adGroupMembers,
  lockoutEvents,
  configCreds,
  onedrivePaths,
  dicomDump,
  pydicomRepr,
  modalityWorklist,
  astmLog,
  icsInvite,
  teamsTranscript,
  meetingChat,
  zoomAttendees,
  vpnLog,
  badgeLog,
  gitLog,
  deployLog,
  docMetadata,
  pharmacyLabel,
  wristbandZpl,
  visitorBadge,
  insuranceOcr,
  kronosRows,
  staffingGrid,
  outOfOffice,
  callTranscript,
  textEmoji,
  postNominals,
  preferredName,
  particleNames,
  caseVariants,
  nicknameThread,
  interpreterRequest,
  telehealthAbroad,
  ramqCard,
  billingDispute,
];
