import { describe, expect, it } from 'vitest';
import { deaValid } from '../../shared/redaction/validators/dea.js';
import { luhnValid, npiValid } from '../../shared/redaction/validators/luhn.js';
import { NetworkAllowList } from '../../shared/redaction/validators/networkAllowList.js';
import { ssnValid } from '../../shared/redaction/validators/ssnRules.js';
import { vinValid } from '../../shared/redaction/validators/vin.js';

describe('validators', () => {
  it('Luhn accepts card test numbers and rejects a changed digit', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('378282246310005')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('41111a1111111111')).toBe(false);
  });

  it('NPI check digit runs over the 80840 prefix', () => {
    expect(npiValid('1234567893')).toBe(true);
    expect(npiValid('1234567890')).toBe(false);
  });

  it('SSN rules: area not 000/666/9xx, group not 00, serial not 0000', () => {
    expect(ssnValid('123', '45', '6789')).toBe(true);
    for (const [a, g, s] of [['000', '12', '3456'], ['666', '12', '3456'], ['912', '12', '3456'], ['123', '00', '4567'], ['123', '45', '0000']]) {
      expect(ssnValid(a as string, g as string, s as string)).toBe(false);
    }
  });

  it('DEA check digit', () => {
    expect(deaValid('AB1234563')).toBe(true);
    expect(deaValid('AB1234567')).toBe(false);
  });

  it('VIN check digit', () => {
    expect(vinValid('1M8GDM9AXKP042788')).toBe(true);
    expect(vinValid('1M8GDM9A1KP042788')).toBe(false);
  });

  it('CIDR allow-list matches v4 and v6 ranges and internal domains', () => {
    const list = new NetworkAllowList(['hospital.org'], ['10.0.0.0/8', '192.168.1.0/24', 'fd00::/8']);
    expect(list.isInternalIp('10.20.30.40')).toBe(true);
    expect(list.isInternalIp('192.168.1.7')).toBe(true);
    expect(list.isInternalIp('192.168.2.7')).toBe(false);
    expect(list.isInternalIp('8.8.8.8')).toBe(false);
    expect(list.isInternalIp('fd12:3456::1')).toBe(true);
    expect(list.isInternalIp('2001:db8::1')).toBe(false);
    expect(list.isInternalHost('srv01.hospital.org')).toBe(true);
    expect(list.isInternalHost('hospital.org.evil.com')).toBe(false);
    expect(() => new NetworkAllowList([], ['10.0.0.0/99'])).toThrow(TypeError);
  });
});
