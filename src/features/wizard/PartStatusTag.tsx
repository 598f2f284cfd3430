import { useTranslation } from 'react-i18next';
import { Tag } from '@/components/ui/Layout';
import type { PartStatus } from '@/features/draft/store';

const TONE: Record<PartStatus, 'grey' | 'yellow' | 'blue' | 'green'> = {
  notStarted: 'grey',
  // Started from an example: the same yellow as its "Example answer" tags.
  toCheck: 'yellow',
  inProgress: 'blue',
  completed: 'green',
};

/** A part's status in words ("Not started", "Check this part", …); `id` lets its link be described by it. */
export function PartStatusTag({ status, id }: { status: PartStatus; id?: string }) {
  const { t } = useTranslation();
  return (
    <Tag tone={TONE[status]} id={id}>
      {t(`tasks.status.${status}`)}
    </Tag>
  );
}
