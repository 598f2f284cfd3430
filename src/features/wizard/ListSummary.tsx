import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusAfterRender } from '@/components/ui/useFocusAfterRender';
import { FieldTag } from '@/components/ui/Field';
import { ItemList } from '@/components/ui/ItemList';
import { Button } from '@/components/ui/Layout';
import { followLink, navigate } from '@/components/navigation/router';
import { useDraft } from '@/features/draft/store';
import { asLocale } from '@/i18n/i18n';
import { setPath } from '@/lib/path';
import { fieldId } from './form-values';
import {
  itemContext,
  itemDetails,
  itemIndexOf,
  itemName,
  itemNumberTitle,
  itemPagePath,
  storedItems,
  takeSavedItem,
  type ListDefinition,
} from './list-items';
import type { QuestionPage } from './questions';
import type { PageError } from './validate';
import './wizard.css';

interface Props {
  page: QuestionPage;
  list: ListDefinition;
  returnTo: string | null;
  /** The page's problems with this list: its own ("add at least one") and its items'. */
  errors: readonly PageError[];
  /** A tag for the whole list under its heading, e.g. "Example answer". */
  tag?: string;
}

/** The id of the button that adds an item: where "add at least one" links to. */
export const addButtonId = (list: ListDefinition) => `${fieldId(list.path)}-add`;
const changeLinkId = (list: ListDefinition, index: number) => `${fieldId(list.path)}-${index}-change`;

/**
 * A list on its question page, GOV.UK's "add another": the items so far, each named by its
 * most telling answers with Change (its own page) and Remove, and a button to add one. The items
 * are the saved answers: an item's page saves it, and Remove saves the list without it.
 *
 * Remove takes the item away at once and says so, with Undo beside the message, rather than
 * asking first on a page of its own: a removal is one click to take back, and a confirmation
 * page would cost two pages for every item removed on purpose.
 */
export function ListSummary({ page, list, returnTo, errors, tag }: Props) {
  const { t, i18n } = useTranslation();
  const locale = asLocale(i18n.language);
  const answers = useDraft((state) => state.answers);
  const saveAnswers = useDraft((state) => state.saveAnswers);
  const items = storedItems(list, answers);
  const key = `wizard:fields.${list.path}`;
  const hint = t(`${key}.hint`, { defaultValue: '' });
  const listError = errors.find((error) => error.path === list.path);
  const [removed, setRemoved] = useState<{
    index: number;
    item: Record<string, unknown>;
    restored: boolean;
  } | null>(null);
  const focusAfterRender = useFocusAfterRender();
  // Back from an item's page: say which item was saved. Set after the page is in, so that the
  // status region, already present, announces it.
  const [saved, setSaved] = useState<number | null>(null);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- on purpose: after the first paint
  useEffect(() => setSaved(takeSavedItem(list)), [list]);

  const saveList = (next: readonly Record<string, unknown>[]) =>
    saveAnswers(setPath(useDraft.getState().answers, list.path, next), page.part);

  const remove = (index: number) => {
    const current = storedItems(list, useDraft.getState().answers);
    const item = current[index];
    if (!item) return;
    const rest = current.filter((_, at) => at !== index);
    saveList(rest);
    setRemoved({ index, item, restored: false });
    setSaved(null);
    const next = Math.min(index, rest.length - 1);
    focusAfterRender(next >= 0 ? changeLinkId(list, next) : addButtonId(list));
  };

  const undo = () => {
    if (!removed) return;
    const current = storedItems(list, useDraft.getState().answers);
    const at = Math.min(removed.index, current.length);
    saveList([...current.slice(0, at), removed.item, ...current.slice(at)]);
    setRemoved({ ...removed, index: at, restored: true });
    focusAfterRender(changeLinkId(list, at));
  };

  const removedTitle = removed && itemNumberTitle(list, removed.index, t);
  return (
    <section
      className="wizard-list"
      id={fieldId(list.path)}
      tabIndex={-1}
      aria-labelledby={`${fieldId(list.path)}-heading`}
      aria-describedby={
        [tag && `${fieldId(list.path)}-tag`, hint && `${fieldId(list.path)}-hint`]
          .filter(Boolean)
          .join(' ') || undefined
      }
    >
      <h2 className="wizard-list__heading" id={`${fieldId(list.path)}-heading`}>
        {t(`${key}.label`)}
        {!list.required && <span className="ui-optional"> {t('question.optional')}</span>}
      </h2>
      {tag && <FieldTag id={`${fieldId(list.path)}-tag`} text={tag} />}
      {hint && (
        <p className="ui-hint" id={`${fieldId(list.path)}-hint`}>
          {hint}
        </p>
      )}
      {/* In the page from the start, so screen readers announce what is put in it. */}
      <div className="wizard-list__status" role="status">
        {removed && removedTitle ? (
          <p className="wizard-list__message">
            {t(removed.restored ? 'list.restored' : 'list.removed', { item: removedTitle })}
          </p>
        ) : (
          saved !== null && (
            <p className="wizard-list__message">
              {t('list.saved', { item: itemNumberTitle(list, saved, t) })}
            </p>
          )
        )}
      </div>
      {removed && !removed.restored && (
        <Button variant="secondary" className="wizard-list__undo" onClick={undo}>
          {t('list.undo')}
          <span className="visually-hidden">: {t('list.removed', { item: removedTitle })}</span>
        </Button>
      )}
      {items.length === 0 ? (
        <p className="ui-list__empty">{t(`${key}.empty`)}</p>
      ) : (
        <ItemList
          rows={items.map((item, index) => {
            const context = itemContext(list, item, index, t, locale);
            const error = errors.find((candidate) => itemIndexOf(list, candidate.path) === index);
            return {
              key: String(index),
              title: itemName(list, item, index, t, locale),
              details: itemDetails(list, item, t, locale),
              error: error && {
                id: `${fieldId(list.path)}-${index}-error`,
                message: error.message,
                prefix: t('question.errorPrefix'),
              },
              change: {
                id: changeLinkId(list, index),
                href: itemPagePath(page, index + 1, returnTo),
                label: t('check.change'),
                hiddenContext: context,
                onClick: followLink,
              },
              remove: { label: t(`${key}.remove`), hiddenContext: context, onClick: () => remove(index) },
            };
          })}
        />
      )}
      {listError && (
        <p className="ui-error-message" id={`${fieldId(list.path)}-error`}>
          <span className="visually-hidden">{t('question.errorPrefix')}</span> {listError.message}
        </p>
      )}
      <Button
        variant="secondary"
        id={addButtonId(list)}
        aria-describedby={listError ? `${fieldId(list.path)}-error` : undefined}
        onClick={() => navigate(itemPagePath(page, 'new', returnTo))}
      >
        {items.length === 0 ? t(`${key}.add`) : t(`${key}.addAnother`)}
      </Button>
    </section>
  );
}
