import { isIPv4, isIPv6 } from 'node:net';
import { parseCaptionMap } from './captionMap.js';
import { SettingValueError } from './ConfigError.js';
import { listSetting } from './listSetting.js';

/**
 * Parsers for one setting's text (already trimmed, never empty). Each throws SettingValueError
 * with a reason that describes the rule, never the value: a secret pasted into the wrong setting
 * must not end up in a log.
 */

export type AuthMode = 'pat' | 'entra';

export function text(value: string): string {
  return value;
}

export function positiveInt(value: string): number {
  const n = /^\d{1,15}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new SettingValueError('must be a positive whole number');
  return n;
}

export function boolean(value: string): boolean {
  const folded = value.toLowerCase();
  if (folded === 'true') return true;
  if (folded === 'false') return false;
  throw new SettingValueError('must be true or false');
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** An absolute http(s) URL without credentials; plain http only for loopback (local simulators, Azurite). */
export function httpUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingValueError('must be an absolute http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SettingValueError('must be an http(s) URL');
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    throw new SettingValueError('must use https (http is allowed only for loopback hosts)');
  }
  if (url.username || url.password) throw new SettingValueError('must not contain credentials');
  if (url.search || url.hash) throw new SettingValueError('must not contain a query or fragment');
  return value;
}

export function authMode(value: string): AuthMode {
  const folded = value.toLowerCase();
  if (folded === 'pat' || folded === 'entra') return folded;
  throw new SettingValueError('must be pat or entra');
}

/** Key Vault secret names: 1-127 letters, digits and dashes (they also map to env var names). */
export function secretName(value: string): string {
  if (!/^[0-9A-Za-z-]{1,127}$/.test(value)) throw new SettingValueError('must be 1-127 letters, digits or dashes');
  return value;
}

/** ADO field reference names such as System.Title or Custom.SysAidId. */
export function fieldName(value: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/.test(value)) {
    throw new SettingValueError('must be a field reference name such as System.Title');
  }
  return value;
}

export function fieldList(value: string): string[] {
  const fields = listSetting(value);
  if (fields.length === 0) throw new SettingValueError('must list at least one field');
  fields.forEach((field, index) => {
    try {
      fieldName(field);
    } catch {
      throw new SettingValueError(`item ${index + 1} must be a field reference name such as System.Title`);
    }
  });
  return [...new Set(fields)];
}

export function domainList(value: string): string[] {
  const domains = listSetting(value);
  domains.forEach((domain, index) => {
    if (!/^\.?[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})*$/.test(domain)) {
      throw new SettingValueError(`item ${index + 1} must be a DNS suffix such as corp.example.com`);
    }
  });
  return domains.map((d) => d.toLowerCase());
}

/** IPv4 or IPv6 ranges `address/bits`; a bare address means a single host. */
export function cidrList(value: string): string[] {
  const cidrs = listSetting(value);
  cidrs.forEach((cidr, index) => {
    if (!isCidr(cidr)) throw new SettingValueError(`item ${index + 1} must be an IP range such as 10.0.0.0/8`);
  });
  return cidrs;
}

function isCidr(cidr: string): boolean {
  const [address = '', bits, extra] = cidr.split('/');
  if (extra !== undefined) return false;
  const width = isIPv4(address) ? 32 : isIPv6(address) ? 128 : 0;
  if (width === 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= width;
}

/** Azure Functions NCRONTAB: six fields, seconds first. */
export function ncrontab(value: string): string {
  const fields = value.split(/\s+/);
  if (fields.length !== 6 || !fields.every((f) => /^[0-9A-Za-z*/,-]+$/.test(f))) {
    throw new SettingValueError('must be a six-field NCRONTAB expression such as 0 */5 * * * *');
  }
  return value;
}

/** Table names are letters and digits starting with a letter; the longest suffix added is 5 characters. */
export function tablePrefix(value: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]{0,57}$/.test(value)) throw new SettingValueError('must be 1-58 letters or digits, starting with a letter');
  return value;
}

/** HTTP header names are RFC 9110 tokens; compared lower-case. */
export function headerName(value: string): string {
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(value)) throw new SettingValueError('must be an HTTP header name');
  return value.toLowerCase();
}

export function guid(value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    throw new SettingValueError('must be a GUID (the managed identity client id)');
  }
  return value;
}

export function priorityMap(value: string): Record<string, number> {
  return parseCaptionMap(value, (v) => (/^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : undefined), 'a positive whole number');
}

export function severityMap(value: string): Record<string, string> {
  return parseCaptionMap(value, (v) => v, 'non-empty text');
}
