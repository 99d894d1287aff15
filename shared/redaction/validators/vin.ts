const VALUES: Record<string, number> = {};
'0123456789'.split('').forEach((c, i) => (VALUES[c] = i));
'ABCDEFGH'.split('').forEach((c, i) => (VALUES[c] = i + 1));
'JKLMN'.split('').forEach((c, i) => (VALUES[c] = i + 1));
VALUES.P = 7;
VALUES.R = 9;
'STUVWXYZ'.split('').forEach((c, i) => (VALUES[c] = i + 2));
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** North American VIN check digit (position 9). */
export function vinValid(vin: string): boolean {
  const v = vin.toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(v)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (VALUES[v[i] ?? ''] ?? 0) * (WEIGHTS[i] ?? 0);
  const check = sum % 11;
  return v[8] === (check === 10 ? 'X' : String(check));
}
