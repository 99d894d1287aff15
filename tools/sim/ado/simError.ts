/**
 * An error the simulator answers with, in ADO's wire shape:
 * `{"$id":"1","innerException":null,"message":"TF...: ...","typeName":"...","typeKey":"...","errorCode":0,"eventId":3200}`.
 * Messages name ids, fields and paths, never field values.
 */
export class SimError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly typeKey: string,
    readonly extraHeaders: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'SimError';
  }

  body(): Record<string, unknown> {
    const assembly =
      this.typeKey.startsWith('Vss') || this.typeKey === 'ArgumentException'
        ? 'Microsoft.VisualStudio.Services.WebApi'
        : 'Microsoft.TeamFoundation.WorkItemTracking.Server';
    return {
      $id: '1',
      innerException: null,
      message: this.message,
      typeName: `${assembly}.${this.typeKey}, ${assembly}`,
      typeKey: this.typeKey,
      errorCode: 0,
      eventId: 3200,
    };
  }
}

export const errors = {
  notFound: (id: number): SimError =>
    new SimError(
      404,
      `TF401232: Work item ${id} does not exist, or you do not have permissions to read it.`,
      'WorkItemUnauthorizedAccessException',
    ),
  unknownField: (field: string): SimError =>
    new SimError(400, `TF51535: Cannot find field ${field}.`, 'WorkItemFieldInvalidException'),
  invalidTreePath: (id: number, field: string): SimError =>
    new SimError(
      400,
      `TF401347: Invalid tree name given for work item ${id}, field '${field}'.`,
      'WorkItemFieldInvalidTreeNameException',
    ),
  ruleError: (field: string, code: string): SimError =>
    new SimError(
      400,
      `TF401320: Rule Error for field ${field}. Error code: ${code}.`,
      'RuleValidationException',
    ),
  readOnlyField: (field: string): SimError =>
    new SimError(400, `TF401326: Invalid field status 'ReadOnly' for field '${field}'.`, 'RuleValidationException'),
  revMismatch: (): SimError =>
    new SimError(
      412,
      "VS403351: The value of the 'test' operation at path '/rev' does not match the work item's current value.",
      'WorkItemRevisionMismatchException',
    ),
  testFailed: (path: string): SimError =>
    new SimError(
      412,
      `VS403351: The value of the 'test' operation at path '${path}' does not match the work item's current value.`,
      'WorkItemRevisionMismatchException',
    ),
  secondParent: (id: number): SimError =>
    new SimError(
      400,
      `TF201036: You can only add one parent link to this work item. Work item ${id} already has a parent.`,
      'WorkItemLinkInvalidException',
    ),
  linkTargetMissing: (id: number): SimError =>
    new SimError(
      400,
      `TF201063: The work item ${id} you are linking to does not exist, or you do not have permissions to read it.`,
      'WorkItemLinkInvalidException',
    ),
  badRequest: (message: string, typeKey = 'ArgumentException'): SimError => new SimError(400, message, typeKey),
  projectNotFound: (project: string): SimError =>
    new SimError(404, `TF200016: The following project does not exist: ${project}.`, 'ProjectDoesNotExistException'),
  routeNotFound: (): SimError =>
    new SimError(404, 'VS403403: The requested resource does not exist on this simulator.', 'VssResourceNotFoundException'),
  unauthorized: (): SimError =>
    new SimError(401, 'TF400813: The user is not authorized to access this resource.', 'UnauthorizedRequestException', {
      'WWW-Authenticate': 'Bearer authorization_uri=https://login.microsoftonline.com/common, Basic realm="https://simulator/"',
    }),
  internal: (status: number): SimError =>
    new SimError(status, 'TF400898: An Internal Error Occurred (simulated).', 'VssServiceException'),
  throttled: (headers: Record<string, string>): SimError =>
    new SimError(
      429,
      'TF400733: The request has been blocked because of resource usage limits (simulated).',
      'RequestBlockedException',
      headers,
    ),
} as const;
