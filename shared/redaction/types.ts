/** Kinds of personal data the redactor removes; each becomes a `[TYPE-n]` placeholder. */
export type PiiType =
  | 'PERSON'
  | 'SSN'
  | 'DOB'
  | 'AGE'
  | 'DATE_PHI'
  | 'PHONE'
  | 'FAX'
  | 'EMAIL'
  | 'ADDRESS'
  | 'ZIP'
  | 'MRN'
  | 'HEALTH_PLAN_ID'
  | 'ACCOUNT_NUMBER'
  | 'RX_NUMBER'
  | 'CREDIT_CARD'
  | 'IP_ADDRESS'
  | 'URL'
  | 'LICENSE_NUMBER'
  | 'VEHICLE_ID'
  | 'DEVICE_ID'
  | 'CREDENTIAL'
  | 'USERNAME'
  | 'ID_NUMBER';

/** A detected stretch of text, in offsets of the joined ticket text. */
export interface Span {
  start: number;
  end: number;
  type: PiiType;
  /** Higher wins when detections overlap (a URL over the name inside it). */
  priority: number;
  /** Value identity for placeholder numbering; defaults to the normalised text. */
  key?: string;
}
