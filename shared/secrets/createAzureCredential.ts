import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';

/**
 * The app's Azure identity: the user-assigned managed identity in Azure (by client id), a
 * developer's az/azd login locally. Built once by the caller and shared by every Azure client.
 */
export function createAzureCredential(managedIdentityClientId?: string): TokenCredential {
  return new DefaultAzureCredential(managedIdentityClientId ? { managedIdentityClientId } : {});
}
