/** How a SysAid SR id is recorded on its work item when no custom field is configured. */
export function externalIdTag(srId: string): string {
  return `sysaid-${srId}`;
}

const SR_ID = /^[A-Za-z0-9_-]{1,64}$/;
const FIELD = /^[A-Za-z][\w.]*$/;

export function assertValidSrId(srId: string): void {
  if (!SR_ID.test(srId)) throw new TypeError('SR id must be 1-64 letters, digits, "-" or "_"');
}

export function assertValidFieldName(field: string): void {
  if (!FIELD.test(field)) throw new TypeError('externalIdField must be a field reference name such as Custom.SysAidId');
}

/**
 * WIQL for the work items of one SR, in this project. Tags use CONTAINS, which matches substrings
 * (sysaid-12 also finds sysaid-123), so callers must keep only exact tag matches.
 */
export function externalIdQuery(srId: string, externalIdField: string | undefined): string {
  assertValidSrId(srId);
  const condition =
    externalIdField === undefined
      ? `[System.Tags] CONTAINS '${externalIdTag(srId)}'`
      : `[${externalIdField}] = '${srId}'`;
  return `SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND ${condition} ORDER BY [System.Id]`;
}

/** True when the "a; b; c" tag list holds exactly this tag (ADO compares tags case-insensitively). */
export function hasTag(tags: unknown, tag: string): boolean {
  if (typeof tags !== 'string') return false;
  const wanted = tag.toLowerCase();
  return tags.split(';').some((t) => t.trim().toLowerCase() === wanted);
}
