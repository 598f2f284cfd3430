import type { TFunction } from 'i18next';
import type { Part } from '@/domain/answers';
import { listItemName } from '@/features/wizard/validate';
import { QUESTION_PAGES } from '@/features/wizard/questions';

/**
 * An answer's question as the wizard asks it, for a concrete path: "Who may speak on behalf of the
 * organisation …", or for a list item "Account 2: What the account is for".
 */
export function answerLabel(path: string, t: TFunction): string {
  for (const { page, field } of fields()) {
    if (field.path === path) return t(`wizard:fields.${path}.label`);
    if (!path.startsWith(`${field.path}.`)) continue;
    const item = listItemName(page, path, t) ?? '';
    if (field.kind === 'textList') return `${t(`wizard:fields.${field.path}.label`)}: ${item}`;
    const inner = path.split('.').at(-1);
    return `${item}: ${t(`wizard:fields.${field.path}.${inner}.label`)}`;
  }
  return path;
}

/** The wizard's part that asks for an answer (`policy.title` is asked in the organisation part). */
export function answerPart(path: string): Part | undefined {
  return fields().find(({ field }) => field.path === path || path.startsWith(`${field.path}.`))?.page.part;
}

const fields = () => QUESTION_PAGES.flatMap((page) => page.fields.map((field) => ({ page, field })));
