import { asLocale } from '@/i18n/i18n';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Checkboxes } from '@/components/ui/Field';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { BackLink, Button, SummaryList } from '@/components/ui/Layout';
import { Link } from '@/components/navigation/Link';
import { followLink, navigate } from '@/components/navigation/router';
import { usePageTitle } from '@/components/ui/usePageTitle';
import { PARTS } from '@/domain/answers';
import { questionsToConfirm } from '@/domain/recommended';
import { missingAnswers } from '@/domain/required';
import { answersLanguageOf, untranslatedAnswers } from '@/domain/translations';
import { answerLabel } from '@/features/translate/answer-label';
import { UntranslatedNotice } from '@/features/translate/UntranslatedNotice';
import { useDraft } from '@/features/draft/store';
import { preparePolicyFiles } from '@/features/export/policy-files';
import { fieldId } from '@/features/wizard/form-values';
import { pagePath } from '@/features/wizard/flow';
import { QUESTION_PAGES } from '@/features/wizard/questions';
import { anyRemaining, remainingChecks, type Remaining } from './remaining';
import { RemainingChecks } from './RemainingChecks';
import { summaryRows } from './summary';

const CONFIRM_ID = 'f-create-anyway';

/**
 * Every answer on one page, grouped by part, with what is still missing, then "Create the policy".
 * With parts not completed or example answers left, creating it is a choice the user makes
 * explicitly (a box to tick), never what a button press does by default.
 */
export function CheckAllPage() {
  const { t, i18n } = useTranslation();
  const answers = useDraft((state) => state.answers);
  const progress = useDraft((state) => state.progress);
  const exampleAnswers = useDraft((state) => state.exampleAnswers);
  const { register, handleSubmit, formState } = useForm<{ confirm: string[] }>({
    defaultValues: { confirm: [] },
  });
  const [unconfirmed, setUnconfirmed] = useState(false);
  const heading = t('check.allTitle');
  usePageTitle(heading, unconfirmed);
  // These are the answers the policy is created from: the worker makes its files now (on its own
  // thread), so "Download Word" on the result page finds the file made, however soon it is pressed.
  useEffect(() => preparePolicyFiles(answers), [answers]);
  const missing = missingAnswers(answers);
  const toConfirm = questionsToConfirm(answers);
  const remaining = remainingChecks(answers, progress, exampleAnswers, '/check');
  const needsChoice = anyRemaining(remaining);
  const error = unconfirmed && needsChoice ? t('check.remaining.error') : undefined;

  const create = handleSubmit(({ confirm }) => {
    if (needsChoice && !confirm.includes('yes')) {
      setUnconfirmed(true);
      return;
    }
    navigate('/result');
  });

  return (
    <div className="page-narrow page-check">
      <BackLink href="/tasks" onClick={followLink}>
        {t('nav.back')}
      </BackLink>
      <ErrorSummary
        title={t('question.errorSummaryTitle')}
        errors={error ? [{ href: `#${CONFIRM_ID}`, message: error }] : []}
        focusKey={formState.submitCount}
      />
      <h1 tabIndex={-1}>{heading}</h1>
      <p>{t('check.allIntro')}</p>
      {needsChoice && <RemainingChecks remaining={remaining} followLink={followLink} />}
      {missing.length > 0 && (
        <QuestionList
          heading={t('check.missingHeading')}
          intro={t('check.missingIntro')}
          paths={missing.map((item) => item.path)}
        />
      )}
      <UntranslatedAnswers />
      {toConfirm.length > 0 && (
        <QuestionList heading={t('check.confirmHeading')} intro={t('check.confirmIntro')} paths={toConfirm} />
      )}
      {PARTS.map((part) => (
        <section key={part} aria-labelledby={`check-${part}`}>
          <h2 id={`check-${part}`}>{t(`wizard:parts.${part}.title`)}</h2>
          <SummaryList
            rows={summaryRows(part, answers, '/check', t, asLocale(i18n.language), exampleAnswers)}
          />
        </section>
      ))}
      <p>
        {t('wording.checkHint')} <Link href="/wording">{t('wording.link')}</Link>
      </p>
      <form noValidate onSubmit={(event) => void create(event)}>
        {needsChoice && (
          <Checkboxes
            name="confirm"
            idPrefix={CONFIRM_ID}
            legend={t('check.remaining.legend')}
            error={error}
            errorPrefix={t('question.errorPrefix')}
            options={[{ value: 'yes', label: confirmLabel(remaining, t) }]}
            registration={register('confirm')}
          />
        )}
        <Button type="submit">{t('check.create')}</Button>
      </form>
    </div>
  );
}

/** What the box says it creates the policy with: the parts, the example answers, or both. */
function confirmLabel({ unfinished, examples }: Remaining, t: (key: string) => string): string {
  if (examples.length === 0) return t('check.remaining.confirmParts');
  return unfinished.length === 0 ? t('check.remaining.confirmExamples') : t('check.remaining.confirmBoth');
}

/**
 * Once the policy is made in another language than the answers', the answers still without their
 * wording in it: the result page makes no policy in that language until they have it.
 */
function UntranslatedAnswers() {
  const { t } = useTranslation();
  const answers = useDraft((state) => state.answers);
  const untranslated = untranslatedAnswers(answers, answers.policy.language);
  if (untranslated.length === 0) return null;
  return (
    <UntranslatedNotice answers={answers} untranslated={untranslated} returnTo="/check">
      <ul>
        {untranslated.map(({ text, paths }) => (
          <li key={text}>
            <span lang={answersLanguageOf(answers)} className="translate-original">
              {text}
            </span>{' '}
            ({paths.map((path) => answerLabel(path, t)).join('; ')})
          </li>
        ))}
      </ul>
    </UntranslatedNotice>
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
