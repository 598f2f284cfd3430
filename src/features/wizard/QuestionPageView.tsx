import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { BackLink, Button, Details } from '@/components/ui/Layout';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { NotificationBanner } from '@/components/ui/NotificationBanner';
import { followLink, navigate } from '@/components/navigation/router';
import { usePageTitle } from '@/components/ui/usePageTitle';
import type { Answers } from '@/domain/answers';
import { sameValue } from '@/domain/example-start';
import { useDraft } from '@/features/draft/store';
import { getPath, setPath } from '@/lib/path';
import { PreviewPanel } from '@/features/preview/PreviewPanel';
import {
  datePartId,
  fieldId,
  fitsPage,
  isVisible,
  pageValues,
  savedPageValues,
  withPageValues,
  type PageValues,
} from './form-values';
import { ChoiceWarnings } from './ChoiceWarnings';
import { FieldInput } from './FieldInput';
import { ImageField } from './ImageField';
import { ListField } from './ListField';
import { addButtonId, ListSummary } from './ListSummary';
import { itemIndexOf, itemPagePath, listOf } from './list-items';
import { useDraftSaver } from './draft-saver';
import { nextPath, previousPath } from './flow';
import { pagesOf, type QuestionPage } from './questions';
import { inPageOrder, listItemName, validatePage, type PageError } from './validate';
import { canWarn } from './warnings';

/**
 * One question page: a heading, a few related questions, "Why we ask", Back and Continue.
 * Checked only on Continue; what was typed is kept (also across a reload) and never cleared.
 */
export function QuestionPageView({ page, returnTo }: { page: QuestionPage; returnTo: string | null }) {
  const { t } = useTranslation();
  const answers = useDraft((state) => state.answers);
  const saved = useDraft((state) => state.pageDrafts[page.id]);
  const exampleAnswers = useDraft((state) => state.exampleAnswers);
  const saveAnswers = useDraft((state) => state.saveAnswers);
  const setPageDraft = useDraft((state) => state.setPageDraft);
  const [problems, setProblems] = useState<PageError[]>([]);
  // Each failed Continue moves focus to the summary again, even with the same problems.
  const [attempts, setAttempts] = useState(0);

  // The form is made once per page; later store changes don't reset what is being typed. Typing
  // kept from an earlier visit that doesn't fit the page (damaged in storage) is dropped, and said so.
  const [{ initial, dropped }] = useState(() =>
    saved !== undefined && fitsPage(page, saved)
      ? { initial: withSavedList(page, savedPageValues(page, saved, answers), answers), dropped: false }
      : { initial: pageValues(page, answers), dropped: saved !== undefined },
  );
  useEffect(() => {
    if (dropped) setPageDraft(page.id, undefined);
  }, [dropped, page.id, setPageDraft]);
  const form = useForm<PageValues>({ defaultValues: initial, shouldUnregister: false });
  const { register, control, handleSubmit } = form;
  useAnswersFromOtherTabs(page, answers, form);
  const values = useWatch({ control }) as PageValues;
  const live = useMemo(
    () => withPageValues(page, answers, withSavedList(page, values, answers)),
    [page, answers, values],
  );

  // Keep unconfirmed typing across a reload, without writing storage on every keystroke; what
  // was typed just before leaving the page (browser Back, a link, a reload) is saved as it goes.
  // Only real changes are kept: an untouched page must not shadow answers changed elsewhere
  // later (the document language on the result page, say).
  const draft = useDraftSaver((typed) => {
    const unchanged = JSON.stringify(typed) === JSON.stringify(pageValues(page, useDraft.getState().answers));
    setPageDraft(page.id, unchanged ? undefined : typed);
  });
  useEffect(() => draft.schedule(values), [draft, values]);

  // A list's "add at least one …" goes as soon as there is one, not at the next Continue.
  const errors = problems.filter((error) => {
    const answer = getPath(values, error.path);
    return !(error.unanswered && Array.isArray(answer) && answer.length > 0);
  });
  const heading = t(`wizard:pages.${page.id}.title`);
  usePageTitle(heading, errors.length > 0);
  const intro = t(`wizard:pages.${page.id}.intro`, { defaultValue: '' });
  const partPages = pagesOf(page.part, live);
  const partTitle = t(`wizard:parts.${page.part}.title`);
  const errorAt = (path: string) => errors.find((error) => error.path === path)?.message;
  const errorPartsAt = (path: string) => errors.find((error) => error.path === path)?.parts;
  const list = listOf(page);
  const inList = (error: PageError) =>
    list !== undefined && (error.path === list.path || error.path.startsWith(`${list.path}.`));
  // A list's items are answered on pages of their own: a problem in one links to its field there.
  const summaryLink = (error: PageError) => {
    // A date's message goes to the first of its parts in error, e.g. the month.
    const anchor = `#${error.parts?.[0] ? datePartId(error.path, error.parts[0]) : fieldId(hrefPath(page, error.path))}`;
    if (!list || !inList(error)) return { href: anchor };
    const index = itemIndexOf(list, error.path);
    if (index === undefined) return { href: `#${addButtonId(list)}` };
    return { href: `${itemPagePath(page, index + 1, returnTo, true)}${anchor}`, onClick: followLink };
  };
  // In the summary, an item's message names the item: "Task 2: Enter an email address".
  const itemMessage = ({ path, message }: PageError) => {
    const item = listItemName(page, path, t);
    return item ? `${item}: ${message}` : message;
  };
  const visible = page.fields.filter((field) => isVisible(field, live));
  // "Example answer" until the user changes it here, or confirms it with Continue.
  const exampleTag = (path: string) =>
    exampleAnswers.includes(path) && sameValue(getPath(live, path), getPath(answers, path))
      ? t('question.exampleAnswer')
      : undefined;

  // A file refused as it is chosen (the logo) is said at once, like the problems found on Continue.
  const onFileProblem = useCallback(
    (path: string, message: string | undefined) => {
      setProblems((current) =>
        inPageOrder(page, [
          ...current.filter((error) => error.path !== path),
          ...(message ? [{ path, message }] : []),
        ]),
      );
      if (message) setAttempts((count) => count + 1);
    },
    [page],
  );

  const onContinue = handleSubmit((submitted) => {
    const result = validatePage(page, answers, withSavedList(page, submitted, answers), t);
    if (!result.ok) {
      setProblems(result.errors);
      setAttempts((count) => count + 1);
      return;
    }
    setProblems([]);
    // Continue confirms what the page shows: its answers are the user's now, example or not.
    const shown = page.fields.filter((field) => isVisible(field, result.answers)).map((field) => field.path);
    saveAnswers(result.answers, page.part, shown);
    draft.forget();
    setPageDraft(page.id, undefined);
    navigate(returnTo ?? nextPath(page, result.answers));
  });

  const deferred = useDeferredValue(live);
  // What the preview marks: the parts of the policy this page's answers change.
  const asked = useMemo(() => page.fields.map((field) => field.path), [page]);

  return (
    <div className="wizard-layout">
      <div className="wizard-main">
        <BackLink href={returnTo ?? previousPath(page, live)} onClick={followLink}>
          {t('nav.back')}
        </BackLink>
        <ErrorSummary
          title={t('question.errorSummaryTitle')}
          errors={errors.map((error) => ({ ...summaryLink(error), message: itemMessage(error) }))}
          focusKey={attempts}
        />
        {dropped && (
          <NotificationBanner title={t('recovery.important')} heading={t('recovery.pageDraft')}>
            <p>{t('recovery.pageDraftText')}</p>
          </NotificationBanner>
        )}
        <span className="wizard-caption">
          {partTitle} · {partPages.indexOf(page) + 1}/{partPages.length}
        </span>
        <h1 tabIndex={-1}>{heading}</h1>
        {intro && <p className="wizard-intro">{intro}</p>}
        <form noValidate onSubmit={(event) => void onContinue(event)}>
          {visible.map((field) => {
            const why = t(`wizard:fields.${field.path}.why`, { defaultValue: '' });
            return (
              <div key={field.path} className="wizard-question">
                {field.kind === 'list' ? (
                  <ListSummary
                    page={page}
                    list={field}
                    returnTo={returnTo}
                    errors={errors.filter(inList)}
                    tag={exampleTag(field.path)}
                  />
                ) : field.kind === 'textList' ? (
                  <ListField
                    field={field}
                    control={control}
                    register={register}
                    errorAt={errorAt}
                    tag={exampleTag(field.path)}
                  />
                ) : field.kind === 'image' ? (
                  <ImageField
                    field={field}
                    control={control}
                    error={errorAt(field.path)}
                    tag={exampleTag(field.path)}
                    onProblem={onFileProblem}
                  />
                ) : (
                  <FieldInput
                    field={field}
                    path={field.path}
                    textKey={`fields.${field.path}`}
                    hintKey={field.hintFor?.(live)}
                    register={register}
                    error={errorAt(field.path)}
                    errorParts={errorPartsAt(field.path)}
                    tag={exampleTag(field.path)}
                  />
                )}
                {canWarn(field.path) && <ChoiceWarnings path={field.path} answers={live} />}
                {why && <Details summary={t('question.why')}>{why}</Details>}
              </div>
            );
          })}
          <Button type="submit">{t('nav.continue')}</Button>
        </form>
      </div>
      <PreviewPanel answers={deferred} inspiration={page.part} asked={asked} />
    </div>
  );
}

/**
 * Another tab may answer this page's questions while it is open here: an answer changed there
 * shows here too, unless it has been changed here as well (then this page's typing stays, and
 * its Continue is the later edit).
 */
function useAnswersFromOtherTabs(
  page: QuestionPage,
  answers: Answers,
  { getValues, setValue }: UseFormReturn<PageValues>,
): void {
  const seen = useRef(answers);
  useEffect(() => {
    const before = pageValues(page, seen.current);
    seen.current = answers;
    const now = pageValues(page, answers);
    const typed = getValues();
    for (const { path } of page.fields) {
      const was = getPath(before, path);
      if (!sameValue(getPath(now, path), was) && sameValue(getPath(typed, path), was))
        setValue(path, getPath(now, path), { shouldDirty: false });
    }
  }, [page, answers, getValues, setValue]);
}

/**
 * The page's values with its list as saved: a list's items are saved by their own pages (and
 * Remove), never typed here, so typing kept from an earlier visit must not bring back an old list.
 */
function withSavedList(page: QuestionPage, values: PageValues, answers: Answers): PageValues {
  const list = listOf(page);
  return list ? setPath(values, list.path, getPath(pageValues(page, answers), list.path)) : values;
}

/** Errors on a text-list item point at its input, whose name ends in `.value`. */
function hrefPath(page: QuestionPage, path: string): string {
  const list = page.fields.find((field) => field.kind === 'textList' && path.startsWith(`${field.path}.`));
  return list ? `${path}.value` : path;
}
