import { choice, choices, text, yesNo, type QuestionPage } from './fields';

// 7. Roll-out and upkeep
export const ROLLOUT_PAGES: readonly QuestionPage[] = [
  {
    id: 'consultation',
    part: 'rollout',
    fields: [
      {
        kind: 'list',
        path: 'rollout.stakeholders',
        item: [choice('group', 'stakeholder'), text('name')],
        newItem: () => ({ group: 'hr', name: '' }),
        titleFields: ['group', 'name'],
      },
    ],
  },
  {
    id: 'launch',
    part: 'rollout',
    fields: [
      choices('rollout.locations', 'policyLocation'),
      choice('rollout.launch', 'launchType'),
      { kind: 'textList', path: 'rollout.keyChanges', showIf: (a) => a.rollout.launch === 'update' },
      yesNo('rollout.training'),
    ],
  },
  {
    id: 'review',
    part: 'rollout',
    fields: [
      choice('rollout.reviewCadence', 'reviewCadence'),
      { kind: 'date', path: 'rollout.nextReviewDate' },
      yesNo('rollout.audits'),
      yesNo('rollout.listening'),
    ],
  },
];
