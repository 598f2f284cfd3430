import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/Layout';
import type { DocumentWording } from '@/domain/answers';
import type { WordingReport } from '@/document/wording-edits';

interface OrphansProps {
  wording: DocumentWording;
  orphaned: WordingReport['orphaned'];
  lang: string;
  onRemoveEdit: (id: string) => void;
  onRemoveOwn: (id: string) => void;
}

/**
 * Her changes that no clause of this policy takes: a clause her answers no longer bring in, or
 * one a newer standard wording dropped. Never dropped silently: each is listed with its text in
 * a read-only box she can copy from, until she removes it.
 */
export function Orphans({ wording, orphaned, lang, onRemoveEdit, onRemoveOwn }: OrphansProps) {
  const { t } = useTranslation();
  if (orphaned.edits.length === 0 && orphaned.added.length === 0) return null;
  const own = orphaned.added.flatMap((id) => wording.added.filter((clause) => clause.id === id));
  return (
    <section className="wording-orphans" aria-labelledby="wording-orphans-heading">
      <h2 id="wording-orphans-heading">{t('wording.orphans.heading')}</h2>
      <p>{t('wording.orphans.text')}</p>
      <ul className="wording-orphans__list">
        {orphaned.edits.map((id) => {
          const edit = wording.edits[id];
          if (!edit) return null;
          const title = edit.title || id;
          return (
            <li key={id} className="wording-orphans__item">
              {edit.action === 'omit' ? (
                <p>{t('wording.orphans.omitted', { id })}</p>
              ) : (
                <CopyableText
                  id={`wording-orphan-${id}`}
                  label={t('wording.orphans.edit', { title })}
                  text={edit.text}
                  lang={lang}
                />
              )}
              <Button variant="secondary" onClick={() => onRemoveEdit(id)}>
                {t('wording.orphans.remove')}
                <span className="visually-hidden"> {title}</span>
              </Button>
            </li>
          );
        })}
        {own.map((clause) => (
          <li key={clause.id} className="wording-orphans__item">
            <CopyableText
              id={`wording-orphan-${clause.id}`}
              label={t('wording.orphans.own', { title: clause.title })}
              text={clause.text}
              lang={lang}
            />
            <Button variant="secondary" onClick={() => onRemoveOwn(clause.id)}>
              {t('wording.orphans.remove')}
              <span className="visually-hidden"> {clause.title}</span>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Read-only, not disabled: it can be focused, selected and copied, and a screen reader reads it. */
function CopyableText({ id, label, text, lang }: { id: string; label: string; text: string; lang: string }) {
  return (
    <div className="ui-form-group">
      <label className="ui-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className="ui-textarea"
        readOnly
        value={text}
        lang={lang}
        rows={Math.min(10, Math.max(3, text.split('\n').length + 1))}
      />
    </div>
  );
}
