// One ticket being written: the text is assembled by a template while every PII value and
// every keep value is recorded, as written, at the moment it is put into the text.

import { hl7Name, initialSurname, lastFirst, makePerson, nativeName, westernName, type Person } from './names.js';
import type { Org } from './keep.js';
import type { Rng } from './random.js';

export type PiiType =
  | 'PERSON' | 'SSN' | 'DOB' | 'DATE_PHI' | 'PHONE' | 'FAX' | 'EMAIL' | 'ADDRESS' | 'ZIP' | 'MRN' | 'HEALTH_PLAN_ID'
  | 'ACCOUNT_NUMBER' | 'RX_NUMBER' | 'CREDIT_CARD' | 'IP_ADDRESS' | 'URL' | 'LICENSE_NUMBER' | 'VEHICLE_ID' | 'DEVICE_ID'
  | 'CREDENTIAL' | 'USERNAME';

export type KeepType =
  | 'ERROR_CODE' | 'HOSTNAME' | 'SERVER_IP' | 'VERSION' | 'PRODUCT' | 'TICKET_REF' | 'SYSTEM_DATE' | 'QUEUE_OR_DEPT'
  | 'FILE_PATH' | 'COMMON_WORD';

export interface Label<T extends string = string> {
  type: T;
  value: string;
}

export type NameForm = 'native' | 'western' | 'lastFirst' | 'initial' | 'given' | 'surname' | 'hl7';

export class Ticket {
  readonly pii: Label<PiiType>[] = [];
  readonly keep: Label<KeepType>[] = [];

  constructor(
    readonly r: Rng,
    readonly org: Org
  ) {}

  /** record a PII value and return it for the text */
  p(type: PiiType, value: string): string {
    if (!this.pii.some((l) => l.type === type && l.value === value)) this.pii.push({ type, value });
    return value;
  }

  /** record a keep value and return it for the text */
  k(type: KeepType, value: string): string {
    if (!this.keep.some((l) => l.type === type && l.value === value)) this.keep.push({ type, value });
    return value;
  }

  person(): Person {
    return makePerson(this.r);
  }

  /** a family-name-first person (Nguyen Van An); falls back to any person after a few tries */
  familyFirstPerson(): Person {
    for (let i = 0; i < 30; i++) {
      const p = makePerson(this.r);
      if (p.familyFirst) return p;
    }
    return makePerson(this.r);
  }

  /** a person's name in the given form, labelled PERSON; `caseStyle` writes it upper/lower */
  name(p: Person, form: NameForm = 'western', caseStyle: 'as-is' | 'upper' | 'lower' = 'as-is'): string {
    let s: string;
    switch (form) {
      case 'native':
        s = nativeName(p);
        break;
      case 'western':
        s = westernName(p);
        break;
      case 'lastFirst':
        s = lastFirst(p);
        break;
      case 'initial':
        s = initialSurname(p);
        break;
      case 'given':
        s = p.given;
        break;
      case 'surname':
        s = p.surname;
        break;
      case 'hl7':
        s = hl7Name(p);
        break;
    }
    if (caseStyle === 'upper') s = s.toUpperCase();
    if (caseStyle === 'lower') s = s.toLowerCase();
    return this.p('PERSON', s);
  }
}
