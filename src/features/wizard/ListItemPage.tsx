import { useDeferredValue, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldTag } from '@/components/ui/Field';
import { BackLink, Button } from '@/components/ui/Layout';
import { ErrorSummary } from '@/components/ui/ErrorSummary';
import { followLink, navigate } from '@/components/navigation/router';
import { usePageTitle } from '@/components/ui/usePageTitle';
import type { Answers } from '@/domain/answers';
import { sameValue } from '@/domain/example-start';
import { useDraft } from '@/features/draft/store';
import { PreviewPanel } from '@/features/preview/PreviewPanel';
import { getPath, setPath } from '@/lib/path';
import { useDraftSaver } from './draft-saver';
import { FieldInput } from './FieldInput';
import {
  datePartId,
  fieldId,
  fitsPage,
  isVisible,
  listItemToForm,
  pageValues,
  withPageValues,
  type PageValues,
} from './form-values';
import { itemNumberTitle, listPagePath, noteSavedItem, storedItems, type ListDefinition } from './list-items';
import type { Field, QuestionPage } from './questions';
import { validateListItem, type PageError } from './validate';

interface Props {
  page: QuestionPage;
  list: ListDefinition;
  /** The item's number (from 1), or a new one. */
  item: number | 'new';
  returnTo: string | null;
  /** Opened from the list page's error summary: say at once what is wrong with the item. */
  showErrors: boolean;
  /** What to show when the list has no such item. */
  fallback: ReactNode;
}

/**
 * What an item's page keeps of unsaved typing across a reload: the item as typed, and the saved
 * item it started from. When that item has changed since (removed, or changed in another tab),
 * the typing is for another item and is dropped.
 */
interface ItemDraft {
  base: unknown;
  item: unknown;
}
const isItemDraft = (value: unknown): value is ItemDraft =>
  typeof value === 'object' && value !== null && 'base' in value && 'item' in value;

type ItemField = Exclude<Field, { kind: 'list' | 'textList' | 'image' }>;

/**
 * One item of a list on a page of its own (GOV.UK's "add another"): only the item's fields, its
 * number as the heading. Save checks the item alone, saves it to the draft and goes back to the
 * list; Back and Cancel leave what is saved as it was.
 */
export function ListItemPage({ page, list, item, returnTo, showErrors, fallback }: Props) {
  const { t } = useTranslation();
  const answers = useDraft((state) => state.answers);
  const exampleAnswers = useDraft((state) => state.exampleAnswers);
  const saveAnswers = useDraft((state) => state.saveAnswers);
  const setPageDraft = useDraft((state) => state.setPageDraft);
  const draftKey = `${page.id}/${item}`;
  const savedDraft = useDraft((state) => state.pageDrafts[draftKey]);

  // Which item this page is, fixed as it opens: a new one goes at the end of the list as it was.
  const [opened] = useState(() => {
    const items = storedItems(list, answers);
    const index = item === 'new' ? items.length : item - 1;
    const base = item === 'new' ? null : (items[index] ?? null);
    const fresh = listItemToForm(list, base ?? list.newItem());
    const itemPath = `${list.path}.${index}`;
    const fromDraft =
      isItemDraft(savedDraft) &&
      sameValue(savedDraft.base, base) &&
      fitsPage(page, setPath(pageValues(page, answers), itemPath, savedDraft.item))
        ? savedDraft.item
        : undefined;
    return {
      exists: item === 'new' || index < items.length,
      index,
      itemPath,
      base,
      fresh,
      initial: setPath(pageValues(page, answers), itemPath, fromDraft ?? fresh),
    };
  });
  const { index, itemPath } = opened;
  const listHref = listPagePath(page, returnTo);

  const form = useForm<PageValues>({ defaultValues: opened.initial, shouldUnregister: false });
  const { register, control, handleSubmit } = form;
  const typed = useWatch({ control, name: itemPath }) as unknown;

  /** The page's values with this item as typed, over the list as it is saved now. */
  const valuesWith = (current: Answers, itemValue: unknown): PageValues =>
    setPath(pageValues(page, current), itemPath, itemValue);
  const live = useMemo(
    () => withPageValues(page, answers, setPath(pageValues(page, answers), itemPath, typed)),
    [page, answers, itemPath, typed],
  );

  const [problems, setProblems] = useState<PageError[]>(() => {
    if (!showErrors || !opened.exists || opened.base === null) return [];
    const result = validateListItem(page, list.path, index, answers, opened.initial, t);
    return result.ok ? [] : result.errors;
  });
  const [attempts, setAttempts] = useState(0);

  // Typing kept across a reload (and browser Back and Forward), as on any question page.
  const draft = useDraftSaver((values) => {
    const value = getPath(values, itemPath);
    setPageDraft(draftKey, sameValue(value, opened.fresh) ? undefined : { base: opened.base, item: value });
  });
  useEffect(() => {
    if (opened.exists && typed !== undefined) draft.schedule(setPath({}, itemPath, typed));
  }, [draft, typed, itemPath, opened.exists]);

  const title = itemNumberTitle(list, index, t);
  usePageTitle(title, problems.length > 0);
  const errorAt = (path: string) => problems.find((error) => error.path === path);
  const asked = useMemo(() => [list.path], [list]);
  const deferred = useDeferredValue(live);

  const onSave = handleSubmit((submitted) => {
    const current = useDraft.getState().answers;
    const result = validateListItem(
      page,
      list.path,
      index,
      current,
      valuesWith(current, getPath(submitted, itemPath)),
      t,
    );
    if (!result.ok) {
      setProblems(result.errors);
      setAttempts((count) => count + 1);
      return;
    }
    saveAnswers(result.answers, page.part);
    draft.forget();
    setPageDraft(draftKey, undefined);
    noteSavedItem(list, index);
    navigate(listHref);
  });

  if (!opened.exists) return fallback;

  const itemValues = (typed ?? {}) as Record<string, unknown>;
  const fields = list.item.filter(
    (inner): inner is ItemField =>
      inner.kind !== 'list' &&
      inner.kind !== 'textList' &&
      inner.kind !== 'image' &&
      isVisible(inner, live) &&
      (inner.showIfItem?.(itemValues) ?? true),
  );
  // Still the example's list, untouched here: say so, as the list page does.
  const example =
    exampleAnswers.includes(list.path) &&
    sameValue(getPath(live, list.path), getPath(answers, list.path)) &&
    opened.base !== null;

  return (
    <div className="wizard-layout">
      <div className="wizard-main">
        <BackLink href={listHref} onClick={followLink}>
          {t('nav.back')}
        </BackLink>
        <ErrorSummary
          title={t('question.errorSummaryTitle')}
          errors={problems.map((error) => ({
            href: `#${error.parts?.[0] ? datePartId(error.path, error.parts[0]) : fieldId(error.path === list.path ? `${itemPath}.${list.item[0]?.path}` : error.path)}`,
            message: error.message,
          }))}
          focusKey={attempts}
        />
        <span className="wizard-caption">{t(`wizard:pages.${page.id}.title`)}</span>
        <h1 tabIndex={-1}>{title}</h1>
        {example && <FieldTag text={t('question.exampleAnswer')} />}
        <form noValidate onSubmit={(event) => void onSave(event)}>
          {fields.map((inner) => (
            <div key={inner.path} className="wizard-question">
              <FieldInput
                field={inner}
                path={`${itemPath}.${inner.path}`}
                textKey={`fields.${list.path}.${inner.path}`}
                register={register}
                error={errorAt(`${itemPath}.${inner.path}`)?.message}
                errorParts={errorAt(`${itemPath}.${inner.path}`)?.parts}
              />
            </div>
          ))}
          {errorAt(list.path) && (
            <p className="ui-error-message">
              <span className="visually-hidden">{t('question.errorPrefix')}</span>{' '}
              {errorAt(list.path)?.message}
            </p>
          )}
          <div className="ui-button-group">
            <Button type="submit">{t('list.save')}</Button>
            <a
              className="ui-link"
              href={listHref}
              onClick={(event) => {
                // Cancel: the typing here goes; what is saved stays as it was.
                draft.forget();
                setPageDraft(draftKey, undefined);
                followLink(event);
              }}
            >
              {t('list.cancel')}
            </a>
          </div>
        </form>
      </div>
      <PreviewPanel answers={deferred} inspiration={page.part} asked={asked} />
    </div>
  );
}
