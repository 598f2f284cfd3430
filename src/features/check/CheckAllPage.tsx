import { asLocale } from '@/i18n/i18n';
import { useTranslation } from 'react-i18next';
import { BackLink, Button, SummaryList } from '@/components/ui/Layout';
import { Link } from '@/app/Link';
import { followLink, navigate } from '@/app/router';
import { usePageTitle } from '@/app/usePageTitle';
import { PARTS } from '@/domain/answers';
import { questionsToConfirm } from '@/domain/recommended';
import { missingAnswers } from '@/domain/required';
import { useDraft } from '@/features/draft/store';
import { fieldId } from '@/features/wizard/form-values';
import { pagePath } from '@/features/wizard/flow';
import { QUESTION_PAGES } from '@/features/wizard/questions';
import { summaryRows } from './summary';

/** Every answer on one page, grouped by part, with what is still missing, then "Create the policy". */
export function CheckAllPage() {
  const { t, i18n } = useTranslation();
  const answers = useDraft((state) => state.answers);
  const heading = t('check.allTitle');
  usePageTitle(heading);
  const missing = missingAnswers(answers);
  const toConfirm = questionsToConfirm(answers);

  return (
    <div className="page-narrow page-check">
      <BackLink href="/tasks" onClick={followLink}>
        {t('nav.back')}
      </BackLink>
      <h1 tabIndex={-1}>{heading}</h1>
      <p>{t('check.allIntro')}</p>
      {missing.length > 0 && (
        <QuestionList
          heading={t('check.missingHeading')}
          intro={t('check.missingIntro')}
          paths={missing.map((item) => item.path)}
        />
      )}
      {toConfirm.length > 0 && (
        <QuestionList heading={t('check.confirmHeading')} intro={t('check.confirmIntro')} paths={toConfirm} />
      )}
      {PARTS.map((part) => (
        <section key={part} aria-labelledby={`check-${part}`}>
          <h2 id={`check-${part}`}>{t(`wizard:parts.${part}.title`)}</h2>
          <SummaryList rows={summaryRows(part, answers, '/check', t, asLocale(i18n.language))} />
        </section>
      ))}
      <Button onClick={() => navigate('/result')}>{t('check.create')}</Button>
    </div>
  );
}

/** A short list of questions, each a link to its field that returns here. */
function QuestionList({
  heading,
  intro,
  paths,
}: {
  heading: string;
  intro: string;
  paths: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <div className="missing" role="note">
      <h2>{heading}</h2>
      <p>{intro}</p>
      <ul>
        {paths.map((path) => {
          const page = QUESTION_PAGES.find((candidate) =>
            candidate.fields.some((field) => field.path === path),
          );
          const label = t(`wizard:fields.${path}.label`);
          return (
            <li key={path}>
              {page ? (
                <Link href={`${pagePath(page)}?return=%2Fcheck#${fieldId(path)}`}>{label}</Link>
              ) : (
                label
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
