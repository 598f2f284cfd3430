import { useTranslation } from 'react-i18next';
import type { UseFormRegister } from 'react-hook-form';
import { Checkboxes, DateInput, Radios, Textarea, TextInput } from '@/components/ui/Field';
import type { DatePart } from '@/lib/date-parts';
import { fieldId, type PageValues } from './form-values';
import type { Field } from './questions';

interface Props {
  field: Exclude<Field, { kind: 'list' | 'textList' | 'image' }>;
  /** The full path in the form, e.g. `roles.accounts.2.handle`. */
  path: string;
  /** Where the field's words are in the wizard resources, e.g. `fields.roles.accounts.handle`. */
  textKey: string;
  register: UseFormRegister<PageValues>;
  error?: string;
  /** For a date, the parts the error is about (the others are not marked). */
  errorParts?: readonly DatePart[];
  /** The page's only question is asked by the page heading, so its label is the heading. */
  labelAsHeading?: boolean;
  /** Overrides the label from `textKey` (a list's items are labelled "Network 2" and so on). */
  label?: string;
  /** The hint's key under `textKey` when it is not `hint` (it depends on other answers). */
  hintKey?: string;
  /** A tag under the label, e.g. "Example answer". */
  tag?: string;
}

/** One question of a page, as the control its kind calls for, with its label, hint and error. */
export function FieldInput({
  field,
  path,
  textKey,
  register,
  error,
  errorParts,
  labelAsHeading,
  label: labelOverride,
  hintKey = 'hint',
  tag,
}: Props) {
  const { t } = useTranslation();
  const id = fieldId(path);
  const label = labelOverride ?? t(`wizard:${textKey}.label`);
  const hint = labelOverride
    ? undefined
    : t(`wizard:${textKey}.${hintKey}`, { defaultValue: '' }) || undefined;
  const optional = field.required ? undefined : t('question.optional');
  const common = { label, hint, optional, error, errorPrefix: t('question.errorPrefix'), tag };

  // Three fields, each registered on its own part: the form holds the date as { day, month, year }.
  if (field.kind === 'date')
    return (
      <DateInput
        id={id}
        legend={label}
        legendAsHeading={labelAsHeading}
        hint={hint}
        example={t('dateInput.example')}
        optional={optional}
        error={error}
        errorParts={errorParts}
        errorPrefix={t('question.errorPrefix')}
        tag={tag}
        partLabels={{ day: t('dateInput.day'), month: t('dateInput.month'), year: t('dateInput.year') }}
        registrations={{
          day: register(`${path}.day`),
          month: register(`${path}.month`),
          year: register(`${path}.year`),
        }}
      />
    );
  const registration = register(path);

  switch (field.kind) {
    case 'text':
      return (
        <TextInput
          id={id}
          {...common}
          registration={registration}
          width={field.width}
          inputMode={field.inputMode}
          autoComplete={field.autoComplete}
          labelAsHeading={labelAsHeading}
        />
      );
    case 'textarea':
      return <Textarea id={id} {...common} registration={registration} labelAsHeading={labelAsHeading} />;
    case 'yesNo':
      return (
        <Radios
          name={path}
          idPrefix={id}
          legend={label}
          hint={hint}
          tag={tag}
          // Like other radios, never "(optional)": an unanswered yes/no leaves its clause out.
          error={error}
          errorPrefix={t('question.errorPrefix')}
          inline={!field.recommended}
          options={[
            { value: 'yes', label: t('question.yes') },
            { value: 'no', label: t('question.no') },
            ...(field.recommended ? [{ value: 'recommended', label: t('question.recommended') }] : []),
          ]}
          registration={registration}
        />
      );
    case 'radios':
    case 'checkboxes': {
      const Group = field.kind === 'radios' ? Radios : Checkboxes;
      return (
        <Group
          name={path}
          idPrefix={id}
          legend={label}
          hint={hint}
          tag={tag}
          optional={field.kind === 'checkboxes' ? optional : undefined}
          error={error}
          errorPrefix={t('question.errorPrefix')}
          options={[
            ...field.options.map((value) => ({
              value,
              label: t(`wizard:options.${field.group}.${value}`),
              hint: t(`wizard:optionHints.${field.group}.${value}`, { defaultValue: '' }) || undefined,
            })),
            // An answer that may stay empty: its last choice takes a choice back ("No set time").
            ...(field.kind === 'radios' && field.none
              ? [{ value: '', label: t(`wizard:${textKey}.none`) }]
              : []),
          ]}
          registration={registration}
        />
      );
    }
  }
}
