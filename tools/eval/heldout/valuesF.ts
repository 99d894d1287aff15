// Family f values: a hand-written name pool of its own (Mexican, Central American, Puerto Rican and
// Dominican, Andean, Brazilian, Québécois and Acadian, Dutch/Flemish particles, Italian, Nordic and
// Baltic, Balkan and Albanian, Kenyan and Ugandan, Zulu/Xhosa/Shona, Senegalese/Malian/Ivorian,
// Sinhala, Afghan and Central Asian, Māori and Tongan/Fijian, Indonesian, Welsh, Indo-Caribbean and
// rural US), with genders, preferred names, Spanish double surnames and particles; dates, addresses
// and phones written the Spanish, Puerto Rican and Québécois way; DICOM/ASTM/ICS/log stamps; RAMQ
// health-card numbers; and keep values (products, departments in three languages, error codes,
// capitalised common words drawn from the same pool).
// Nothing here is copied from the other families' lists or from a name package.

import type { Rng } from './random.js';

const w = (s: string): string[] => s.split('|');

interface OriginF {
  key: string;
  weight: number;
  fem: string[];
  masc: string[];
  sur: string[];
  /** chance of a second surname (Spanish habit: paternal + maternal) */
  double?: number;
  /** chance of a middle initial */
  mid?: number;
}

const ORIGINS_F: OriginF[] = [
  {
    key: 'mexican',
    weight: 5,
    fem: w('Ximena|Itzel|Citlali|Yesenia|Maricruz|Guadalupe|Araceli|Nayeli|Anahí|Rocío|Leticia|Dolores|Mercedes|Soledad|Esperanza|María José|Ana Sofía|Consuelo|Lourdes'),
    masc: w('Ernesto|Joaquín|Rigoberto|Efraín|Heriberto|Gerardo|Teodoro|Saúl|Baltazar|Ulises|Juan Pablo|José Luis|Ignacio|Guillermo|Eduardo|Francisco|Jesús|Angel'),
    sur: w('Hernández|Villarreal|Zúñiga|Olvera|Cervantes|Barrientos|Quintanilla|Arredondo|Tapia|Ochoa|Salazar|Benavides|Montoya|Castañeda|Ibarra|Galindo|Escobedo|Nava|Aguirre|Cisneros|Figueroa|Vega|de la Fuente|del Valle|de León'),
    double: 0.5,
  },
  {
    key: 'caribbean-es',
    weight: 3,
    fem: w('Yadira|Marisol|Yamilet|Nereida|Keishla|Rosario|Marina'),
    masc: w('Wilfredo|Radamés|Eliezer|Dariel|Yadiel|Edwin'),
    sur: w('Colón|Quiñones|Santiago|Pagán|Maldonado|Báez|Acevedo|Feliciano|Vélez|Rosado'),
    double: 0.5,
  },
  {
    key: 'andean-brazilian',
    weight: 2,
    fem: w('Larissa|Luana|Jéssica|Yuliana|Marleny|Thaís'),
    masc: w('Thiago|Vinícius|Rodrigo|Wilmer|Anderson|Cauã'),
    sur: w('dos Santos|Carvalho|Nascimento|Araújo|Monteiro|Siqueira|Huamán|Quispe|Mamani|Condori'),
    double: 0.2,
  },
  {
    key: 'quebecois',
    weight: 5,
    fem: w('Marie-Ève|Marie-Claude|Anne-Sophie|Ghislaine|Lucie|Josée|Sylvie|Francine|Guylaine|Geneviève|Chantal|Amélie|Rosalie|Émilie'),
    masc: w('Jean-François|Louis-Philippe|Pierre-Luc|Gaétan|Réjean|Mathieu|Normand|Yannick|Étienne|Maxime|Benoît|Denis|Jean-Sébastien'),
    sur: w('Tremblay|Gagnon|Bouchard|Lévesque|Pelletier|Bélanger|Ouellet|Gauthier|Thibault|Bergeron|Lapointe|Desjardins|Charbonneau|Leblanc|Cormier|Arsenault|Thériault|Fortin|Lachance|Dubé|St-Pierre|Beaulieu|Poirier|Robichaud'),
    mid: 0.05,
  },
  {
    key: 'dutch-italian',
    weight: 2,
    fem: w('Femke|Sanne|Anouk|Lieke|Chiara|Ornella|Francesca|Annunziata'),
    masc: w('Joost|Maarten|Wouter|Sjoerd|Gianluca|Raffaele|Salvatore|Carmine'),
    sur: w('van der Berg|van Dijk|de Vries|Verhoeven|Van den Broeck|ter Horst|D\'Amico|Di Stefano|Esposito|Lo Bianco|Iannuzzi|Palumbo|Santangelo'),
    mid: 0.15,
  },
  {
    key: 'nordic-baltic',
    weight: 1,
    fem: w('Åsa|Ingrid|Linnéa|Ragnhild|Rūta|Aušra|Ilze'),
    masc: w('Søren|Bjørn|Vytautas|Žygimantas|Andris|Torbjörn'),
    sur: w('Kjær|Lindqvist|Håkansson|Østergaard|Sandvik|Kazlauskas|Petrauskienė|Bērziņš|Žukauskas'),
  },
  {
    key: 'balkan',
    weight: 1,
    fem: w('Dragana|Milica|Dženana|Drita|Jelena|Vesna'),
    masc: w('Nemanja|Emir|Arben|Besnik|Goran|Dragan'),
    sur: w('Đorđević|Hadžić|Kovačević|Hoxha|Berisha|Krasniqi|Begović|Šarić|Mehmedović'),
  },
  {
    key: 'east-african',
    weight: 2,
    fem: w('Wanjiru|Njeri|Achieng|Nakato|Wairimu|Atieno'),
    masc: w('Otieno|Wekesa|Mugisha|Kiprotich|Mwenda|Ssenyonga'),
    sur: w('Kariuki|Odhiambo|Mwangi|Nyambura|Ochieng|Kiprono|Ssempala|Wafula|Chebet'),
  },
  {
    key: 'southern-african',
    weight: 1,
    fem: w('Thandiwe|Nomvula|Lindiwe|Rutendo|Nokuthula'),
    masc: w('Sipho|Tendai|Farai|Themba|Mandla'),
    sur: w('Dlamini|Nkosi|Mahlangu|Khumalo|Moyo|Chikwanha|Ndlovu|Sithole'),
  },
  {
    key: 'west-african-fr',
    weight: 2,
    fem: w('Aminata|Fatoumata|Awa|Mariam|Adjoa|Kadiatou'),
    masc: w('Mamadou|Ousmane|Cheikh|Souleymane|Yao|Boubacar'),
    sur: w('Diallo|Ndiaye|Traoré|Konaté|Coulibaly|Diop|Kouassi|Ouédraogo|Sangaré'),
  },
  {
    key: 'sri-lankan',
    weight: 1,
    fem: w('Dilani|Thushara|Kavindi|Nirmala'),
    masc: w('Chaminda|Nuwan|Lasantha|Ruwan'),
    sur: w('Wickramasinghe|Jayawardena|Gunasekara|Rajapaksha|Seneviratne|Dissanayake'),
  },
  {
    key: 'afghan-central-asian',
    weight: 1,
    fem: w('Zarghona|Mursal|Dilnoza|Aigerim|Gulnara|Shabnam'),
    masc: w('Farhad|Bekzod|Nurlan|Timur|Wahidullah|Jamshid'),
    sur: w('Ahmadzai|Popal|Noorzai|Karimova|Tursunov|Abdullaev|Nazarbekova|Sadykova|Stanekzai'),
  },
  {
    key: 'pacific',
    weight: 1,
    fem: w('Aroha|Mereana|Losaline|Litia|Ana Lesieli'),
    masc: w('Wiremu|Tevita|Sione|Rawiri|Semisi'),
    sur: w('Ngata|Parata|Tuhiwai|Fifita|Taufa|Vainikolo|Naivalu|Taitano'),
  },
  {
    key: 'indonesian',
    weight: 1,
    fem: w('Putri|Dewi|Wulan|Ratna'),
    masc: w('Agus|Bambang|Hendra|Yudi'),
    sur: w('Wijaya|Santoso|Kusuma|Hartono|Setiawan|Nugroho'),
  },
  {
    key: 'welsh',
    weight: 1,
    fem: w('Rhiannon|Siân|Bronwen|Eirlys'),
    masc: w('Dafydd|Gethin|Iolo|Emrys'),
    sur: w('Llewellyn|Vaughan|Pugh|Bowen|ap Rhys|Gwynne'),
    mid: 0.2,
  },
  {
    key: 'indo-caribbean',
    weight: 1,
    fem: w('Savitri|Chandrika|Indira|Shanti'),
    masc: w('Deodath|Rajkumar|Vishnu|Harrinarine'),
    sur: w('Persaud|Ramnarine|Maharaj|Seepersad|Boodram|Ramcharan'),
  },
  {
    key: 'rural-us',
    weight: 4,
    fem: w('Misty|Brandy|Terri|Crystal|Amber|Victoria|Sierra|Tammy|Shelby|Loretta|Darlene'),
    masc: w('Dusty|Randy|Rusty|Clay|Dwayne|Cletus|Boyd|Travis|Wendell|Lyle'),
    sur: w('Goodnight|Hornbuckle|Blackwell|Sweeney|Pennington|Whitfield|Hatfield|Truelove|Coldwater|Holcomb|Overstreet|Noble|Fortune|Bilbrey|Yoder'),
    mid: 0.3,
  },
];

/** preferred names and work names, as colleagues write them */
const PREFERRED: Record<string, string> = {
  Guadalupe: 'Lupe', Jesús: 'Chuy', Ignacio: 'Nacho', Francisco: 'Paco', Guillermo: 'Memo', Eduardo: 'Lalo', Consuelo: 'Chelo',
  'María José': 'Majo', 'Jean-François': 'J-F', 'Jean-Sébastien': 'J-S', 'Louis-Philippe': 'L-P', Maxime: 'Max', Wiremu: 'Bill', Tevita: 'David',
  Sione: 'John', Žygimantas: 'Ziggy', Thandiwe: 'Thandi', Chaminda: 'Chami', Bekzod: 'Ben', Wahidullah: 'Wahid', Nokuthula: 'Nox',
  Harrinarine: 'Harry', Deodath: 'Dave', Salvatore: 'Sal', Annunziata: 'Nancy', Loretta: 'Retta', Rigoberto: 'Rigo', Heriberto: 'Beto',
  'Anne-Sophie': 'Anne-So', Kiprotich: 'Kip', Ssenyonga: 'Sam', Souleymane: 'Jules', Lasantha: 'Lash', Emrys: 'Em',
};

export interface PersonF {
  given: string;
  /** the whole surname as written (`Olvera Tapia`, `de la Fuente`, `van der Berg`) */
  surname: string;
  /** the surname used alone and in e-mail addresses: the paternal one of a Spanish pair */
  sur1: string;
  /** middle initial without the dot */
  middle?: string;
  /** preferred or work name, when there is one */
  pref?: string;
  g: 'f' | 'm';
  origin: string;
}

function pickOrigin(r: Rng): OriginF {
  const total = ORIGINS_F.reduce((n, o) => n + o.weight, 0);
  let x = r.next() * total;
  for (const o of ORIGINS_F) {
    x -= o.weight;
    if (x < 0) return o;
  }
  return ORIGINS_F[0]!;
}

export function personF(r: Rng, origin?: string): PersonF {
  const o = origin ? (ORIGINS_F.find((x) => x.key === origin) ?? pickOrigin(r)) : pickOrigin(r);
  const g: 'f' | 'm' = r.chance(0.55) ? 'f' : 'm';
  const given = r.pick(g === 'f' ? o.fem : o.masc);
  const sur1 = r.pick(o.sur);
  let surname = sur1;
  if (o.double && r.chance(o.double)) {
    let s2 = r.pick(o.sur);
    if (s2 === sur1 || /^(de|del|dos) /.test(s2)) s2 = r.pick(o.sur.filter((s) => s !== sur1 && !/^(de|del|dos) /.test(s)));
    surname = `${sur1} ${s2}`;
  }
  const p: PersonF = { given, surname, sur1, g, origin: o.key };
  if (o.mid && r.chance(o.mid)) p.middle = r.chars('ABCDEFGHJKLMNPRSTW', 1);
  if (PREFERRED[given] && r.chance(0.7)) p.pref = PREFERRED[given];
  return p;
}

/** n people with no shared name part, so that one person's label never covers another's text */
export function peopleF(r: Rng, n: number, origin?: string): PersonF[] {
  const out: PersonF[] = [];
  const used = new Set<string>();
  const parts = (p: PersonF): string[] =>
    [p.given, p.surname, p.pref ?? ''].join(' ').toLowerCase().split(/[^\p{L}]+/u).filter((x) => x.length >= 2);
  for (let tries = 0; out.length < n && tries < 500; tries++) {
    const p = personF(r, tries < 200 ? origin : undefined);
    if (parts(p).some((x) => used.has(x))) continue;
    for (const x of parts(p)) used.add(x);
    out.push(p);
  }
  return out;
}

// ---- name forms -----------------------------------------------------------------------------

export const fullF = (p: PersonF): string => [p.given, p.middle ? `${p.middle}.` : '', p.surname].filter(Boolean).join(' ');
export const shortF = (p: PersonF): string => `${p.given} ${p.sur1}`;
export const lastFirstF = (p: PersonF): string => `${p.surname}, ${p.given}${p.middle ? ` ${p.middle}` : ''}`;
export const prefF = (p: PersonF): string => p.pref ?? p.given;
/** the first letter of each given-name part: `J-F`, `M.` */
export const initialF = (p: PersonF): string => (p.given.includes('-') ? p.given.split('-').map((x) => x[0]).join('-') : `${p.given[0]}.`);

/** ASCII lower-case letters of a name part (accents dropped), for logins and e-mail */
export function asciiF(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[øØ]/g, 'o')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** ASCII upper case with spaces and hyphens kept, as PACS and lab systems store names */
export function upperAsciiF(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'D')
    .replace(/[øØ]/g, 'O')
    .replace(/'/g, '')
    .toUpperCase();
}

/** DICOM PN / ASTM name: `OLVERA TAPIA^GUADALUPE^M` */
export const caretF = (p: PersonF): string => `${upperAsciiF(p.surname)}^${upperAsciiF(p.given)}${p.middle ? `^${p.middle}` : ''}`;

export function pronF(p: PersonF): { subj: string; obj: string; poss: string; es: string; fr: string } {
  return p.g === 'f'
    ? { subj: 'she', obj: 'her', poss: 'her', es: 'la señora', fr: 'Mme' }
    : { subj: 'he', obj: 'him', poss: 'his', es: 'el señor', fr: 'M.' };
}

// ---- dates ----------------------------------------------------------------------------------

export interface YmdF {
  y: number;
  m: number;
  d: number;
}
const p2 = (n: number): string => String(n).padStart(2, '0');
const MES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function ymdF(r: Rng, from: number, to: number): YmdF {
  const y = r.int(from, to);
  const m = r.int(1, 12);
  return { y, m, d: r.int(1, new Date(Date.UTC(y, m, 0)).getUTCDate()) };
}
export const birthF = (r: Rng): YmdF => ymdF(r, 1936, 2021);
export const visitF = (r: Rng): YmdF => ymdF(r, 2024, 2026);

/** Spanish habits: `3 de mayo de 1978`, `03/05/1978` (day first), `3-may-78`, `3/5/1978` */
export function esDate(r: Rng, t: YmdF): string {
  return r.pick([
    () => `${t.d} de ${MES[t.m - 1]} de ${t.y}`,
    () => `${p2(t.d)}/${p2(t.m)}/${t.y}`,
    () => `${t.d}/${t.m}/${t.y}`,
    () => `${t.d}-${MES[t.m - 1]!.slice(0, 3)}-${p2(t.y % 100)}`,
    () => `${t.d} ${MES[t.m - 1]} ${t.y}`,
  ])();
}
/** Québec habits: `3 mai 1978`, `1978-05-03`, `le 3 mai 1978`, `03-05-1978` */
export function frDate(r: Rng, t: YmdF): string {
  return r.pick([
    () => `${t.d === 1 ? '1er' : t.d} ${MOIS[t.m - 1]} ${t.y}`,
    () => `${t.y}-${p2(t.m)}-${p2(t.d)}`,
    () => `${p2(t.d)}-${p2(t.m)}-${t.y}`,
    () => `${t.y}/${p2(t.m)}/${p2(t.d)}`,
  ])();
}
/** US habits, a few shapes */
export function usDate(r: Rng, t: YmdF): string {
  return r.pick([
    () => `${p2(t.m)}/${p2(t.d)}/${t.y}`,
    () => `${t.m}/${t.d}/${t.y}`,
    () => `${MON[t.m - 1]} ${t.d}, ${t.y}`,
    () => `${p2(t.d)}-${MON[t.m - 1]}-${t.y}`,
    () => `${MONTH[t.m - 1]} ${t.d}, ${t.y}`,
  ])();
}
export const dicomDate = (t: YmdF): string => `${t.y}${p2(t.m)}${p2(t.d)}`;
export const usNum = (t: YmdF): string => `${p2(t.m)}/${p2(t.d)}/${t.y}`;

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth',
  'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
function twoDigits(n: number): string {
  if (n < 10) return `oh ${ONES[n]}`;
  if (n < 20) return TEENS[n - 10]!;
  return n % 10 ? `${TENS[Math.floor(n / 10)]}-${ONES[n % 10]}` : TENS[n / 10]!;
}
function ordinal(d: number): string {
  if (d <= 20) return ORDS[d]!;
  if (d === 30) return 'thirtieth';
  return `${TENS[Math.floor(d / 10)]}-${ORDS[d % 10]}`;
}
/** a birth date as a caller says it: `march third, seventy-eight`, `uh three three seventy-eight` */
export function spokenDate(r: Rng, t: YmdF): string {
  const yy = t.y >= 2000 ? `two thousand ${t.y % 100 ? ONES[t.y % 100] ?? twoDigits(t.y % 100) : ''}`.trim() : twoDigits(t.y % 100);
  return r.pick([
    () => `${MONTH[t.m - 1]!.toLowerCase()} ${ordinal(t.d)}, ${yy}`,
    () => `${MONTH[t.m - 1]!.toLowerCase()} ${ordinal(t.d)} nineteen ${twoDigits(t.y % 100)}`,
    () => `${ONES[Math.floor(t.m / 10)] === 'zero' ? '' : 'one '}${ONES[t.m % 10]} ${t.d >= 10 ? ONES[Math.floor(t.d / 10)] + ' ' : ''}${ONES[t.d % 10]}, ${yy}`.trim(),
  ])();
}
/** digits read out one by one, sometimes with a pause in the middle */
export function spokenDigits(r: Rng, digits: string, pauseAt?: number): string {
  const ws = digits.split('').map((c) => (/\d/.test(c) ? ONES[Number(c)]! : ''));
  const out: string[] = [];
  ws.forEach((x, i) => {
    if (!x) return;
    if (pauseAt !== undefined && i === pauseAt) out.push(r.pick(['uh', 'um', '...', 'sorry,']));
    out.push(x);
  });
  return out.join(' ').replace(/ \.\.\. /g, '... ');
}

// ---- addresses and phones ---------------------------------------------------------------------

const US_STREETS_F = ['Acequia Madre', 'Paseo del Norte', 'Bayou Teche', 'Pinecrest Hollow', 'Cottonwood Draw', 'Tamiami', 'Bellefontaine',
  'Arrowhead Ridge', 'Willowbrook', 'Kestrel', 'Abenaki', 'Pemberton', 'Ironwood', 'Vista Grande', 'Foxfire', 'Ocotillo', 'Cranberry Bog', 'Brandywine'];
const US_TYPES_F = ['St', 'Rd', 'Ave', 'Dr', 'Ln', 'Trl', 'Cir', 'Hwy', 'Pike', 'Ct'];
const US_CITIES_F: [string, string, string][] = [
  ['Las Cruces', 'NM', '880'], ['Brownsville', 'TX', '785'], ['Laredo', 'TX', '780'], ['Plattsburgh', 'NY', '129'], ['Burlington', 'VT', '054'],
  ['Lewiston', 'ME', '042'], ['Presque Isle', 'ME', '047'], ['Kissimmee', 'FL', '347'], ['Yuma', 'AZ', '853'], ['Salinas', 'CA', '939'],
  ['Holyoke', 'MA', '010'], ['Woonsocket', 'RI', '028'], ['Hialeah', 'FL', '330'], ['El Centro', 'CA', '922'], ['Nogales', 'AZ', '856'],
  ['Houma', 'LA', '703'], ['Manchester', 'NH', '031'],
];
export interface AddrF {
  street: string;
  city: string;
  /** state or province as written, not PII */
  region: string;
  zip: string;
}
export function usAddrF(r: Rng): AddrF {
  const [city, st, z3] = r.pick(US_CITIES_F);
  let street = `${r.int(12, 18999)} ${r.pick(US_STREETS_F)} ${r.pick(US_TYPES_F)}`;
  if (r.chance(0.25)) street += r.pick([` Apt ${r.int(1, 40)}`, ` #${r.int(100, 450)}`, ` Unit ${r.pick(['A', 'B', 'C'])}`]);
  return { street, city, region: st, zip: `${z3}${r.digits(2)}` };
}
const PR_URB = ['Villa Carolina', 'Las Lomas', 'Alturas de Río Grande', 'Jardines de Caparra', 'Santa Juanita', 'Valle Arriba Heights', 'Sierra Linda'];
const PR_CITIES: [string, string][] = [['Bayamón', '00956'], ['Caguas', '00725'], ['Ponce', '00731'], ['Mayagüez', '00680'], ['Arecibo', '00612'], ['Carolina', '00985'], ['Humacao', '00791']];
/** Puerto Rico: `Urb. Las Lomas, Calle 12 #34` */
export function prAddr(r: Rng): AddrF {
  const [city, zip] = r.pick(PR_CITIES);
  const street = r.pick([
    () => `Urb. ${r.pick(PR_URB)}, Calle ${r.int(1, 40)} #${r.int(1, 99)}`,
    () => `Urb. ${r.pick(PR_URB)} ${r.pick(['A', 'B', 'C', 'D', 'H', 'K'])}-${r.int(1, 40)} Calle ${r.pick(['Almendro', 'Flamboyán', 'Ceiba', 'Guayacán', 'Tamarindo'])}`,
    () => `Calle ${r.pick(['Almendro', 'Flamboyán', 'Ceiba', 'Guayacán', 'Tamarindo'])} ${r.int(100, 999)}, Apt. ${r.int(1, 12)}${r.pick(['A', 'B', 'C'])}`,
    () => `HC ${r.int(1, 9)} Box ${r.int(1000, 99999)}`,
  ])();
  return { street, city, region: 'PR', zip };
}
const QC_STREETS = ['rue Saint-Hubert', 'boulevard Laurier', 'chemin de la Côte-des-Neiges', 'rue des Érables', 'avenue du Parc', 'rue Principale',
  'boulevard Talbot', 'rue King Ouest', 'chemin Sainte-Foy', 'rang Saint-Joseph', 'rue Wellington Nord', 'avenue Cartier'];
const QC_CITIES: [string, string][] = [['Montréal', 'H2'], ['Québec', 'G1'], ['Sherbrooke', 'J1H'], ['Gatineau', 'J8'], ['Trois-Rivières', 'G9A'],
  ['Saguenay', 'G7H'], ['Rimouski', 'G5L'], ['Laval', 'H7'], ['Drummondville', 'J2B'], ['Edmundston', 'E3V'], ['Moncton', 'E1C']];
const AZ = 'ABCEGHJKLMNPRSTVWXYZ';
/** Québec / New Brunswick: `1234, rue Saint-Hubert, app. 5` and `H2X 3K8` */
export function qcAddr(r: Rng): AddrF {
  const [city, fsa] = r.pick(QC_CITIES);
  const f = fsa.length === 3 ? fsa : `${fsa}${r.chars(AZ, 1)}`;
  const unit = r.chance(0.35) ? r.pick([`, app. ${r.int(1, 30)}`, `, bureau ${r.int(100, 400)}`, `, app ${r.int(1, 9)}${r.pick(['A', 'B'])}`]) : '';
  const num = r.chance(0.2) ? `${r.int(1, 30)}-${r.int(100, 9999)}` : String(r.int(10, 9999));
  const street = `${num}, ${r.pick(QC_STREETS)}${unit}`;
  const region = city === 'Edmundston' || city === 'Moncton' ? r.pick(['(N.-B.)', 'NB']) : r.pick(['(Québec)', 'QC', '(QC)']);
  return { street, city, region, zip: `${f} ${r.digits(1)}${r.chars(AZ, 1)}${r.digits(1)}` };
}

const npaF = (r: Rng, list?: string[]): string => (list ? r.pick(list) : `${r.int(2, 9)}${r.int(0, 8)}${r.int(1, 9)}`);
const nxxF = (r: Rng): string => `${r.int(2, 9)}${r.int(0, 9)}${r.int(2, 9)}`;
/** Québec writes `514 555-0123` and `poste 1234` */
export function qcPhone(r: Rng, ext = 0.2): string {
  const s = r.pick([
    () => `${npaF(r, ['514', '438', '450', '418', '581', '819', '873', '506'])} ${nxxF(r)}-${r.digits(4)}`,
    () => `(${npaF(r, ['514', '450', '418', '819'])}) ${nxxF(r)}-${r.digits(4)}`,
    () => `1 ${npaF(r, ['514', '418', '819'])} ${nxxF(r)}-${r.digits(4)}`,
  ])();
  return r.chance(ext) ? `${s}, poste ${r.int(2000, 7999)}` : s;
}
/** Puerto Rico and US Spanish speakers: `(787) 555-0123`, `787-555-0123`, `939.555.0123` */
export function esPhone(r: Rng): string {
  const a = npaF(r, ['787', '939', '956', '915', '305', '786', '520']);
  const b = nxxF(r);
  const c = r.digits(4);
  return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a} ${b} ${c}`, `+1 ${a} ${b} ${c}`]);
}
export function usPhoneF(r: Rng): string {
  const a = npaF(r);
  const b = nxxF(r);
  const c = r.digits(4);
  return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `+1 ${a}-${b}-${c}`, `${a}${b}${c}`]);
}
/** an internal extension: `x4417`, `ext. 2-4417`, `poste 4417` */
export const extF = (r: Rng): string => r.pick([`x${r.int(2000, 7999)}`, `ext. ${r.int(2, 7)}-${r.digits(4)}`, `ext ${r.int(2000, 7999)}`]);

// ---- identifiers ------------------------------------------------------------------------------

/** RAMQ health insurance number (NAM): 3 letters of the surname, 1 of the given name, yymmdd (+50 in the month for women), 2 digits */
export function ramq(r: Rng, p: PersonF, b: YmdF): string {
  const s = (asciiF(p.sur1).toUpperCase() + 'XXX').slice(0, 3);
  const g = (asciiF(p.given).toUpperCase() || 'X')[0]!;
  const mm = b.m + (p.g === 'f' ? 50 : 0);
  const v = `${s}${g}${p2(b.y % 100)}${p2(mm)}${p2(b.d)}${r.digits(2)}`;
  return r.chance(0.5) ? v : `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}`;
}
export const mrnF = (r: Rng): string =>
  r.pick([() => `${r.int(1, 9)}${r.digits(6)}`, () => `F${r.digits(7)}`, () => `${r.digits(2)}${r.int(1, 9)}-${r.digits(4)}`, () => `00${r.digits(7)}`, () => `H${r.digits(6)}`])();
/** Québec chart number (`dossier`) */
export const dossierF = (r: Rng): string => r.pick([() => `${r.digits(7)}`, () => `D-${r.digits(6)}`, () => `${r.int(10, 99)}-${r.digits(5)}`])();
export const employeeIdF = (r: Rng): string => r.pick([() => `${r.int(100000, 999999)}`, () => `E${r.digits(6)}`, () => `${r.int(10, 99)}${r.digits(4)}`])();
export const badgeF = (r: Rng): string => r.pick([() => `${r.int(10000, 65535)}`, () => `0${r.digits(6)}`, () => `${r.int(100, 255)}:${r.int(10000, 65535)}`])();
export const planIdF = (r: Rng): string =>
  r.pick([() => `${r.chars('ABCDEFGHJKMNPRSTUWXYZ', 3)}${r.digits(9)}`, () => `${r.chars('ABCDEFGHJKMNPRSTUWXYZ', 1)}${r.digits(10)}`, () => `${r.digits(9)}${r.pick(['01', '02', 'A'])}`])();
export const rxF = (r: Rng): string => r.pick([() => `${r.int(1, 9)}${r.digits(6)}`, () => `RX-${r.digits(7)}`, () => `${r.digits(3)}-${r.digits(5)}`])();

/** a staff account password or secret the way people paste them */
export function secretF(r: Rng): string {
  const words = ['Cafecito', 'Hiver', 'Tortuga', 'Poutine', 'Flamboyan', 'Caribou', 'Mariposa', 'Erable', 'Coqui', 'Huracan'];
  return r.pick([
    () => `${r.pick(words)}${r.int(10, 99)}${r.pick(['!', '#', '$', '*'])}`,
    () => `${r.pick(words)}.${r.pick(words)}${r.int(1, 9)}`,
    () => r.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789_-', r.int(14, 22)),
    () => `${r.pick(words)}@${r.int(2024, 2026)}`,
  ])();
}

// ---- keep values ------------------------------------------------------------------------------

export const PRODUCTS_F = [
  'Fujifilm Synapse', 'Carestream Vue', 'Sysmex XN-1000', 'cobas 8000', 'Abbott Alinity', 'GlobalProtect', 'Cisco ISE', 'Lenel OnGuard', 'Genetec Synergis',
  'Azure AD Connect', 'Exchange Online', 'Microsoft Intune', 'Zebra ZT411', 'UKG Pro', 'QGenda', 'Nuance DAX', 'Outlook for Mac', 'Jenkins', 'Octopus Deploy',
  'GitLab', 'OneDrive for Business', 'SharePoint Online', 'Teams Rooms', 'Webex', 'Zoom', 'PowerShell 7', 'RSAT', 'dcmtk', 'Orthanc', 'Horos', 'Visage 7',
  'Epic Radiant', 'Epic Willow', 'Cerner PowerChart', 'Meditech Expanse', 'Lexmark CX725', 'BD Pyxis', 'Omnicell XR2', 'Spok Care Connect',
];
export const DEPTS_F = [
  'Urgence', 'Soins intensifs', 'Imagerie médicale', 'Bloc opératoire', 'Médecine interne', 'Urgencias', 'Admisiones', 'Laboratorio clínico',
  'Radiology', 'Core Lab', 'Outpatient Pharmacy', 'Patient Access', 'Identity and Access Management', 'Medical Imaging', 'Staffing Office', 'Payroll',
  'Interpreter Services', '4 West', '6 East', 'Med-Surg 3', 'Mother-Baby', 'Cath Lab', 'Release of Information', 'Service Desk', 'IT Security',
];
export const ERRORS_F = [
  '0x8004de40', '0x80090016', 'AADSTS50053', 'AADSTS53003', 'Event ID 4740', '0xC000006A', 'C-FIND 0xA700', 'C-STORE 0xA900', 'ASTM NAK',
  'KDC_ERR_PREAUTH_FAILED', 'SEC_E_WRONG_PRINCIPAL', 'HTTP 401', 'exit code 137', 'ERROR_LOGON_FAILURE', '0x8004de90', 'LDAP error 49',
  'STATUS_PASSWORD_EXPIRED', 'DICOM 0xC000', 'ERR_TUNNEL_CONNECTION_FAILED', 'Error 0x80072EFD',
];

/** capitalised words from the pool used as ordinary words, each with the phrase to keep */
export const COMMON_F: [string, string][] = [
  ['The Mercedes Sprinter transport van has the same modem.', 'Mercedes Sprinter'],
  ['Angel Flight crews use the same tablets.', 'Angel Flight'],
  ['The Victoria Wing printers are fine.', 'Victoria Wing'],
  ['The modem is a Sierra Wireless unit.', 'Sierra Wireless'],
  ['The dashboards built on Vega charts render blank too.', 'Vega charts'],
  ['Same issue at the Esperanza Clinic front desk.', 'Esperanza Clinic'],
  ['Noble Hall residents are affected too.', 'Noble Hall'],
  ['Marina Tower readers were replaced last month.', 'Marina Tower'],
  ['Our Lady of Lourdes campus is not affected.', 'Lady of Lourdes'],
  ['It is a Fortune 500 vendor, they should have an answer.', 'Fortune 500'],
  ['The Rosario conference room projector does the same.', 'Rosario conference room'],
  ['Overhead paged Code Amber during the drill.', 'Code Amber'],
  ['Truelove Pavilion has no issue.', 'Truelove Pavilion'],
];

/** when something happened on a system, in the shape each source writes it */
export function stampF(r: Rng, kind: 'iso' | 'fr' | 'es' | 'git' | 'exif' | 'ics' | 'win' | 'astm' | 'log' | 'teams'): string {
  const y = r.int(2024, 2026);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const hh = r.int(0, 23);
  const mi = r.int(0, 59);
  const ss = r.int(0, 59);
  const h12 = ((hh + 11) % 12) + 1;
  const ap = hh < 12 ? 'AM' : 'PM';
  const dow = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  switch (kind) {
    case 'iso':
      return `${y}-${p2(m)}-${p2(d)} ${p2(hh)}:${p2(mi)}:${p2(ss)}`;
    case 'fr':
      return r.pick([`${y}-${p2(m)}-${p2(d)} ${hh} h ${p2(mi)}`, `${d} ${MOIS[m - 1]} ${y} à ${hh} h ${p2(mi)}`, `${y}-${p2(m)}-${p2(d)} ${p2(hh)}:${p2(mi)}`]);
    case 'es':
      return r.pick([`${p2(d)}/${p2(m)}/${y} ${p2(hh)}:${p2(mi)}`, `${d} de ${MES[m - 1]} de ${y}, ${p2(hh)}:${p2(mi)}`]);
    case 'git':
      return `${dow} ${MON[m - 1]} ${d} ${p2(hh)}:${p2(mi)}:${p2(ss)} ${y} ${r.pick(['-0500', '-0400', '-0600', '-0700'])}`;
    case 'exif':
      return `${y}:${p2(m)}:${p2(d)} ${p2(hh)}:${p2(mi)}:${p2(ss)}`;
    case 'ics':
      return `${y}${p2(m)}${p2(d)}T${p2(hh)}${p2(r.pick([0, 15, 30, 45]))}00`;
    case 'win':
      return `${m}/${d}/${y} ${h12}:${p2(mi)}:${p2(ss)} ${ap}`;
    case 'astm':
      return `${y}${p2(m)}${p2(d)}${p2(hh)}${p2(mi)}${p2(ss)}`;
    case 'log':
      return `${y}/${p2(m)}/${p2(d)} ${p2(hh)}:${p2(mi)}:${p2(ss)}`;
    case 'teams':
      return `${m}/${d}/${y} ${h12}:${p2(mi)} ${ap}`;
  }
}

/** counts for the README */
export const POOL_SIZE_F = {
  given: new Set(ORIGINS_F.flatMap((o) => [...o.fem, ...o.masc])).size,
  surnames: new Set(ORIGINS_F.flatMap((o) => o.sur)).size,
};
