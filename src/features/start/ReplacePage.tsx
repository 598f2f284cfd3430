import { useEffect, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink, Button } from '@/components/ui/Layout';
import { usePageTitle } from '@/components/ui/usePageTitle';
import { useDraft } from '@/features/draft/store';
import { downloadAnswers } from '@/features/export/download';
import { asLocale } from '@/i18n/i18n';
import { describeIgnoredFields } from './file-problems';
import { answersFor, forgetHeldFile, mustAsk, parseReplacement, type Replacement } from './replacement';

interface Props {
  /** The `with` of /replace?with=…: what would take the draft's place. */
  replacement: string | null;
  /** The app's navigation, passed in: features don't import the app shell. */
  navigate: (to: string, options?: { replace?: boolean }) => void;
  followLink: (event: MouseEvent<HTMLAnchorElement>) => void;
  /** Shown when `replacement` names nothing there is. */
  fallback: ReactNode;
}

/**
 * "Are you sure?" before a new policy, an example or an answers file takes the place of the
 * draft in the browser: what goes, what comes, and the answers to save as a file first.
 * With no draft there is nothing to lose, and nothing is asked, except of an answers file with
 * fields the app doesn't know: the user sees which will be left out before it opens.
 */
export function ReplacePage({ replacement: param, navigate, followLink, fallback }: Props) {
  const { t, i18n } = useTranslation();
  const started = useDraft((state) => state.started);
  const answers = useDraft((state) => state.answers);
  const start = useDraft((state) => state.start);
  const [replacement] = useState(() => parseReplacement(param));
  // As on arrival: opening the file starts a draft, and the page must not turn into the other question.
  const [hadDraft] = useState(started);
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const heading = t(hadDraft ? 'replace.title' : 'replace.ignoredTitle');
  usePageTitle(heading);

  const replacing = useRef(false);
  const replace = async (next: Replacement) => {
    if (replacing.current) return;
    replacing.current = true;
    try {
      start(await answersFor(next, asLocale(i18n.language)), { fromExample: next.kind === 'example' });
    } finally {
      replacing.current = false;
    }
    forgetHeldFile();
    navigate('/tasks', { replace: true });
  };
  const keep = () => {
    forgetHeldFile();
    navigate('/', { replace: true });
  };

  // Nothing to ask: no draft to lose and nothing left out of a file; or the file to open was
  // forgotten in a reload.
  const nothingToAsk = replacement !== null && !mustAsk(replacement, started);
  const fileForgotten = replacement === null && param === 'file';
  useEffect(() => {
    if (nothingToAsk) void replace(replacement);
    else if (fileForgotten) navigate('/', { replace: true });
    // Once, on arrival: later changes of the draft are this page's own doing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (replacement === null) return fileForgotten ? null : fallback;
  if (nothingToAsk) return null;

  const ignored = replacement.kind === 'file' && replacement.ignored.length > 0 && (
    <IgnoredFields
      file={replacement.name}
      {...describeIgnoredFields(replacement.ignored, t)}
      heading={hadDraft ? <h2>{t('replace.ignoredTitle')}</h2> : null}
    />
  );
  if (!hadDraft)
    return (
      <div className="page-narrow">
        <BackLink href="/" onClick={followLink}>
          {t('nav.back')}
        </BackLink>
        <h1 tabIndex={-1}>{heading}</h1>
        {ignored}
        <div className="ui-button-group">
          <Button onClick={() => void replace(replacement)}>{t('replace.openWithout')}</Button>
          <Button variant="secondary" onClick={keep}>
            {t('replace.chooseAnother')}
          </Button>
        </div>
      </div>
    );

  const organisation = answers.organisation.name || t('start.unnamed');
  const what =
    replacement.kind === 'new'
      ? t('replace.new', { organisation })
      : replacement.kind === 'example'
        ? t('replace.example', { organisation, example: t(`start.examples.${replacement.id}`) })
        : t('replace.file', { organisation, file: replacement.name });

  return (
    <div className="page-narrow">
      <BackLink href="/" onClick={followLink}>
        {t('nav.back')}
      </BackLink>
      <h1 tabIndex={-1}>{heading}</h1>
      <p className="ui-wrap-anywhere">{what}</p>
      {ignored}
      <p className="ui-warning-text">{t('replace.warning')}</p>
      <Button variant="secondary" onClick={() => setSavedAs(downloadAnswers(answers))}>
        {t('replace.download')}
      </Button>
      <p role="status" className="replace-status">
        {savedAs && t('result.downloaded', { file: savedAs })}
      </p>
      <div className="ui-button-group">
        <Button variant="warning" onClick={() => void replace(replacement)}>
          {t('replace.confirm')}
        </Button>
        <Button variant="secondary" onClick={keep}>
          {t('replace.cancel')}
        </Button>
      </div>
    </div>
  );
}

/** The fields of a file that will be left out, as paths: the wizard has no words for them. */
function IgnoredFields({
  file,
  fields,
  more,
  heading,
}: {
  file: string;
  fields: string[];
  more: string | null;
  heading: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="ui-inset">
      {heading}
      <p className="ui-wrap-anywhere">{t('replace.ignoredIntro', { file })}</p>
      <ul className="ui-wrap-anywhere">
        {fields.map((field, index) => (
          <li key={`${index} ${field}`}>
            <code>{field}</code>
          </li>
        ))}
        {more && <li>{more}</li>}
      </ul>
    </div>
  );
}
