import { choice, text, email, yesNo, type QuestionPage } from './fields';

// 1. Roles and responsibilities
export const ROLES_PAGES: readonly QuestionPage[] = [
  {
    id: 'spokespeople',
    part: 'roles',
    fields: [text('roles.spokespeople', { required: true }), yesNo('roles.employeesMayShare')],
  },
  {
    id: 'accounts',
    part: 'roles',
    fields: [
      {
        kind: 'list',
        path: 'roles.accounts',
        item: [
          choice('network', 'network'),
          text('networkName', { width: 'medium', showIfItem: (item) => item.network === 'other' }),
          text('handle', { width: 'medium', required: true }),
          text('purpose'),
          text('owner', { width: 'medium' }),
          text('backup', { width: 'medium' }),
        ],
        newItem: () => ({
          network: 'linkedin',
          networkName: '',
          handle: '',
          purpose: '',
          owner: '',
          backup: '',
        }),
        titleFields: ['network', 'handle'],
      },
    ],
  },
  {
    id: 'responsibilities',
    part: 'roles',
    fields: [
      {
        kind: 'list',
        path: 'roles.responsibilities',
        item: [
          choice('area', 'responsibilityArea'),
          text('who', { width: 'medium', required: true }),
          email('email'),
          choice('frequency', 'frequency'),
        ],
        newItem: () => ({ area: 'posting', who: '', email: '', frequency: 'daily' }),
        titleFields: ['area', 'who'],
      },
    ],
  },
  {
    id: 'approvals',
    part: 'roles',
    fields: [
      choice('roles.approval.scope', 'approvalScope'),
      text('roles.approval.approver'),
      choice('roles.approval.turnaround', 'responseTime', {
        none: true,
        showIf: (a) => a.roles.approval.scope !== 'none',
      }),
      text('roles.customerEnquiries.handledBy'),
      choice('roles.customerEnquiries.responseTime', 'responseTime'),
      yesNo('roles.chatbot'),
      yesNo('roles.houseRules'),
    ],
  },
];
