import type { Answers } from './answers';

/**
 * What an HR person must answer before the policy is finished. Everything else may stay empty:
 * the template then uses neutral wording. These are reported (by the CLI's `validate` and the
 * wizard's check page), never enforced at load, so a draft always opens and renders.
 */
export interface MissingAnswer {
  path: string;
  /** English, for the command line; the wizard shows its own translated text per path. */
  message: string;
}

const RULES: { path: string; message: string; missing: (a: Answers) => boolean }[] = [
  { path: 'organisation.name', message: "the organisation's name", missing: (a) => !a.organisation.name },
  {
    path: 'organisation.province',
    message: 'the Canadian province or territory',
    missing: (a) => a.organisation.country === 'CA' && !a.organisation.province,
  },
  {
    path: 'organisation.networks',
    message: 'which social networks the organisation uses',
    missing: (a) => a.organisation.networks.length === 0,
  },
  {
    path: 'policy.owner.name',
    message: "the policy owner's name or function",
    missing: (a) => !a.policy.owner.name && !a.policy.owner.function,
  },
  {
    path: 'policy.owner.email',
    message: "the policy owner's e-mail address",
    missing: (a) => !a.policy.owner.email,
  },
  {
    path: 'roles.spokespeople',
    message: 'who may speak for the organisation',
    missing: (a) => !a.roles.spokespeople,
  },
  {
    path: 'security.reportTo.name',
    message: 'whom to tell about a security concern',
    missing: (a) => !a.security.reportTo.name && !a.security.reportTo.email,
  },
  {
    path: 'crisis.contacts',
    message: 'at least one emergency contact',
    missing: (a) => a.crisis.contacts.length === 0 && !a.crisis.separatePlan,
  },
];

export function missingAnswers(answers: Answers): MissingAnswer[] {
  return RULES.filter((rule) => rule.missing(answers)).map(({ path, message }) => ({ path, message }));
}
