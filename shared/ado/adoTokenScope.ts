/** Entra ID scope for Azure DevOps (its well-known application id), for DefaultAzureCredential.getToken. */
export const ADO_TOKEN_SCOPE = '499b84ac-1321-427f-aa17-267ca6975798/.default';
