import { choice, text, email, phone, yesNo, type QuestionPage } from './fields';

// 3. Crisis plan
export const CRISIS_PAGES: readonly QuestionPage[] = [
  {
    id: 'plan',
    part: 'crisis',
    fields: [
      yesNo('crisis.separatePlan'),
      text('crisis.separatePlanLocation', { showIf: (a) => a.crisis.separatePlan }),
      // Asked with or without a separate crisis plan: the policy itself tells staff these things.
      text('crisis.internalChannel'),
      text('crisis.responseApprover'),
      choice('crisis.firstResponse', 'crisisResponseTime', { none: true }),
    ],
  },
  {
    id: 'contacts',
    part: 'crisis',
    showIf: (a) => !a.crisis.separatePlan,
    fields: [
      {
        kind: 'list',
        path: 'crisis.contacts',
        required: true,
        item: [
          choice('role', 'crisisRole'),
          text('roleName', { width: 'medium', showIfItem: (item) => item.role === 'other' }),
          text('name', { width: 'medium', required: true }),
          phone('phone'),
          email('email'),
          text('backup', { width: 'medium' }),
        ],
        newItem: () => ({ role: 'socialTeam', roleName: '', name: '', phone: '', email: '', backup: '' }),
        titleFields: ['role', 'name'],
      },
    ],
  },
];
