import { choice, text, yesNo, type QuestionPage } from './fields';

// 5. Personal accounts
export const PERSONAL_PAGES: readonly QuestionPage[] = [
  {
    id: 'workplace',
    part: 'personal',
    fields: [
      choice('personal.workplaceContent', 'workplaceContent'),
      yesNo('personal.wearsUniform'),
      choice('personal.uniformRule', 'uniformRule', { showIf: (a) => a.personal.wearsUniform }),
    ],
  },
  {
    id: 'profiles',
    part: 'personal',
    fields: [
      choice('personal.employerInBio', 'employerInBio'),
      // With "allowed" the policy offers the disclaimer as a suggestion, so it is asked then too.
      text('personal.disclaimer', {
        showIf: (a) => a.personal.employerInBio !== 'notAllowed',
        hintFor: (a) => (a.personal.employerInBio === 'allowed' ? 'hintSuggested' : undefined),
      }),
      // Only advice, and only where a general duty to name the employer would be lawful and fitting.
      yesNo('personal.identifyAsEmployee', {
        showIf: (a) =>
          a.organisation.country !== 'US' &&
          a.organisation.sector !== 'public' &&
          !a.organisation.publiclyOwned,
      }),
    ],
  },
];
