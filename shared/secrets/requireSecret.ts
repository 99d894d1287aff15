import { SecretNotFoundError } from './secretErrors.js';

/** `get` in terms of `getOptional`: absence is an error. */
export async function requireSecret(name: string, value: Promise<string | undefined>): Promise<string> {
  const resolved = await value;
  if (resolved === undefined) throw new SecretNotFoundError(name);
  return resolved;
}
