import type { Ticket } from '../../shared/sysaid/ticket.js';
import type { FieldMapping } from '../../shared/sync/fieldMapping.js';

export function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: '101',
    title: 'Printer offline',
    description: 'The printer on 3 West is offline.',
    notes: [],
    status: 'Open',
    priority: 'High',
    urgency: 'Normal',
    insertTime: 1_700_000_000_000,
    updateTime: 1_700_000_100_000,
    extraText: {},
    ...overrides,
  };
}

export const mapping: FieldMapping = {
  priorityByCaption: { High: 2, Low: 4 },
  severityByCaption: { Normal: '3 - Medium', 'Very High': '1 - Critical' },
  statusTags: true,
  ownedFields: ['System.Title', 'Microsoft.VSTS.TCM.ReproSteps', 'Microsoft.VSTS.Common.Priority', 'Microsoft.VSTS.Common.Severity', 'System.Tags'],
  ticketUrl: (id) => `https://acme.sysaidit.com/SREdit.jsp?id=${id}`,
};

export const workItemUrl = (id: number): string => `https://dev.azure.com/acme/_apis/wit/workItems/${id}`;
