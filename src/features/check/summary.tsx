import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { followLink } from '@/components/navigation/router';
import { FieldTag } from '@/components/ui/Field';
import { formatDate } from '@/document/format';
import type { Locale } from '@/document/template';
import type { Answers, Part } from '@/domain/answers';
import { getPath } from '@/lib/path';
import { fieldId, isLogo, isVisible } from '@/features/wizard/form-values';
import { pagePath } from '@/features/wizard/flow';
import { pagesOf, type Field } from '@/features/wizard/questions';

/** A part's answers as "check your answers" rows: a short statement each, with a Change link. */

export interface SummaryRow {
  /** The answer's field path. */
  path: string;
  key: string;
  value: ReactNode;
  change: { href: string; label: string; hiddenContext: string; onClick: typeof followLink };
}

function formatValue(field: Field, value: unknown, t: TFunction, locale: Locale): ReactNode {
  const notProvided = <span className="summary-empty">{t('check.notProvided')}</span>;
  switch (field.kind) {
    case 'yesNo':
      if (value === 'recommended') return t('question.recommended');
      if (typeof value === 'boolean') return value ? t('question.yes') : t('question.no');
      return notProvided;
    case 'radios':
      if (typeof value === 'string' && value) return t(`wizard:options.${field.group}.${value}`);
      // "No set time" is an answer too, not a skipped question.
      return field.none ? t(`wizard:fields.${field.path}.none`) : notProvided;
    case 'checkboxes':
      return Array.isArray(value) && value.length > 0
        ? value.map((id: string) => t(`wizard:options.${field.group}.${id}`)).join(', ')
        : notProvided;
    case 'date':
      return typeof value === 'string' && value ? formatDate(value, locale) : notProvided;
    case 'image':
      // The file's name and size, as the question shows it: the picture itself is on the cover.
      return isLogo(value)
        ? t(`wizard:fields.${field.path}.details`, {
            fileName: value.fileName,
            width: value.width,
            height: value.height,
          })
        : notProvided;
    case 'textList':
      return Array.isArray(value) && value.length > 0 ? (
        <ul className="summary-list">
          {value.map((item: string, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      ) : (
        notProvided
      );
    case 'list':
      return Array.isArray(value) && value.length > 0 ? (
        <ul className="summary-list">
          {value.map((item: Record<string, unknown>, index) => (
            <li key={index}>
              {field.item
                .filter((inner) => inner.showIfItem?.(item) ?? true)
                .map((inner) => {
                  const shown = formatValue(inner, item[inner.path], t, locale);
                  return typeof shown === 'string' ? shown : null;
                })
                .filter(Boolean)
                .join(' · ')}
            </li>
          ))}
        </ul>
      ) : (
        notProvided
      );
    default:
      return typeof value === 'string' && value ? value : notProvided;
  }
}

export function summaryRows(
  part: Part,
  answers: Answers,
  returnTo: string,
  t: TFunction,
  locale: Locale,
  /** Answers still the example's: tagged "Example answer". */
  exampleAnswers: readonly string[] = [],
): SummaryRow[] {
  return pagesOf(part, answers).flatMap((page) =>
    page.fields
      .filter((field) => isVisible(field, answers))
      .map((field) => {
        const label = t(`wizard:fields.${field.path}.label`);
        const value = formatValue(field, getPath(answers, field.path), t, locale);
        return {
          path: field.path,
          key: label,
          value: exampleAnswers.includes(field.path) ? (
            <>
              {value}
              <FieldTag text={t('question.exampleAnswer')} />
            </>
          ) : (
            value
          ),
          change: {
            href: `${pagePath(page)}?return=${encodeURIComponent(returnTo)}#${fieldId(field.path)}`,
            label: t('check.change'),
            // Only the first letter: "Hvilket land arbejder I i?" keeps its "I" (you), and names keep theirs.
            onClick: followLink,
            hiddenContext: label.charAt(0).toLowerCase() + label.slice(1),
          },
        };
      }),
  );
}
