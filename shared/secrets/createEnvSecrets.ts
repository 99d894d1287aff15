import type { SecretProvider } from './SecretProvider.js';
import { requireSecret } from './requireSecret.js';

/** Environment variable holding a secret: its name in upper-snake case (`ado-pat` -> `ADO_PAT`). */
export function secretEnvName(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/** Secrets from environment variables, for local runs without Key Vault; blank counts as absent. */
export function createEnvSecrets(env: Record<string, string | undefined>): SecretProvider {
  const getOptional = async (name: string): Promise<string | undefined> => {
    const value = env[secretEnvName(name)];
    return value === undefined || value.trim() === '' ? undefined : value;
  };
  return {
    getOptional,
    get: (name) => requireSecret(name, getOptional(name)),
  };
}
