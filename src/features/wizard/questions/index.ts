import type { Answers, Part } from '@/domain/answers';
import { ORGANISATION_PAGES } from './organisation';
import { ROLES_PAGES } from './roles';
import { SECURITY_PAGES } from './security';
import { CRISIS_PAGES } from './crisis';
import { LEGAL_PAGES } from './legal';
import { PERSONAL_PAGES } from './personal';
import { ADVOCACY_PAGES } from './advocacy';
import { ROLLOUT_PAGES } from './rollout';
import type { QuestionPage } from './fields';

export type { Field, QuestionPage } from './fields';

/**
 * The wizard's question pages, part by part: a few related questions per page, in the order of
 * the policy. Each field names its answer by path in the answers schema; its words (label,
 * hint, "why we ask", error messages) are in the i18n resources under `fields.<path>`, and the
 * choices' labels under `options.<term group>.<id>`. Each part's pages are in a file of their own
 * here (organisation.ts … rollout.ts); the kinds of field and their builders are in fields.ts.
 */
export const QUESTION_PAGES: readonly QuestionPage[] = [
  ...ORGANISATION_PAGES,
  ...ROLES_PAGES,
  ...SECURITY_PAGES,
  ...CRISIS_PAGES,
  ...LEGAL_PAGES,
  ...PERSONAL_PAGES,
  ...ADVOCACY_PAGES,
  ...ROLLOUT_PAGES,
];

/** A part's pages; with answers, only those asked for them. */
export const pagesOf = (part: Part, answers?: Answers) =>
  QUESTION_PAGES.filter((page) => page.part === part && (!answers || (page.showIf?.(answers) ?? true)));
