/** The Bug an SR is linked to was deleted in ADO; re-creating it would undo a person's decision. */
export class WorkItemMissingError extends Error {
  override readonly name = 'WorkItemMissingError';
  readonly permanent = true;
  constructor() {
    super('The linked work item no longer exists in Azure DevOps');
  }
}
