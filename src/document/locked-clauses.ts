/**
 * Clauses the user may reword but never leave out: each protects a right of the staff that the
 * law of the places where it is printed guards, and without it the limits elsewhere in the policy
 * could be read as restricting that right. A clause is only in a policy where it applies (the
 * templates print the NLRA clause for US private employers only, the public-employee clause for
 * public bodies), so a lock needs no condition of its own.
 *
 * The reason is an id; the app words it in the user's language (`wording.locked.<reason>`).
 */
export const LOCKED_CLAUSES = {
  // NLRA Section 7 (concerted activity); the NLRB reads broad social media rules as restricting it.
  'legal.protected-rights': 'employeeRights',
  // Public employees' freedom of expression (DK: Grundloven § 77 and the public-sector guidance;
  // US: the First Amendment for public employers).
  'legal.free-expression': 'publicSpeech',
  // Staff must be told about monitoring before it starts: GDPR/UK GDPR Article 13; New York Civil
  // Rights Law § 52-c for US employers there; Ontario ESA Part XI.1 (the written monitoring policy).
  'security.monitoring': 'monitoring',
  // Confidentiality rules must not stop staff from reporting wrongdoing (EU Directive 2019/1937,
  // the Danish whistleblower act, UK PIDA, US whistleblower laws).
  'legal.wrongdoing': 'whistleblowing',
} as const satisfies Record<string, string>;

export type LockReason = (typeof LOCKED_CLAUSES)[keyof typeof LOCKED_CLAUSES];

/** Why the clause can't be left out, or undefined when it can. */
export function lockReason(clauseId: string): LockReason | undefined {
  return Object.hasOwn(LOCKED_CLAUSES, clauseId)
    ? LOCKED_CLAUSES[clauseId as keyof typeof LOCKED_CLAUSES]
    : undefined;
}
