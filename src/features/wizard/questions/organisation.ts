import { choice, choices, text, email, yesNo, type QuestionPage } from './fields';

// 0. The organisation
export const ORGANISATION_PAGES: readonly QuestionPage[] = [
  {
    id: 'about',
    part: 'organisation',
    fields: [
      text('organisation.name', { required: true, autoComplete: 'organization' }),
      choice('organisation.country', 'country'),
      // Canada's privacy law and monitoring duties depend on the province (required.ts asks for it).
      choice('organisation.province', 'province', {
        required: true,
        showIf: (a) => a.organisation.country === 'CA',
      }),
      choice('organisation.sector', 'sector'),
      yesNo('organisation.publiclyOwned', { showIf: (a) => a.organisation.sector !== 'public' }),
      // State laws that add to a US private employer's policy: monitoring notice, off-duty rights.
      choices('organisation.usStates', 'usState', {
        showIf: (a) =>
          a.organisation.country === 'US' &&
          a.organisation.sector !== 'public' &&
          !a.organisation.publiclyOwned,
      }),
    ],
  },
  {
    id: 'people',
    part: 'organisation',
    fields: [
      choice('organisation.sizeBand', 'sizeBand'),
      yesNo('organisation.listed'),
      yesNo('organisation.unionised'),
      choices('organisation.audiences', 'audience'),
    ],
  },
  {
    id: 'networks',
    part: 'organisation',
    fields: [
      choices('organisation.networks', 'network', { required: true }),
      {
        kind: 'textList',
        path: 'organisation.otherNetworks',
        showIf: (a) => a.organisation.networks.includes('other'),
      },
    ],
  },
  {
    id: 'document',
    part: 'organisation',
    fields: [
      choice('policy.language', 'language'),
      text('policy.title'),
      text('policy.version', { width: 'short' }),
      { kind: 'date', path: 'policy.effectiveDate' },
      { kind: 'textList', path: 'policy.relatedPolicies' },
    ],
  },
  {
    id: 'owner',
    part: 'organisation',
    fields: [
      text('policy.owner.function', { width: 'medium' }),
      text('policy.owner.name', {
        autoComplete: 'name',
        width: 'medium',
        required: (a) => !a.policy.owner.function,
      }),
      email('policy.owner.email', { required: true }),
    ],
  },
  {
    id: 'history',
    part: 'organisation',
    fields: [
      {
        kind: 'list',
        path: 'policy.revisions',
        item: [
          text('version', { width: 'short', required: true }),
          { kind: 'date', path: 'date' },
          { kind: 'textarea', path: 'changes' },
        ],
        newItem: () => ({ version: '', date: '', changes: '' }),
        titleFields: ['version', 'date'],
      },
    ],
  },
  {
    id: 'approval',
    part: 'organisation',
    fields: [
      text('policy.approval.name', { autoComplete: 'name', width: 'medium' }),
      text('policy.approval.role', { width: 'medium' }),
      { kind: 'date', path: 'policy.approval.date' },
      choice('policy.classification', 'classification', { none: true }),
      { kind: 'image', path: 'policy.logo' },
    ],
  },
];
