/** Which fields exist, which are computed by the service, and their display names (for WIQL columns). */

const DEFAULT_FIELDS: Record<string, string> = {
  'System.Id': 'ID',
  'System.Rev': 'Rev',
  'System.Title': 'Title',
  'System.Description': 'Description',
  'System.State': 'State',
  'System.Reason': 'Reason',
  'System.AssignedTo': 'Assigned To',
  'System.Tags': 'Tags',
  'System.AreaPath': 'Area Path',
  'System.IterationPath': 'Iteration Path',
  'System.TeamProject': 'Team Project',
  'System.WorkItemType': 'Work Item Type',
  'System.CreatedDate': 'Created Date',
  'System.CreatedBy': 'Created By',
  'System.ChangedDate': 'Changed Date',
  'System.ChangedBy': 'Changed By',
  'System.History': 'History',
  'System.CommentCount': 'Comment Count',
  'Microsoft.VSTS.TCM.ReproSteps': 'Repro Steps',
  'Microsoft.VSTS.TCM.SystemInfo': 'System Info',
  'Microsoft.VSTS.Common.Priority': 'Priority',
  'Microsoft.VSTS.Common.Severity': 'Severity',
  'Microsoft.VSTS.Common.StateChangeDate': 'State Change Date',
  'Microsoft.VSTS.Common.AcceptanceCriteria': 'Acceptance Criteria',
  'Microsoft.VSTS.Common.ValueArea': 'Value Area',
  'Microsoft.VSTS.Common.ActivatedDate': 'Activated Date',
  'Microsoft.VSTS.Common.ResolvedDate': 'Resolved Date',
  'Microsoft.VSTS.Common.ClosedDate': 'Closed Date',
  'Microsoft.VSTS.Scheduling.RemainingWork': 'Remaining Work',
  'Microsoft.VSTS.Scheduling.OriginalEstimate': 'Original Estimate',
  'Microsoft.VSTS.Scheduling.CompletedWork': 'Completed Work',
};

/** Set by the service; a patch may not write them. */
const READ_ONLY = new Set(
  [
    'System.Id',
    'System.Rev',
    'System.TeamProject',
    'System.CreatedDate',
    'System.CreatedBy',
    'System.ChangedDate',
    'System.ChangedBy',
    'System.CommentCount',
    'Microsoft.VSTS.Common.StateChangeDate',
  ].map((f) => f.toLowerCase()),
);

export const SEVERITIES = ['1 - Critical', '2 - High', '3 - Medium', '4 - Low'] as const;

export class FieldCatalog {
  private readonly byLower = new Map<string, { ref: string; name: string }>();

  constructor(fields: string[] | undefined, extra: string[] = []) {
    const names = fields ?? Object.keys(DEFAULT_FIELDS);
    for (const ref of [...names, ...extra, 'System.Id', 'System.Rev']) {
      this.byLower.set(ref.toLowerCase(), { ref, name: DEFAULT_FIELDS[ref] ?? ref.split('.').pop() ?? ref });
    }
  }

  /** The canonical reference name, matching case-insensitively, or undefined when unknown. */
  resolve(field: string): string | undefined {
    return this.byLower.get(field.toLowerCase())?.ref ?? this.byDisplayName(field);
  }

  displayName(ref: string): string {
    return this.byLower.get(ref.toLowerCase())?.name ?? ref;
  }

  isReadOnly(ref: string): boolean {
    return READ_ONLY.has(ref.toLowerCase());
  }

  /** WIQL also accepts display names without spaces' reference prefix, e.g. [State]. */
  private byDisplayName(field: string): string | undefined {
    const wanted = field.toLowerCase();
    for (const { ref, name } of this.byLower.values()) {
      if (name.toLowerCase() === wanted) return ref;
    }
    return undefined;
  }
}
