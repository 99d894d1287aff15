/** The PAT or token could not be obtained (e.g. Key Vault or Entra unavailable); ADO was not called. */
export class AdoCredentialError extends Error {
  constructor(kind: 'pat' | 'bearer', options?: { cause?: unknown }) {
    super(`Could not obtain the Azure DevOps ${kind === 'pat' ? 'PAT' : 'access token'}`, options);
    this.name = 'AdoCredentialError';
  }
}
