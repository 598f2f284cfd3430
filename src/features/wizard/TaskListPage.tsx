import { useTranslation } from 'react-i18next';
import { Tag } from '@/components/ui/Layout';
import { Link } from '@/app/Link';
import { usePageTitle } from '@/app/usePageTitle';
import { PARTS } from '@/domain/answers';
import { useDraft, type PartStatus } from '@/features/draft/store';
import { pagePath } from './flow';
import { pagesOf } from './questions';

const TONE: Record<PartStatus, 'grey' | 'blue' | 'green'> = {
  notStarted: 'grey',
  inProgress: 'blue',
  completed: 'green',
};

/** The parts of the policy with their status, done in any order, always open to change. */
export function TaskListPage() {
  const { t } = useTranslation();
  const progress = useDraft((state) => state.progress);
  const heading = t('tasks.title');
  usePageTitle(heading);
  const done = PARTS.filter((part) => progress[part] === 'completed').length;

  return (
    <div className="page-narrow">
      <h1 tabIndex={-1}>{heading}</h1>
      <p>{t('tasks.intro')}</p>
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
                <Tag tone={TONE[progress[part]]}>{t(`tasks.status.${progress[part]}`)}</Tag>
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
