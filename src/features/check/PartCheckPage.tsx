import { asLocale } from '@/i18n/i18n';
import { useTranslation } from 'react-i18next';
import { BackLink, Button, SummaryList } from '@/components/ui/Layout';
import { followLink, navigate } from '@/components/navigation/router';
import { usePageTitle } from '@/components/ui/usePageTitle';
import { PARTS, type Answers, type Part } from '@/domain/answers';
import { useDraft, type PartStatus } from '@/features/draft/store';
import { pagePath } from '@/features/wizard/flow';
import { pagesOf } from '@/features/wizard/questions';
import { summaryRows } from './summary';

/**
 * The end of a part: its answers to check, then "Mark as completed and continue", which goes
 * straight on to the next part not yet completed (or to checking the whole policy), or "I'm not
 * finished", back to the task list. Once a button rather than GOV.UK's "Have you completed this
 * section?" radios and a return to the task list after every part: 16 clicks and 8 screens fewer
 * from a blank start to a policy, and the task list is still a click away.
 */
export function PartCheckPage({ part }: { part: Part }) {
  const { t, i18n } = useTranslation();
  const answers = useDraft((state) => state.answers);
  const setPartStatus = useDraft((state) => state.setPartStatus);
  const exampleAnswers = useDraft((state) => state.exampleAnswers);
  const progress = useDraft((state) => state.progress);
  const status = progress[part];
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
        onSubmit={(event) => {
          event.preventDefault();
          // "Completed" confirms what this page shows, example answers included (the hint says so).
          setPartStatus(
            part,
            'completed',
            rows.map((row) => row.path),
          );
          navigate(nextUnfinished(part, progress, answers));
        }}
      >
        {anyExample && <p className="ui-hint">{t('check.completeExampleHint')}</p>}
        <div className="ui-button-group">
          <Button type="submit">
            {status === 'completed' ? t('nav.continue') : t('check.completeAndContinue')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              setPartStatus(part, 'inProgress');
              navigate('/tasks');
            }}
          >
            {t('check.notFinished')}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** After this part: the first page of the next part not completed, in order, else the whole check. */
function nextUnfinished(part: Part, progress: Record<Part, PartStatus>, answers: Answers): string {
  const index = PARTS.indexOf(part);
  const after = [...PARTS.slice(index + 1), ...PARTS.slice(0, index)];
  const next = after.find((candidate) => progress[candidate] !== 'completed');
  const first = next && pagesOf(next, answers)[0];
  return first ? pagePath(first) : '/check';
}
