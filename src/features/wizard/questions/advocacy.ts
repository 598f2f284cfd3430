import { choice, text, yesNo, type QuestionPage } from './fields';

// 6. Advocacy
export const ADVOCACY_PAGES: readonly QuestionPage[] = [
  {
    id: 'sharing',
    part: 'advocacy',
    fields: [
      yesNo('advocacy.programme', { showIf: (a) => a.roles.employeesMayShare === true }),
      text('advocacy.contentLibrary', { showIf: (a) => a.roles.employeesMayShare === true }),
      yesNo('advocacy.incentives'),
      choice('advocacy.engageWithMentions', 'engageWithMentions'),
      text('advocacy.negativeCommentsContact'),
    ],
  },
];
