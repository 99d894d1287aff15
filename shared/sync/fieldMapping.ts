/** How a SysAid SR maps onto ADO work item fields; derived from configuration. */
export interface FieldMapping {
  /** SysAid priority caption (case-insensitive) to Microsoft.VSTS.Common.Priority. */
  priorityByCaption: Record<string, number>;
  /** SysAid urgency caption (case-insensitive) to Microsoft.VSTS.Common.Severity. */
  severityByCaption: Record<string, string>;
  /** Add a `sysaid-status-<status>` tag. */
  statusTags: boolean;
  /** ADO fields the sync owns; it never writes any other field after create. */
  ownedFields: string[];
  /** Field holding the SR id; when absent the `sysaid-<id>` tag is the external id. */
  externalIdField?: string;
  areaPath?: string;
  iterationPath?: string;
  /** Link back to the SR in SysAid's UI. */
  ticketUrl(srId: string): string;
}

export const FIELD = {
  title: 'System.Title',
  reproSteps: 'Microsoft.VSTS.TCM.ReproSteps',
  priority: 'Microsoft.VSTS.Common.Priority',
  severity: 'Microsoft.VSTS.Common.Severity',
  tags: 'System.Tags',
  areaPath: 'System.AreaPath',
  iterationPath: 'System.IterationPath',
} as const;

export const PARENT_REL = 'System.LinkTypes.Hierarchy-Reverse';
export const HYPERLINK_REL = 'Hyperlink';
/** Every tag the sync manages starts with this; all other tags belong to engineers. */
export const MANAGED_TAG_PREFIX = 'sysaid-';

export function externalIdTag(srId: string): string {
  return `${MANAGED_TAG_PREFIX}${srId}`;
}
