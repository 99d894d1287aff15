import { describe, expect, it } from 'vitest';
import { createEnvSecrets, secretEnvName } from '../../shared/secrets/createEnvSecrets.js';
import { SecretNotFoundError } from '../../shared/secrets/secretErrors.js';

describe('createEnvSecrets', () => {
  it('maps secret names to upper-snake environment variables', () => {
    expect(secretEnvName('ado-pat')).toBe('ADO_PAT');
    expect(secretEnvName('webhook-secret-next')).toBe('WEBHOOK_SECRET_NEXT');
    expect(secretEnvName('sysaid-password')).toBe('SYSAID_PASSWORD');
  });

  it('reads present secrets and treats unset or blank ones as absent', async () => {
    const secrets = createEnvSecrets({ ADO_PAT: 'pat-123', WEBHOOK_SECRET_NEXT: '  ' });
    expect(await secrets.get('ado-pat')).toBe('pat-123');
    expect(await secrets.getOptional('webhook-secret-next')).toBeUndefined();
    expect(await secrets.getOptional('sysaid-password')).toBeUndefined();
    const error = await secrets.get('sysaid-password').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretNotFoundError);
    expect((error as Error).message).toContain('sysaid-password');
  });
});
