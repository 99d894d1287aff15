/** The smallest environment that passes: every required setting without a default. */
export const REQUIRED_ENV = {
  SYSAID_BASE_URL: 'https://acme.sysaidit.com',
  SYSAID_USERNAME: 'api-user',
  ADO_ORG_URL: 'https://dev.azure.com/acme',
  ADO_PROJECT: 'Support',
  STATE_TABLE_ENDPOINT: 'https://acmestate.table.core.windows.net',
} as const;
