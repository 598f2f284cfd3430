import type { Answers } from '@/domain/answers';

/**
 * The annexes at the end of the policy, in order. Each starts on a page of its own and can be
 * downloaded alone, because each is used alone: the acknowledgement form is signed and filed,
 * the crisis contact sheet is pinned up, the account inventory is kept by the policy owner.
 * Their text is in `templates/<locale>/annex-<id>.md`; whether an organisation has one is decided
 * here, from the answers, so the letters the policy refers to ("Annex B") are known before any
 * text is rendered.
 */
export const ANNEX_IDS = ['acknowledgement', 'contacts', 'accounts'] as const;
export type AnnexId = (typeof ANNEX_IDS)[number];

const applies: Record<AnnexId, (answers: Answers) => boolean> = {
  acknowledgement: () => true,
  // With a separate crisis plan the contact list is kept there, not in the policy.
  contacts: (answers) => !answers.crisis.separatePlan && answers.crisis.contacts.length > 0,
  accounts: (answers) => answers.roles.accounts.length > 0,
};

/** The letter of each annex this organisation's policy has (A, B, C in order); absent ones are left out. */
export function annexLetters(answers: Answers): Partial<Record<AnnexId, string>> {
  const present = ANNEX_IDS.filter((id) => applies[id](answers));
  return Object.fromEntries(present.map((id, index) => [id, String.fromCharCode(65 + index)]));
}

/**
 * Whether the annex is a sheet of its own, left out of the end of the policy. The compact policy,
 * the staff's own few pages, keeps only the form they sign (always Annex A): the contact sheet,
 * pinned up, and the account list, kept by the policy owner, are downloaded apart.
 */
export const leftApart = (id: AnnexId, answers: Answers): boolean =>
  answers.policy.length === 'compact' && id !== 'acknowledgement';
