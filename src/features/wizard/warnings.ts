import type { Answers } from '@/domain/answers';

/**
 * Choices that are risky where the organisation is: the wizard shows a warning under the
 * question while the risky choice is picked (it is never an error: the user may go on, and the
 * policy then prints a narrower rule). Data only: the field, when it applies, and the key of its
 * words under `warnings.` in the wizard resources.
 */
export interface ChoiceWarning {
  /** The answer's path, as in questions/. */
  field: string;
  /** Holds for the answers as they stand, the page's unsaved values included. */
  when: (answers: Answers) => boolean;
  /** `warnings.<message>` in wizard.json. */
  message: string;
}

const publicEmployer = (a: Answers) => a.organisation.sector === 'public' || a.organisation.publiclyOwned;
const limitsWorkplacePhotos = (a: Answers) =>
  a.personal.workplaceContent === 'askFirst' || a.personal.workplaceContent === 'notAllowed';

export const CHOICE_WARNINGS: readonly ChoiceWarning[] = [
  {
    // Public employees' free speech: no prior approval of what they say on their own behalf.
    field: 'personal.workplaceContent',
    when: (a) => a.organisation.country === 'DK' && publicEmployer(a) && limitsWorkplacePhotos(a),
    message: 'dkPublicWorkplaceContent',
  },
  {
    // NLRA section 7: photos of working conditions are protected concerted activity.
    field: 'personal.workplaceContent',
    when: (a) => a.organisation.country === 'US' && !publicEmployer(a) && limitsWorkplacePhotos(a),
    message: 'usPrivateWorkplaceContent',
  },
  {
    // The EU Whistleblower Directive (in Denmark the Whistleblower Act): a channel from 50 employees.
    field: 'legal.whistleblowerScheme.exists',
    when: (a) =>
      (a.organisation.country === 'DK' || a.organisation.country === 'EU') &&
      (a.organisation.sizeBand === '50to249' || a.organisation.sizeBand === '250plus') &&
      a.legal.whistleblowerScheme.exists === false,
    message: 'whistleblowerDuty',
  },
  {
    // Quebec's Charter of the French Language (as amended by Bill 96, 2022): an employer's written
    // communications to its staff are in French.
    field: 'policy.language',
    when: (a) =>
      a.organisation.country === 'CA' && a.organisation.province === 'QC' && a.policy.language !== 'fr',
    message: 'quebecFrench',
  },
];

/** The warnings that apply to a field for these answers, as keys of their words. */
export const warningsFor = (field: string, answers: Answers): string[] =>
  CHOICE_WARNINGS.filter((warning) => warning.field === field && warning.when(answers)).map(
    (warning) => warning.message,
  );

/** Whether a field can have a warning at all (only those get a live region for it). */
export const canWarn = (field: string): boolean => CHOICE_WARNINGS.some((warning) => warning.field === field);
