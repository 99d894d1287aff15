/**
 * Azurite's well-known development account. Public and documented by Microsoft (it is the same
 * in every Azurite install), so it is not a secret; it only ever talks to a loopback emulator.
 */
export const AZURITE_DEV_ACCOUNT = 'devstoreaccount1';
export const AZURITE_DEV_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** True for http(s)://127.0.0.1|localhost|[::1]:port/devstoreaccount1 — an Azurite endpoint. */
export function isAzuriteEndpoint(endpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  return loopback && url.pathname.replace(/\/+$/, '') === `/${AZURITE_DEV_ACCOUNT}`;
}
