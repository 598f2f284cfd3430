import { useTranslation } from 'react-i18next';
import { Link } from '@/components/navigation/Link';
import { usePageTitle } from '@/components/ui/usePageTitle';
import { PARTS } from '@/domain/answers';
import { useDraft } from '@/features/draft/store';
import { pagePath } from './flow';
import { PartStatusTag } from './PartStatusTag';
import { pagesOf } from './questions';

/** The parts of the policy with their status, done in any order, always open to change. */
export function TaskListPage() {
  const { t } = useTranslation();
  const progress = useDraft((state) => state.progress);
  const fromExample = useDraft((state) => state.exampleAnswers.length > 0);
  const heading = t('tasks.title');
  usePageTitle(heading);
  const done = PARTS.filter((part) => progress[part] === 'completed').length;

  return (
    <div className="page-narrow">
      <h1 tabIndex={-1}>{heading}</h1>
      <p>{t('tasks.intro')}</p>
      {fromExample && <p className="ui-inset">{t('tasks.exampleIntro')}</p>}
      <p className="tasks-progress">{t('tasks.progress', { done, total: PARTS.length })}</p>
      <ol className="task-list">
        {PARTS.map((part) => {
          const first = pagesOf(part)[0];
          const href = progress[part] === 'completed' || !first ? `/${part}/check` : pagePath(first);
          const statusId = `status-${part}`;
          return (
            <li key={part} className="task-list__item">
              <div className="task-list__name">
                <Link href={href} aria-describedby={statusId}>
                  {t(`wizard:parts.${part}.title`)}
                </Link>
                <p className="task-list__hint">{t(`wizard:parts.${part}.description`)}</p>
              </div>
              <span id={statusId} className="task-list__status">
                <PartStatusTag status={progress[part]} />
              </span>
            </li>
          );
        })}
      </ol>
      <h2>{t('tasks.checkHeading')}</h2>
      <p>
        <Link href="/check">{t('tasks.check')}</Link>
      </p>
      <p>
        <Link href="/start-again" className="link-warning">
          {t('tasks.startAgain')}
        </Link>
      </p>
    </div>
  );
}
