import type { AppConfig } from '../config/loadConfig.js';
import type { FieldMapping } from '../sync/fieldMapping.js';

/** The sync core's view of the field map settings. */
export function fieldMappingFromConfig(config: AppConfig): FieldMapping {
  const base = config.sysaid.baseUrl.replace(/\/+$/, '');
  return {
    priorityByCaption: config.sync.priorityMap,
    severityByCaption: config.sync.severityMap,
    statusTags: config.sync.statusTags,
    ownedFields: config.sync.ownedFields,
    ...(config.ado.externalIdField ? { externalIdField: config.ado.externalIdField } : {}),
    ...(config.ado.areaPath ? { areaPath: config.ado.areaPath } : {}),
    ...(config.ado.iterationPath ? { iterationPath: config.ado.iterationPath } : {}),
    ticketUrl: (srId) => `${base}/SREdit.jsp?QuickAcess&id=${encodeURIComponent(srId)}`,
  };
}
