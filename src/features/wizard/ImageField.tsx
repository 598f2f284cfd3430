import { useRef } from 'react';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ImageUpload } from '@/components/ui/ImageUpload';
import { LOGO_TYPES } from '@/domain/options';
import { fieldId, isLogo, type PageValues } from './form-values';
import type { Field } from './questions';
import { LOGO_MAX_SIZE_TEXT, logoUrl, readLogo } from './read-logo';

interface Props {
  field: Extract<Field, { kind: 'image' }>;
  control: Control<PageValues>;
  /** The message inline, from the page's errors (the same words as in its error summary). */
  error?: string;
  tag?: string;
  /**
   * A file was refused (the message) or one was kept (undefined): the page puts the message in
   * its error summary at once, as it does on Continue, and takes it out again.
   */
  onProblem: (path: string, message: string | undefined) => void;
}

/**
 * A picture for the policy (the logo), chosen from a file and kept in the page's form as the
 * answer itself: name, type, bytes in base64, size in pixels. The file input can't hold it (it
 * is emptied after each choice), so the form holds it through a controller. A file refused
 * never replaces the picture already there.
 */
export function ImageField({ field, control, error, tag, onProblem }: Props) {
  const { t } = useTranslation();
  const { field: answer } = useController({ control, name: field.path });
  const logo = isLogo(answer.value) ? answer.value : null;
  const key = `wizard:fields.${field.path}`;
  // Files are read one at a time, but a slow read must not land after a later choice or a removal.
  const latest = useRef(0);

  const choose = async (file: File) => {
    latest.current += 1;
    const attempt = latest.current;
    const result = await readLogo(file, file.name);
    if (attempt !== latest.current) return;
    if (result.ok) answer.onChange(result.logo);
    onProblem(
      field.path,
      result.ok ? undefined : t(`${key}.${result.problem}`, { size: LOGO_MAX_SIZE_TEXT }),
    );
  };
  const remove = () => {
    latest.current += 1;
    answer.onChange(null);
    onProblem(field.path, undefined);
  };

  return (
    <ImageUpload
      id={fieldId(field.path)}
      label={t(`${key}.label`)}
      hint={t(`${key}.hint`, { size: LOGO_MAX_SIZE_TEXT })}
      optional={field.required ? undefined : t('question.optional')}
      error={error}
      errorPrefix={t('question.errorPrefix')}
      tag={tag}
      accept={LOGO_TYPES.join(',')}
      chosen={
        logo && {
          src: logoUrl(logo),
          width: logo.width,
          height: logo.height,
          description: t(`${key}.details`, {
            fileName: logo.fileName,
            width: logo.width,
            height: logo.height,
          }),
        }
      }
      chosenLabel={t(`${key}.chosen`)}
      removeLabel={t(`${key}.remove`)}
      onChoose={(file) => void choose(file)}
      onRemove={remove}
    />
  );
}
