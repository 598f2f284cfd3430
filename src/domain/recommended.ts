import type { Answers } from './answers';

/**
 * Technical questions an HR person may answer "I don't know – use recommended practice". The
 * policy then states the recommended rule as the organisation's own, and the check page lists
 * the question so that IT can confirm it before the policy is published.
 *
 * The recommendations: no fixed password rotation, but a change on any sign of misuse and when
 * someone leaves (NIST SP 800-63B and the UK NCSC advise against scheduled expiry); two-factor
 * authentication on every official account; updates installed automatically; official accounts
 * used only from the organisation's own, managed devices; access removed on the day someone leaves.
 */
export const RECOMMENDED_PRACTICE = {
  'security.passwordChange': 'onSuspicion',
  'security.twoFactor': true,
  'security.softwareUpdates': 'automatic',
  'security.devices': 'companyOnly',
  'security.removeAccessSameDay': true,
} as const;

export type RecommendedPath = keyof typeof RECOMMENDED_PRACTICE;

const get = (answers: Answers, path: RecommendedPath): unknown => {
  const [part, field] = path.split('.') as [keyof Answers, string];
  return (answers[part] as Record<string, unknown>)[field];
};

/** The questions answered "use recommended practice", in the order of the wizard. */
export function questionsToConfirm(answers: Answers): RecommendedPath[] {
  return (Object.keys(RECOMMENDED_PRACTICE) as RecommendedPath[]).filter(
    (path) => get(answers, path) === 'recommended',
  );
}

/** The answers with every "use recommended practice" replaced by the rule it stands for. */
export function withRecommendedPractice(answers: Answers): Answers {
  const open = questionsToConfirm(answers);
  if (open.length === 0) return answers;
  const security = { ...answers.security };
  for (const path of open) {
    const field = path.split('.')[1] as keyof typeof security;
    (security as Record<string, unknown>)[field] = RECOMMENDED_PRACTICE[path];
  }
  return { ...answers, security };
}
