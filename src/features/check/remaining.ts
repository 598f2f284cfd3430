import { PARTS, type Answers, type Part } from '@/domain/answers';
import type { PartStatus } from '@/features/draft/store';
import { fieldId, isVisible } from '@/features/wizard/form-values';
import { pagePath } from '@/features/wizard/flow';
import { pagesOf } from '@/features/wizard/questions';

/**
 * What the user has not yet made their own before the policy is created: parts not marked as
 * completed, and answers still as the example gave them. Creating the policy with any of these
 * left is an explicit choice on the check page.
 */

export interface ExampleAnswer {
  path: string;
  /** The question page's id: questions on different pages may share a label ("Email address"). */
  pageId: string;
  /** The question, on its page, coming back to `returnTo` after Continue. */
  href: string;
}

export interface Remaining {
  unfinished: { part: Part; status: PartStatus; href: string }[];
  /** By part, in the order of the wizard; only answers the wizard asks for with these answers. */
  examples: { part: Part; answers: ExampleAnswer[] }[];
}

export function remainingChecks(
  answers: Answers,
  progress: Record<Part, PartStatus>,
  exampleAnswers: readonly string[],
  returnTo: string,
): Remaining {
  const unfinished = PARTS.filter((part) => progress[part] !== 'completed').map((part) => {
    const first = pagesOf(part, answers)[0];
    // A part not begun starts at its first question; any other is finished on its check page.
    const href = progress[part] === 'notStarted' && first ? pagePath(first) : `/${part}/check`;
    return { part, status: progress[part], href };
  });
  const examples = PARTS.map((part) => ({
    part,
    answers: pagesOf(part, answers).flatMap((page) =>
      page.fields
        .filter((field) => exampleAnswers.includes(field.path) && isVisible(field, answers))
        .map((field) => ({
          path: field.path,
          pageId: page.id,
          href: `${pagePath(page)}?return=${encodeURIComponent(returnTo)}#${fieldId(field.path)}`,
        })),
    ),
  })).filter((group) => group.answers.length > 0);
  return { unfinished, examples };
}

export const anyRemaining = ({ unfinished, examples }: Remaining) =>
  unfinished.length > 0 || examples.length > 0;
