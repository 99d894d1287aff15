/**
 * Word lists that steer name detection. They are generic to help-desk text in
 * (vendors, products, departments, courtesy words), not taken from any corpus.
 */
const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Vendors and products: capitalised but never a person here. */
export const TECH = words(`
  epic cerner meditech citrix microsoft windows outlook teams office excel powerpoint onedrive sharepoint exchange azure intune
  google chrome gmail firefox safari adobe acrobat zoom webex cisco anyconnect globalprotect paloalto fortinet okta duo
  imprivata kronos lawson workday peoplesoft oracle omnicell pyxis zebra kodak fujitsu dell lenovo hp apple iphone ipad macbook
  android samsung dragon nuance mirth rhapsody cloverleaf sunquest haiku hyperspace hyperdrive resolute
  powerchart firstnet mychart withings jamf servicenow sysaid oracle sql java tomcat linux ubuntu vocera spok
  amion tigerconnect pacs rightfax kofax hyland onbase allscripts athena athenahealth eclinicalworks nextgen philips siemens baxter
  alaris stryker wi-fi vmware bitlocker crowdstrike sentinelone mimecast proofpoint imprivata
  docusign dropbox slack jabber finesse genesys avaya tableau powerbi cognos visio notepad wordpad chromebook
  thinkpad elitebook latitude optiplex dicom hl7 fhir ldap kerberos vpn wifi ethernet bluetooth printer scanner badge
  imprivata caradigm sectra fuji fujifilm agfa mckesson availity waystar experian trizetto navicure
  soarian invision centricity medhost cpsi truebridge netsmart pointclickcare matrixcare wellsky homecare
  aetna cigna humana anthem bcbs uhc unitedhealthcare tricare centene ambetter wellcare medicaid medicare
  glucometer accu-chek abbott medtronic dexcom omnipod tandem ge carestation hillrom spacelabs
  doximity paymentech elavon worldpay stripe paypal intacct
  hill-rom navicare teladoc lexmark amwell powerscribe powermic philipsvue intellivue
  orthanc cobas carestream synapse dcmdump pydicom qgenda
  splunk qlik jira confluence edifecs caregility ambra verisma wyndgate verizon comcast xfinity t-mobile tmobile
  `);

/** Heads of department, unit and organisation names: "Cath Lab", "Revenue Cycle", "Summit Ridge Hospital". */
export const ORG_HEADS = words(`
  lab labs laboratory unit center centre clinic clinics department dept services service team desk office floor wing ward
  hospital health system systems group network medical medicine care partners associates university regional institute
  foundation pharmacy radiology imaging cardiology oncology pediatrics surgery icu nicu picu micu sicu cvicu ccu pcu ticu ed er or pacu registration access
  management support operations informatics cycle billing scheduling admitting finance payroll security desk facilities
  infusion endoscopy biomed dialysis maternity obstetrics therapy rehab transport nursing administration compliance
  telemetry tele stepdown triage oncology hospice labor delivery
  med-surg medsurg mother-baby urgence urgences urgencias emergencias laboratorio laboratoire soins clinique clínica servicio
  nephrology neurology urology dermatology gastroenterology endocrinology pulmonology psychiatry psychology orthopedics
  orthopaedics anesthesia anesthesiology pathology hematology rheumatology ophthalmology otolaryngology gynecology
  neonatology geriatrics podiatry audiology nutrition chaplaincy palliative lactation hospitalist hospitalists neuro
  admisiones admissions farmacia facturación facturacion enfermería enfermeria radiología radiologia pediatría pediatria cirugía cirugia
  `);

/** Courtesy titles: the next capitalised is a person. */
export const TITLES = words('dr dr. doctor mr mr. mrs mrs. ms ms. miss mx mx. prof prof. professor nurse sister fr officer sgt sergeant deputy detective chaplain pastor rabbi imam');

/** A patient's relatives and carers: "her daughter ...", "son (Tomás)". */
export const RELATIVES = words(`
  mother father wife husband son daughter spouse parent guardian sister brother grandson granddaughter grandmother
  grandfather grandchild niece nephew aunt uncle cousin stepson stepdaughter caregiver
  `);

/** Words before a name that say a person follows (relatives among them). */
export const STRONG_CUES = new Set([
  ...words(`
  patient patients pt member guarantor subscriber insured name caller requester requestor employee user manager supervisor
  director provider physician prescriber radiologist surgeon nurse rn np pa md technician tech therapist pharmacist resident
  rph pharmd lpn cna crna
  attending ordering referring family
  mirror adding forwarding forwarded cc attn attention contact spoke colleague coworker co-worker hire
  owner approver sponsor assignee reporter clerk facilitator pcp patiente patiënt paciente patientin patienten utente
  `),
  ...RELATIVES,
]);
export const WEAK_CUES = words(`
  for from with to by per via ask asked tell told call called ring rang email emailed paged page text texted schedule scheduled
  book booked register registered admit admitted discharge discharged transfer transferred see saw help helped contact contacted
  notify notified remind reminded visit visited treat treated room bed shows showing actually its it's im i'm
  phoned messaged pinged e-mailed per fyi give gave assign assigned escalated handing handed proxy
  recognise recognize commend congratulate
  `);

/** Verbs after a name that say it is a person acting. */
export const PERSON_VERBS = words(`
  came called said says asked reported mentioned told needs wants stopped fixed tried confirmed stated noticed requested
  approved arrived logged signed complained explained emailed phoned texted replied responded answered agreed thought wrote
  thinks typed added commented believes knows remembers saw borrowed lent
  acknowledged stayed walked escalated transferred handed volunteered offered apologized apologised promised forgot
  brought
  `);
/** Verbs that follow people and things alike: a name only when the word itself is clearly a name. */
export const WEAK_PERSON_VERBS = words(`
  is was has had will can cannot can't couldn't won't isn't wasn't cant couldnt isnt wasnt didnt doesnt left got gets sent sends received receives needs wants
  failed started opened restarted rebooted went
  `);

/** Name particles: lower-case inside a name, never a name on their own. */
export const PARTICLES = words('de la del della van der von da di du le den dos das y ten ter bin bint binti ibn al el st mac lo ap');

/** Greeting targets that are not people. */
export const NOT_GREETED = words('team all there everyone everybody folks guys service desk it support helpdesk help sir madam mam team, crew');

/** Org/group words in an e-mail display name: "IT Help Desk <helpdesk@...>". */
export const GROUP_WORDS = words(`
  desk team support help service services it group dept department admin administrator system systems alerts notifications
  noreply no-reply donotreply mailbox scheduling registration billing lab pharmacy radiology hr payroll security info office
  `);

/** Upper-case words that are codes, not surnames. */
export const ACRONYMS = words(`
  error warn warning info debug fatal trace nak ack msh pid pv1 obr orc obx msa evn nk1 http https ftp smtp dns dhcp tcp udp
  ip id mrn dob ssn dos npi dea rx er ed icu or hl7 api url sql ad vpn pc os usb lan wan ok na n/a tbd fyi asap eta pm am
  rm rms bldg ext pcp adm hx dx tx sx fx cb vm abend ehr emr hr iv po prn npo dnr bid tid qid
  `);

/** Days and months: capitalised, listed as names, but dates here. */
export const CALENDAR = words(`
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thur thurs fri
  january february september october november december feb apr jul aug sep sept oct nov dec
  `);

/**
 * Sign-off, chat and label words that are capitalised at a line start but are never names ("Ref:"),
 * and states and provinces that are no one's name ("a patient from Québec").
 */
export const NOT_NAMES = words(`dr mr mrs ms mx prof sr jr md rn phd id pt pts scheduler coordinator specialist analyst technician secretary clerk registrar representative rep educator engineer consultant intern liaison navigator assistant aide thx thanks thank ty tx regards cheers hi hello hey dear pls plz fyi asap ok okay btw re fw fwd sent subject sincerely greetings morning afternoon evening urgent note update
  ref dept loc sig ver ack rm ext ord hosp eng dir ceo coo né née nee nom prénom prenom
  québec quebec ontario manitoba saskatchewan nunavut yukon labrador newfoundland texas california florida ohio oregon
  arizona alaska hawaii idaho illinois iowa kansas kentucky louisiana maryland massachusetts michigan minnesota
  mississippi missouri nebraska oklahoma pennsylvania tennessee utah vermont wisconsin wyoming canada mexico
  copay copays copayment coinsurance deductible prepay selfpay preauth
  núm num nro tel telf cel`);

/** A group, department or product word (lower case): such a word makes a would-be name a thing ("Service Desk", "Epic Team"). */
export function isGroupOrProduct(lower: string): boolean {
  return GROUP_WORDS.has(lower) || ORG_HEADS.has(lower) || TECH.has(lower);
}

/** What a caller says while thinking ("this is uh wiremu", "five eight three uh three"): no part of a name or a number. */
export const FILLERS = words('uh uhm um er erm ah');
