/** Word lists for the ticket generator: a hospital help desk's people, places and systems. */

export const FIRST_NAMES = [
  'Maria', 'James', 'Aisha', 'Robert', 'Mei', 'Carlos', 'Fatima', 'John', 'Priya', 'Michael', 'Olga', 'David',
  'Siobhan', 'Kwame', 'Linda', 'Hiroshi', 'Elena', 'Thomas', 'Nadia', 'William', 'Grace', 'Mohammed', 'Sofia',
  'Daniel', 'Ingrid', 'Luis', 'Chloe', 'Samuel', 'Yuki', 'Patricia', 'Oluwaseun', 'Hannah', 'Ravi', 'Margaret',
];

export const LAST_NAMES = [
  'Garcia', 'Okafor', 'Nguyen', 'Smith', 'Kowalski', 'Patel', 'Johnson', 'Haddad', 'Murphy', 'Tanaka', 'Schmidt',
  'Rodriguez', 'Andersen', 'Mensah', 'Williams', 'Ivanova', 'Brown', 'Cohen', 'Silva', "O'Brien", 'Khan', 'Lopez',
  'Fitzgerald', 'Yamamoto', 'Bianchi', 'Novak', 'Adeyemi', 'Müller', 'Rossi', 'Chen', 'Dubois', 'Larsen',
];

export const STAFF_TITLES = ['Dr.', 'Nurse', 'RN', 'Dr.', 'PA', 'Pharmacist', 'Tech', ''];

export const DEPARTMENTS = [
  'Emergency Department', 'ICU', 'Radiology', 'Cardiology', 'Oncology', 'Pediatrics', 'Labor & Delivery',
  'Pharmacy', 'Laboratory', 'Admissions', 'Billing', 'Outpatient Clinic', 'Surgery', 'NICU', 'Medical Records',
];

export const SYSTEMS = [
  { name: 'Epic Hyperspace', hostPrefix: 'epic-prd-app' },
  { name: 'Cerner PowerChart', hostPrefix: 'cer-pc' },
  { name: 'PACS viewer', hostPrefix: 'pacs-web' },
  { name: 'Pyxis MedStation', hostPrefix: 'pyxis' },
  { name: 'Omnicell cabinet', hostPrefix: 'omni' },
  { name: 'Citrix Workspace', hostPrefix: 'ctx-sf' },
  { name: 'HL7 interface engine', hostPrefix: 'hl7-eng' },
  { name: 'Lab information system', hostPrefix: 'lis-db' },
  { name: 'Outlook', hostPrefix: 'exch-mbx' },
  { name: 'Badge reader', hostPrefix: 'acs-ctl' },
  { name: 'Label printer', hostPrefix: 'zebra-prt' },
  { name: 'VPN client', hostPrefix: 'vpn-gw' },
];

export const SYMPTOMS = [
  'fails to start', 'freezes on login', 'shows a blank screen', 'is very slow', 'rejects the password',
  'prints garbled labels', 'drops the connection', 'cannot find the order', 'crashes when saving',
  'shows the wrong patient banner', 'times out', 'will not sync',
];

export const ERROR_CODES = [
  '0x80070005', '0xC0000022', 'ERR_CONNECTION_RESET', 'HTTP 503', 'ORA-12541', 'HL7 ACK AE', 'SSL_ERROR_BAD_CERT',
  'E_ACCESSDENIED', 'Event ID 1000', 'ECONNREFUSED', 'KRB5KDC_ERR_PREAUTH_FAILED', 'HTTP 401',
];

export const STREETS = ['Maple Ave', 'Oak Street', 'Harbor Road', 'Elm Court', 'Lincoln Blvd', 'Cedar Lane', 'Riverside Dr', 'Hillcrest Way'];
export const CITIES = [
  ['Springfield', 'IL', '62704'], ['Riverton', 'WY', '82501'], ['Fairview', 'OR', '97024'], ['Madison', 'WI', '53703'],
  ['Greenville', 'SC', '29601'], ['Salem', 'MA', '01970'],
] as const;
export const EMAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'stmarys-health.org', 'icloud.com'];
export const FLOORS = ['2 West', '3 East', '4 North', 'B1', '5 South', 'ED Pod C', 'Tower 6'];
export const NOTE_TEMPLATES = [
  'Called {staff} at {phone}, remote session started on {host}.',
  'Reset credentials for {staffEmail}; asked user to retry.',
  'Escalated to the {system} team, reference {errorCode}.',
  'Patient {patient} (MRN {mrn}) was affected; workaround given to {dept}.',
  'Reimaged {host}, now on version {version}.',
  'User confirmed fixed. Closing.',
  'Waiting on vendor ticket for {system} {version}.',
];
