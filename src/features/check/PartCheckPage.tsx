import { asLocale } from '@/i18n/i18n';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { BackLink, Button, SummaryList } from '@/components/ui/Layout';
import { Radios } from '@/components/ui/Field';
import { followLink, navigate } from '@/components/navigation/router';
import { usePageTitle } from '@/components/ui/usePageTitle';
import type { Part } from '@/domain/answers';
import { useDraft } from '@/features/draft/store';
import { pagePath } from '@/features/wizard/flow';
import { pagesOf } from '@/features/wizard/questions';
import { summaryRows } from './summary';

/** The end of a part: its answers to check, and "Have you completed this part?". */
export function PartCheckPage({ part }: { part: Part }) {
  const { t, i18n } = useTranslation();
  const answers = useDraft((state) => state.answers);
  const status = useDraft((state) => state.progress[part]);
  const setPartStatus = useDraft((state) => state.setPartStatus);
  const exampleAnswers = useDraft((state) => state.exampleAnswers);
  const { register, handleSubmit } = useForm<{ completed: 'yes' | 'no' | '' }>({
    defaultValues: { completed: status === 'completed' ? 'yes' : '' },
  });
  const heading = t('check.partTitle', { part: t(`wizard:parts.${part}.title`) });
  usePageTitle(heading);
  const pages = pagesOf(part, answers);
  const rows = summaryRows(part, answers, `/${part}/check`, t, asLocale(i18n.language), exampleAnswers);
  const anyExample = rows.some((row) => exampleAnswers.includes(row.path));

  return (
    <div className="page-narrow page-check">
      <BackLink href={pages.length ? pagePath(pages[pages.length - 1]!) : '/tasks'} onClick={followLink}>
        {t('nav.back')}
      </BackLink>
      <h1 tabIndex={-1}>{heading}</h1>
      <SummaryList rows={rows} />
      <form
        noValidate
        onSubmit={(event) =>
          void handleSubmit(({ completed }) => {
            // "Completed" confirms what this page shows, example answers included (the hint says so).
            if (completed === 'yes')
              setPartStatus(
                part,
                'completed',
                rows.map((row) => row.path),
              );
            else setPartStatus(part, 'inProgress');
            navigate('/tasks');
          })(event)
        }
      >
        <Radios
          name="completed"
          idPrefix="f-completed"
          legend={t('check.completeQuestion')}
          hint={anyExample ? t('check.completeExampleHint') : undefined}
          errorPrefix={t('question.errorPrefix')}
          options={[
            { value: 'yes', label: t('check.completeYes') },
            { value: 'no', label: t('check.completeNo') },
          ]}
          registration={register('completed')}
        />
        <Button type="submit">{t('nav.continue')}</Button>
      </form>
    </div>
  );
}
