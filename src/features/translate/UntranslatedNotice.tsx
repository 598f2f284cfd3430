import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '@/components/navigation/Link';
import type { Answers } from '@/domain/answers';
import { answersLanguageOf, type TranslatableText } from '@/domain/translations';

/**
 * Why no policy is made in this language yet: free-text answers without their wording in it.
 * Where the result page, the policy on a page and the check page would offer the policy.
 */
export function UntranslatedNotice({
  answers,
  untranslated,
  returnTo,
  children,
}: {
  answers: Answers;
  untranslated: readonly TranslatableText[];
  /** The page the translations page returns to. */
  returnTo?: string;
  /** What to add under the explanation, such as the list of answers. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const languages = {
    from: t(`translate.languageName.${answersLanguageOf(answers)}`),
    to: t(`translate.languageName.${answers.policy.language}`),
  };
  const href = returnTo ? `/translate?return=${encodeURIComponent(returnTo)}` : '/translate';
  return (
    <div className="missing" role="note" aria-labelledby="untranslated-heading">
      <h2 id="untranslated-heading">
        {t('translate.missing.heading', { count: untranslated.length, to: languages.to })}
      </h2>
      <p>{t('translate.missing.text', languages)}</p>
      {children}
      <p>
        <Link href={href}>{t('translate.missing.link', languages)}</Link>
      </p>
    </div>
  );
}
