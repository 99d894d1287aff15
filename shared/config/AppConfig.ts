import type { AuthMode } from './settingParsers.js';

/** Validated configuration, grouped by the part of the product that reads it. */
export interface AppConfig {
  sysaid: {
    baseUrl: string;
    accountId?: string;
    username: string;
    passwordSecretName: string;
  };
  ado: {
    orgUrl: string;
    project: string;
    workItemType: string;
    areaPath?: string;
    iterationPath?: string;
    authMode: AuthMode;
    patSecretName: string;
    externalIdField?: string;
  };
  sync: {
    /** Caption as configured (lookups ignore case) to ADO Priority. */
    priorityMap: Record<string, number>;
    /** Caption as configured (lookups ignore case) to ADO Severity. */
    severityMap: Record<string, string>;
    statusTags: boolean;
    ownedFields: string[];
  };
  backfill: {
    schedule: string;
    initialLookbackHours: number;
    overlapSeconds: number;
    concurrency: number;
    timeBudgetSeconds: number;
    maxAttempts: number;
  };
  state: {
    tableEndpoint: string;
    tablePrefix: string;
  };
  secrets: {
    /** Absent: secrets come from environment variables (ado-pat -> ADO_PAT). */
    keyVaultUrl?: string;
    managedIdentityClientId?: string;
    cacheTtlSeconds: number;
  };
  webhook: {
    /** Lower-case header name. */
    secretHeader: string;
    secretName: string;
    nextSecretName: string;
    requireSignature: boolean;
    inlineBudgetMs: number;
  };
  redaction: {
    internalDomains: string[];
    internalCidrs: string[];
    budgetMs: number;
  };
}
