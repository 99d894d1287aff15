/** The Azure DevOps adapter: a WorkItemGateway over azure-devops-node-api, and its errors. */
export { createAdoGateway, type AdoGatewayOptions } from './createAdoGateway.js';
export { AdoError } from './AdoError.js';
export { AdoCredentialError } from './AdoCredentialError.js';
export { AmbiguousWriteError } from './AmbiguousWriteError.js';
export { RevisionConflictError } from './RevisionConflictError.js';
export { externalIdTag } from './externalIdQuery.js';
export { clearAdoConnectionCache, TOKEN_REFRESH_MARGIN_MS, type AdoAuth } from './AdoConnection.js';
export { ADO_TOKEN_SCOPE } from './adoTokenScope.js';
