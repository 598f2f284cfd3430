import { choices, text, yesNo, type QuestionPage } from './fields';

// 4. The law
export const LEGAL_PAGES: readonly QuestionPage[] = [
  {
    id: 'data',
    part: 'legal',
    fields: [
      choices('legal.dataSubjects', 'dataSubject'),
      yesNo('legal.testimonials'),
      text('legal.legalContact'),
      text('legal.dataProtectionContact'),
    ],
  },
  {
    id: 'confidential',
    part: 'legal',
    fields: [
      { kind: 'textList', path: 'legal.confidentialExamples' },
      yesNo('legal.whistleblowerScheme.exists'),
      text('legal.whistleblowerScheme.location', { showIf: (a) => a.legal.whistleblowerScheme.exists }),
    ],
  },
];
