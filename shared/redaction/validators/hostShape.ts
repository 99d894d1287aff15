// Host names look like logins to a cue rule ("Service account on mvhmirth06.mvh.local"): a dotted
// value is a host when it has three or more labels or ends in a domain suffix; "first.last" stays a login.

const SUFFIX = /\.(?:local|lan|corp|internal|intranet|localdomain|home|org|net|com|edu|gov|mil|health|io|us|int|biz|info|cloud|ad|dom|priv|private)$/i;

/** True for "epic09.corp.example.health", "rcmcweb05.rcmc.local"; false for "mahina.kahale". */
export function isHostShaped(value: string): boolean {
  if (!value.includes('.')) return false;
  const labels = value.split('.');
  if (labels.some((l) => l.length === 0)) return false;
  return labels.length >= 3 || SUFFIX.test(value);
}
