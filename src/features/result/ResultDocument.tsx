import { useDeferredValue, useMemo } from 'react';
import { renderPolicy } from '@/document/render';
import type { Answers } from '@/domain/answers';
import { useDraft } from '@/features/draft/store';
import { PolicyPreview } from '@/features/preview/PolicyPreview';
import { useTemplate } from '@/features/preview/useTemplate';
import { localToday } from '@/lib/today';

/** The policy as it will be printed, under the result page's buttons. */
export function ResultDocument() {
  // A change (of the document's language) re-renders the policy in the background, so the
  // radio button responds at once. The first render is immediate: printing may be waiting.
  const answers = useDeferredValue(useDraft((state) => state.answers));
  return <PolicyFor answers={answers} />;
}

function PolicyFor({ answers }: { answers: Answers }) {
  const bundle = useTemplate(answers.policy.language);
  const policy = useMemo(() => renderPolicy({ answers, bundle, today: localToday() }), [answers, bundle]);
  return <PolicyPreview document={policy} headingOffset={1} />;
}
