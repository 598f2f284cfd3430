import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { Radios, Textarea, TextInput } from '@/components/ui/Field';
import { Button } from '@/components/ui/Layout';
import type { OwnClause } from '@/domain/answers';
import { TEXT_MAX, TITLE_MAX } from './edits';

export interface EditorValues {
  title: string;
  text: string;
  level: OwnClause['level'];
}

export interface ClauseEditorProps {
  /** Unique on the page: the fields' ids (and the error summary's links) start with it. */
  idPrefix: string;
  /** What the editor does, "Reword “3.1 Passwords”": its heading and the form's name. */
  heading: string;
  /** One level below the clause's heading it sits under (h3 under a section, h4 under a clause). */
  headingLevel: 'h3' | 'h4';
  initial: EditorValues;
  /** Adding a clause: she says whether it is a clause of this section or a section of its own. */
  askLevel?: boolean;
  titleHint?: string;
  /** An own clause needs a heading; a reworded one keeps the standard heading without one. */
  requireTitle: boolean;
  /** The message when the text is required and empty; undefined when it may be empty. */
  textRequired?: (values: EditorValues) => string | undefined;
  /** The language of the policy, for the spell checker: she writes policy text, not UI text. */
  lang: string;
  onSave: (values: EditorValues) => void;
  onCancel: () => void;
  /** Whether the editor shows errors, for the page's title ("Error: …"). */
  onErrors: (shown: boolean) => void;
}

type Problem = { field: 'title' | 'text'; message: string };

/**
 * The inline editor for a clause's heading and text: a form in the page where the clause is, not
 * a dialog, so she sees the clauses around it. Checked on Save only (GOV.UK): the problems in an
 * error summary at the top of the editor, which takes focus, and inline at each field; nothing
 * typed is lost.
 */
export function ClauseEditor(props: ClauseEditorProps) {
  const { idPrefix, heading, initial, askLevel, requireTitle, textRequired, lang } = props;
  const { t } = useTranslation();
  const { register, handleSubmit, setFocus, formState } = useForm<EditorValues>({ defaultValues: initial });
  const [problems, setProblems] = useState<Problem[]>([]);
  const { onErrors } = props;
  const headingId = `${idPrefix}-heading`;
  const Heading = props.headingLevel;

  // Into the editor as it opens, so keyboard and screen reader users start where it appeared.
  useEffect(() => setFocus('title'), [setFocus]);
  useEffect(() => {
    onErrors(problems.length > 0);
    return () => onErrors(false);
  }, [problems.length, onErrors]);

  const save = handleSubmit((values) => {
    const found: Problem[] = [];
    if (requireTitle && values.title.trim() === '')
      found.push({ field: 'title', message: t('wording.errors.titleRequired') });
    else if (values.title.trim().length > TITLE_MAX)
      found.push({ field: 'title', message: t('errors.tooLong', { max: TITLE_MAX }) });
    const missingText = values.text.trim() === '' ? textRequired?.(values) : undefined;
    if (missingText) found.push({ field: 'text', message: missingText });
    else if (values.text.trim().length > TEXT_MAX)
      found.push({ field: 'text', message: t('errors.tooLong', { max: TEXT_MAX.toLocaleString() }) });
    setProblems(found);
    if (found.length === 0) props.onSave(values);
  });
  const error = (field: Problem['field']) => problems.find((problem) => problem.field === field)?.message;
  const lines = initial.text.split('\n').length;

  return (
    <form
      className="wording-editor"
      noValidate
      aria-labelledby={headingId}
      onSubmit={(event) => void save(event)}
    >
      <Heading id={headingId} className="wording-editor__heading">
        {heading}
      </Heading>
      <ErrorSummary
        title={t('question.errorSummaryTitle')}
        errors={problems.map((problem) => ({
          href: `#${idPrefix}-${problem.field}`,
          message: problem.message,
        }))}
        focusKey={formState.submitCount}
      />
      {askLevel && (
        <Radios
          idPrefix={`${idPrefix}-level`}
          legend={t('wording.editor.level')}
          errorPrefix={t('question.errorPrefix')}
          options={[
            { value: 'clause', label: t('wording.editor.levelClause') },
            { value: 'section', label: t('wording.editor.levelSection') },
          ]}
          registration={register('level')}
        />
      )}
      <TextInput
        id={`${idPrefix}-title`}
        label={t('wording.editor.title')}
        hint={props.titleHint}
        error={error('title')}
        errorPrefix={t('question.errorPrefix')}
        lang={lang}
        registration={register('title')}
      />
      <Textarea
        id={`${idPrefix}-text`}
        label={t('wording.editor.text')}
        hint={t('wording.editor.textHint')}
        error={error('text')}
        errorPrefix={t('question.errorPrefix')}
        lang={lang}
        rows={Math.min(20, Math.max(6, lines + 2))}
        registration={register('text')}
      />
      <div className="ui-button-group">
        <Button type="submit">{t('wording.editor.save')}</Button>
        <Button variant="secondary" onClick={props.onCancel}>
          {t('wording.editor.cancel')}
        </Button>
      </div>
    </form>
  );
}
