import { useDeferredValue } from 'react';
import { useDraft } from '@/features/draft/store';
import { PolicyFromAnswers } from '@/features/preview/PolicyFromAnswers';

/** The policy as it will be printed, under the result page's buttons. */
export function ResultDocument() {
  // A change (of the document's language) re-renders the policy in the background, so the
  // radio button responds at once. The first render is immediate: printing may be waiting.
  const answers = useDeferredValue(useDraft((state) => state.answers));
  return <PolicyFromAnswers answers={answers} headingOffset={1} />;
}
