import { Suspense, use, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusAfterRender } from '@/components/ui/useFocusAfterRender';
import { followLink, navigate } from '@/components/navigation/router';
import { usePageTitle } from '@/components/ui/usePageTitle';
import { BackLink, Button } from '@/components/ui/Layout';
import { bundledTemplate, loadedTemplate } from '@/document/load-bundled';
import { lockReason } from '@/document/locked-clauses';
import { renderPolicy } from '@/document/render';
import type { Locale, TemplateBundle } from '@/document/template';
import { useDraft } from '@/features/draft/store';
import { localToday } from '@/lib/today';
import { ClauseEditor, type EditorValues } from './ClauseEditor';
import { actionId, ClauseItem, type ClauseAction } from './ClauseItem';
import { Orphans } from './Orphans';
import { ResetAll } from './ResetAll';
import {
  addClause,
  changeOwnClause,
  EMPTY_WORDING,
  hasChanges,
  keepEdit,
  newOwnId,
  omitClause,
  removeOwnClause,
  resetClause,
  rewordClause,
} from './edits';
import { wordingOutline, type OutlineItem } from './outline';
import './wording.css';

const TITLE_ID = 'wording-title';
/** One editor is open at a time, so its fields can have fixed ids (the error summary links to them). */
const EDITOR_ID = 'wording-editor';

/**
 * "Adjust the wording": the policy clause by clause, in the policy's language, where she can leave
 * clauses out, reword them and add her own. Every change is saved at once (answers.wording).
 */
export function WordingPage() {
  const { t } = useTranslation();
  const locale = useDraft((state) => state.answers.policy.language);
  const compact = useDraft((state) => state.answers.policy.length === 'compact');
  const [hasErrors, setHasErrors] = useState(false);
  const heading = t('wording.title');
  usePageTitle(heading, hasErrors);
  const language = t(`wording.language.${locale}`);
  return (
    <div className="page-wording">
      <BackLink href="/result" onClick={followLink}>
        {t('nav.back')}
      </BackLink>
      <h1 id={TITLE_ID} tabIndex={-1}>
        {heading}
      </h1>
      <p>{t('wording.intro', { language })}</p>
      <p>{t('wording.kept', { language })}</p>
      {compact && <p>{t('wording.compact')}</p>}
      <p>{t('wording.lockedIntro')}</p>
      <Suspense fallback={<p className="loading">…</p>}>
        <WordingFromTemplate locale={locale} language={language} onErrors={setHasErrors} />
      </Suspense>
      <Button onClick={() => navigate('/result')}>{t('nav.continue')}</Button>
    </div>
  );
}

interface ViewProps {
  language: string;
  onErrors: (shown: boolean) => void;
}

/** A template already in is read at once; one on its way suspends (see PolicyFromAnswers). */
function WordingFromTemplate({ locale, ...props }: ViewProps & { locale: Locale }) {
  const bundle = loadedTemplate(locale);
  return bundle ? <WordingView {...props} bundle={bundle} /> : <AwaitTemplate {...props} locale={locale} />;
}

function AwaitTemplate({ locale, ...props }: ViewProps & { locale: Locale }) {
  return <WordingView {...props} bundle={use(bundledTemplate(locale))} />;
}

type Editor = { mode: 'reword' | 'change'; id: string } | { mode: 'add'; after: string };

function WordingView({ bundle, language, onErrors }: ViewProps & { bundle: TemplateBundle }) {
  const { t } = useTranslation();
  const answers = useDraft((state) => state.answers);
  const saveWording = useDraft((state) => state.saveWording);
  const locale = answers.policy.language;
  const wording = answers.wording[locale];
  const [today] = useState(localToday);
  // Always the complete policy: the wording she edits is the complete one, and a clause she
  // rewords is printed as she wrote it in the short version too (see atLength).
  const policy = useMemo(
    () =>
      renderPolicy(
        { answers: { ...answers, policy: { ...answers.policy, length: 'complete' } }, bundle, today },
        { clauses: true },
      ),
    [answers, bundle, today],
  );
  const items = useMemo(() => wordingOutline(policy, wording), [policy, wording]);
  // "Before" as her edit saved it: the report's copy has passed through the renderer's one-line
  // cleaning of answers, which joins its paragraphs and list items.
  const stale = useMemo(
    () =>
      new Map(
        policy.wording.stale.map((entry) => [
          entry.id,
          { ...entry, before: wording.edits[entry.id]?.standard ?? entry.before },
        ]),
      ),
    [policy, wording],
  );
  const [editor, setEditor] = useState<Editor | null>(null);
  const [message, setMessage] = useState('');

  // Focus goes where the user's next step is once the page shows the change (an element that a
  // change adds or removes exists only after the render): the button that opened an editor, when
  // it closes.
  const focusAfterRender = useFocusAfterRender();

  // A change made outside the open editor (leaving another clause out) leaves it open: what she
  // is typing there is not lost.
  const save = useCallback(
    (next: typeof wording, announce: string, focus?: string) => {
      saveWording(locale, next);
      setMessage(announce);
      focusAfterRender(focus ?? null);
    },
    [saveWording, locale, focusAfterRender],
  );
  const close = (focus: string) => {
    setEditor(null);
    focusAfterRender(focus);
  };
  const saveAndClose = (next: typeof wording, announce: string, focus: string) => {
    save(next, announce, focus);
    setEditor(null);
  };

  const onAction = (action: ClauseAction, item: OutlineItem) => {
    const title = item.kind === 'standard' ? item.clause.title : item.own.title;
    switch (action) {
      case 'omit':
        if (item.kind === 'standard')
          save(
            omitClause(wording, item.clause),
            t('wording.announce.omitted', { title }),
            actionId('reset', item.id),
          );
        return;
      case 'reset':
        save(
          resetClause(wording, item.id),
          t('wording.announce.reset', { title }),
          actionId('reword', item.id),
        );
        return;
      case 'remove':
        if (item.kind === 'own')
          save(
            removeOwnClause(wording, item.id),
            t('wording.announce.removed', { title }),
            actionId('add', item.own.after),
          );
        return;
      case 'reword':
      case 'change':
        setEditor({ mode: action, id: item.id });
        return;
      case 'add':
        setEditor({ mode: 'add', after: item.id });
        return;
    }
  };

  const editorFor = (item: OutlineItem) => {
    if (editor?.mode === 'add' || editor?.id !== item.id) return undefined;
    const common = {
      idPrefix: EDITOR_ID,
      lang: policy.languageTag,
      onErrors,
      headingLevel: editorLevel(item),
    };
    if (item.kind === 'own') {
      const { own } = item;
      return (
        <ClauseEditor
          {...common}
          heading={t('wording.editor.change', { title: item.heading || t('wording.untitled.heading') })}
          initial={{ title: own.title, text: own.text, level: own.level }}
          // Text without a heading (from a file) may stay so: it continues the clause above.
          requireTitle={own.title !== ''}
          textRequired={(values) => ownTextRequired(values, t)}
          onSave={(values) =>
            saveAndClose(
              changeOwnClause(wording, { ...own, title: values.title.trim(), text: values.text.trim() }),
              t('wording.announce.saved', { title: values.title.trim() }),
              actionId('change', own.id),
            )
          }
          onCancel={() => close(actionId('change', own.id))}
        />
      );
    }
    const { clause } = item;
    const edit = wording.edits[clause.id];
    const locked = lockReason(clause.id) !== undefined;
    return (
      <ClauseEditor
        {...common}
        heading={t('wording.editor.reword', { title: item.heading })}
        initial={{
          title: edit?.title || clause.title,
          text: edit?.action === 'reword' ? edit.text : clause.standard,
          level: 'clause',
        }}
        titleHint={t('wording.editor.titleHint')}
        requireTitle={false}
        textRequired={() =>
          clause.standard.trim() === ''
            ? undefined
            : t(locked ? 'wording.errors.lockedTextRequired' : 'wording.errors.textRequired')
        }
        onSave={(values) =>
          saveAndClose(
            rewordClause(wording, clause, values),
            t('wording.announce.saved', { title: values.title.trim() || clause.title }),
            actionId('reword', clause.id),
          )
        }
        onCancel={() => close(actionId('reword', clause.id))}
      />
    );
  };

  const addEditorFor = (item: OutlineItem) => {
    if (editor?.mode !== 'add' || editor.after !== item.id) return undefined;
    return (
      <ClauseEditor
        idPrefix={EDITOR_ID}
        lang={policy.languageTag}
        onErrors={onErrors}
        headingLevel={editorLevel(item)}
        heading={t('wording.editor.add', { title: item.heading })}
        initial={{ title: '', text: '', level: 'clause' }}
        askLevel
        requireTitle
        textRequired={(values) => ownTextRequired(values, t)}
        onSave={({ title, text, level }) =>
          saveAndClose(
            addClause(wording, {
              id: newOwnId(wording),
              after: item.id,
              level,
              title: title.trim(),
              text: text.trim(),
            }),
            t('wording.announce.added', { title: title.trim() }),
            actionId('add', item.id),
          )
        }
        onCancel={() => close(actionId('add', item.id))}
      />
    );
  };

  return (
    <>
      <p role="status" className="visually-hidden">
        {message}
      </p>
      {hasChanges(wording) && (
        <ResetAll
          language={language}
          onReset={() => saveAndClose(EMPTY_WORDING, t('wording.announce.resetAll'), TITLE_ID)}
        />
      )}
      <Orphans
        wording={wording}
        orphaned={policy.wording.orphaned}
        lang={policy.languageTag}
        onRemoveEdit={(id) =>
          save(resetClause(wording, id), t('wording.announce.reset', { title: id }), TITLE_ID)
        }
        onRemoveOwn={(id) => {
          const title = wording.added.find((own) => own.id === id)?.title ?? id;
          save(removeOwnClause(wording, id), t('wording.announce.removed', { title }), TITLE_ID);
        }}
      />
      <div className="wording-policy">
        {items.map((item) => (
          <ClauseItem
            key={item.id}
            item={item}
            lang={policy.languageTag}
            stale={stale.get(item.id)}
            editor={editorFor(item)}
            addEditor={addEditorFor(item)}
            onAction={onAction}
            onKeepStale={(id, now) =>
              save(
                keepEdit(wording, id, now),
                t('wording.announce.saved', { title: item.heading }),
                actionId('reword', id),
              )
            }
          />
        ))}
      </div>
    </>
  );
}

const editorLevel = (item: OutlineItem): 'h3' | 'h4' => (item.depth === 1 ? 'h3' : 'h4');

/** An own clause needs text; an own section may be a heading with clauses of its own to come. */
const ownTextRequired = (values: EditorValues, t: (key: string) => string) =>
  values.level === 'clause' ? t('wording.errors.ownTextRequired') : undefined;
