import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { followLink, navigate } from '@/components/navigation/router';
import { TextInput, Textarea } from '@/components/ui/Field';
import { BackLink, Button } from '@/components/ui/Layout';
import { usePageTitle } from '@/components/ui/usePageTitle';
import { PARTS, type Answers } from '@/domain/answers';
import {
  answersLanguageOf,
  currentTranslations,
  needsTranslation,
  translatableTexts,
  type TranslatableText,
} from '@/domain/translations';
import { useDraft } from '@/features/draft/store';
import { answerLabel, answerPart } from './answer-label';
import './translate.css';

interface FormValues {
  translations: { value: string }[];
}

/** The part of the wizard a text is first asked in: the page lists the texts part by part. */
const partOf = ({ paths }: TranslatableText) => answerPart(paths[0]!) ?? PARTS[0];

/** Texts longer than this (or of several lines) get a text area: a list of changes, a long disclaimer. */
const LONG_ANSWER = 90;

/**
 * "Your answers in English": each free-text answer as typed, with a field for its wording in the
 * policy's other language, or "Keep as written" for a name. Until every one is given or kept, the
 * result page makes no policy in that language (`untranslatedAnswers`). Saved when a field is
 * left, and on Save, so nothing typed is lost by leaving the page another way.
 */
export function TranslatePage({ returnTo }: { returnTo: string | null }) {
  const { t } = useTranslation();
  const answers = useDraft((state) => state.answers);
  const locale = answers.policy.language;
  const from = answersLanguageOf(answers);
  const heading = t(`translate.title.${locale}`);
  usePageTitle(heading);
  const back = returnTo ?? '/result';

  return (
    <div className="page-narrow page-translate">
      <BackLink href={back} onClick={followLink}>
        {t('nav.back')}
      </BackLink>
      <h1 tabIndex={-1}>{heading}</h1>
      {needsTranslation(answers, locale) ? (
        <TranslationForm answers={answers} texts={translatableTexts(answers)} back={back} />
      ) : (
        <>
          <p>{t('translate.sameLanguage', { language: t(`translate.languageName.${from}`) })}</p>
          <Button onClick={() => navigate(back)}>{t('nav.continue')}</Button>
        </>
      )}
    </div>
  );
}

function TranslationForm({
  answers,
  texts,
  back,
}: {
  answers: Answers;
  texts: TranslatableText[];
  /** Where Save goes: the result page, or the check page that sent her here. */
  back: string;
}) {
  const { t } = useTranslation();
  const saveTranslations = useDraft((state) => state.saveTranslations);
  const locale = answers.policy.language;
  const from = answersLanguageOf(answers);
  const stored = answers.translations[locale];
  const { register, handleSubmit, setValue, getValues } = useForm<FormValues>({
    defaultValues: { translations: texts.map(({ text }) => ({ value: stored[text] ?? '' })) },
  });

  const translationsNow = () => {
    const values = getValues('translations');
    const given = Object.fromEntries(texts.map(({ text }, index) => [text, values[index]?.value ?? '']));
    // Translations of texts the answers no longer have are dropped: they would never be used.
    return currentTranslations(answers, given);
  };
  const save = () => saveTranslations(locale, translationsNow());
  const keep = (index: number) => {
    setValue(`translations.${index}.value`, texts[index]!.text);
    save();
  };
  const keepTheRest = () => {
    texts.forEach(({ text }, index) => {
      if (!getValues(`translations.${index}.value`).trim()) setValue(`translations.${index}.value`, text);
    });
    save();
  };
  const submit = handleSubmit(() => {
    save();
    navigate(back);
  });

  const fromLanguage = t(`translate.languageName.${from}`);
  const toLanguage = t(`translate.languageName.${locale}`);
  if (texts.length === 0)
    return (
      <>
        <p>{t('translate.nothing', { from: fromLanguage })}</p>
        <Button onClick={() => navigate(back)}>{t('nav.continue')}</Button>
      </>
    );

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <p className="lead">{t('translate.lead', { from: fromLanguage, to: toLanguage })}</p>
      <p>{t('translate.keepHint', { to: toLanguage })}</p>
      {PARTS.map((part) => {
        const inPart = texts.flatMap((entry, index) => (partOf(entry) === part ? [{ ...entry, index }] : []));
        if (inPart.length === 0) return null;
        return (
          <section key={part} aria-labelledby={`translate-${part}`}>
            <h2 id={`translate-${part}`}>{t(`wizard:parts.${part}.title`)}</h2>
            <ol className="translate-list">
              {inPart.map(({ text, paths, index }) => {
                const question = paths.map((path) => answerLabel(path, t)).join('; ');
                const field = {
                  id: `f-translation-${index}`,
                  label: t('translate.label', { question, to: toLanguage }),
                  hint: (
                    <>
                      {t('translate.asTyped')}{' '}
                      <span lang={from} className="translate-original">
                        {text}
                      </span>
                    </>
                  ),
                  lang: locale,
                  errorPrefix: t('question.errorPrefix'),
                  registration: register(`translations.${index}.value`, { onBlur: save }),
                };
                const long = text.length > LONG_ANSWER || text.includes('\n');
                return (
                  <li key={text} className="translate-item">
                    {long ? <Textarea {...field} rows={3} /> : <TextInput {...field} />}
                    <Button variant="secondary" className="translate-keep" onClick={() => keep(index)}>
                      {t('translate.keep')} <span className="visually-hidden">({question})</span>
                    </Button>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
      <div className="ui-button-group">
        <Button type="submit">{t('translate.save')}</Button>
        <Button variant="secondary" onClick={keepTheRest}>
          {t('translate.keepTheRest', { from: fromLanguage })}
        </Button>
      </div>
    </form>
  );
}
