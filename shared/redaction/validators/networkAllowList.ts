import { isIPv4, isIPv6 } from 'node:net';

/** Ranges treated as the organisation's own when nothing is configured: private, loopback, link-local. */
export const DEFAULT_INTERNAL_CIDRS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8', '169.254.0.0/16', 'fc00::/7', 'fe80::/10', '::1/128'];

interface Range {
  v6: boolean;
  base: bigint;
  mask: bigint;
}

function ipToBigInt(ip: string): { v6: boolean; value: bigint } | null {
  if (isIPv4(ip)) {
    const n = ip.split('.').reduce((acc, part) => (acc << 8n) + BigInt(Number(part)), 0n);
    return { v6: false, value: n };
  }
  if (!isIPv6(ip)) return null;
  let s = ip.toLowerCase();
  // an embedded IPv4 tail becomes two hextets
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4?.[1]) {
    const p = v4[1].split('.').map(Number) as [number, number, number, number];
    s = s.slice(0, -v4[1].length) + ((p[0] << 8) | p[1]).toString(16) + ':' + ((p[2] << 8) | p[3]).toString(16);
  }
  const [head = '', tail] = s.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  if (groups.length !== 8) return null;
  let value = 0n;
  for (const g of groups) value = (value << 16n) + BigInt(parseInt(g || '0', 16));
  return { v6: true, value };
}

function parseCidr(cidr: string): Range | null {
  const [ip = '', bitsText] = cidr.trim().split('/');
  const parsed = ipToBigInt(ip);
  if (!parsed) return null;
  const width = parsed.v6 ? 128 : 32;
  const bits = bitsText === undefined ? width : Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > width) return null;
  const mask = bits === 0 ? 0n : ((1n << BigInt(bits)) - 1n) << BigInt(width - bits);
  return { v6: parsed.v6, base: parsed.value & mask, mask };
}

/** The organisation's internal domains and address ranges: what counts as a server, not a person. */
export class NetworkAllowList {
  private readonly ranges: Range[];
  private readonly domains: string[];

  constructor(internalDomains: readonly string[], internalCidrs: readonly string[]) {
    this.domains = internalDomains.map((d) => d.trim().toLowerCase().replace(/^\.+/, '')).filter(Boolean);
    this.ranges = [];
    for (const c of internalCidrs) {
      const r = parseCidr(c);
      if (!r) throw new TypeError('invalid CIDR in internalCidrs');
      this.ranges.push(r);
    }
  }

  isInternalIp(ip: string): boolean {
    const parsed = ipToBigInt(ip);
    if (!parsed) return false;
    return this.ranges.some((r) => r.v6 === parsed.v6 && (parsed.value & r.mask) === r.base);
  }

  get hasDomains(): boolean {
    return this.domains.length > 0;
  }

  isInternalHost(host: string): boolean {
    const h = host.toLowerCase();
    return this.domains.some((d) => h === d || h.endsWith('.' + d));
  }
}
