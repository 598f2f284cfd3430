import { useEffect, useRef } from 'react';
import { useFieldArray, type Control, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldTag } from '@/components/ui/Field';
import { Button } from '@/components/ui/Layout';
import { fieldId, type PageValues } from './form-values';
import { FieldInput } from './FieldInput';
import type { Field } from './questions';

type ListDefinition = Extract<Field, { kind: 'textList' }>;

interface Props {
  field: ListDefinition;
  control: Control<PageValues>;
  register: UseFormRegister<PageValues>;
  errorAt: (path: string) => string | undefined;
  /** A tag for the whole list under its legend, e.g. "Example answer". */
  tag?: string;
}

/**
 * A list of short texts answered in place: each item is one text field with a Remove button, and
 * "Add" appends an empty one and moves focus into it. No drag and drop: order is the order added.
 * (A list of records has a page per item instead: ListSummary.)
 */
export function ListField({ field, control, register, errorAt, tag }: Props) {
  const { t } = useTranslation();
  const key = `wizard:fields.${field.path}`;
  // useFieldArray needs objects; a list of texts is held as { value } and unwrapped on save.
  const { fields: items, append, remove } = useFieldArray({ control, name: field.path as never });
  const listError = errorAt(field.path);
  const hint = t(`${key}.hint`, { defaultValue: '' });

  const add = () => {
    append({ value: '' } as never, { focusName: `${field.path}.${items.length}.value` });
  };

  // After Remove, focus goes to the item that took its place (or the one before, or the list),
  // not to the page's start: the button that had it is gone.
  const focusAfterRemove = useRef<number | null>(null);
  const removeItem = (index: number) => {
    focusAfterRemove.current = index;
    remove(index);
  };
  useEffect(() => {
    const removed = focusAfterRemove.current;
    if (removed === null) return;
    focusAfterRemove.current = null;
    const next = Math.min(removed, items.length - 1);
    const target =
      next >= 0
        ? document.getElementById(`${fieldId(field.path)}-item-${next}`)
        : document.getElementById(fieldId(field.path));
    target?.focus();
  }, [items.length, field.path]);

  return (
    <fieldset
      className={`ui-list${listError ? ' ui-list--error' : ''}`}
      id={fieldId(field.path)}
      tabIndex={-1}
      aria-describedby={
        [
          tag && `${fieldId(field.path)}-tag`,
          hint && `${fieldId(field.path)}-hint`,
          listError && `${fieldId(field.path)}-error`,
        ]
          .filter(Boolean)
          .join(' ') || undefined
      }
    >
      <legend className="ui-legend ui-list__legend">
        {t(`${key}.label`)}
        {!field.required && <span className="ui-optional"> {t('question.optional')}</span>}
      </legend>
      {tag && <FieldTag id={`${fieldId(field.path)}-tag`} text={tag} />}
      {hint && (
        <p className="ui-hint" id={`${fieldId(field.path)}-hint`}>
          {hint}
        </p>
      )}
      {listError && (
        <p className="ui-error-message" id={`${fieldId(field.path)}-error`}>
          <span className="visually-hidden">{t('question.errorPrefix')}</span> {listError}
        </p>
      )}
      {items.length === 0 && <p className="ui-list__empty">{t(`${key}.empty`)}</p>}
      {items.map((item, index) => {
        const itemPath = `${field.path}.${index}`;
        const title = t(`${key}.itemLabel`, { number: index + 1 });
        return (
          <div
            key={item.id}
            id={`${fieldId(field.path)}-item-${index}`}
            tabIndex={-1}
            className="ui-list__item"
            role="group"
            aria-label={title}
          >
            <FieldInput
              field={{ kind: 'text', path: 'value' }}
              path={`${itemPath}.value`}
              textKey={`fields.${field.path}`}
              label={title}
              register={register}
              error={errorAt(itemPath)}
            />
            <Button variant="secondary" onClick={() => removeItem(index)}>
              {t(`${key}.remove`)}
              <span className="visually-hidden"> {title}</span>
            </Button>
          </div>
        );
      })}
      <Button variant="secondary" onClick={add}>
        {/* "Add another example" only once there is one. */}
        {items.length === 0 ? t(`${key}.addFirst`, { defaultValue: t(`${key}.add`) }) : t(`${key}.add`)}
      </Button>
    </fieldset>
  );
}
