import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Status =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed'; message: string };

/**
 * One download at a time, and what became of the last one: the result page and the policy on a
 * page share it, so both say the same while a file is made, when it is saved and when it fails.
 */
export function useDownloads() {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  /** Runs `make`, which returns the saved file's name. */
  const run = async (make: () => Promise<string> | string) => {
    setStatus({ kind: 'busy' });
    try {
      setStatus({ kind: 'done', file: await make() });
    } catch (error) {
      setStatus({ kind: 'failed', message: (error as Error).message });
    }
  };
  return { status, busy: status.kind === 'busy', run };
}

/** Announced to screen readers as it changes. */
export function DownloadStatus({ status }: { status: Status }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="result-status">
      {status.kind === 'busy' && t('result.working')}
      {status.kind === 'done' && t('result.downloaded', { file: status.file })}
      {status.kind === 'failed' && t('result.failed', { message: status.message })}
    </p>
  );
}
