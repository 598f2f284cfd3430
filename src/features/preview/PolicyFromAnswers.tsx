import { use, useMemo } from 'react';
import { bundledTemplate, loadedTemplate } from '@/document/load-bundled';
import type { TemplateBundle } from '@/document/template';
import { renderPolicy } from '@/document/render';
import type { Answers } from '@/domain/answers';
import { localToday } from '@/lib/today';
import { PolicyPreview } from './PolicyPreview';

interface PolicyFromAnswersProps {
  answers: Answers;
  /** As for PolicyPreview: levels to move every heading down. */
  headingOffset: number;
}

/**
 * The policy for these answers, in their document language, once its template has arrived.
 * A template that is in is read directly; only a template on its way goes through `use`, in a
 * component of its own that calls it every time, as React requires of a component that suspends.
 */
export function PolicyFromAnswers(props: PolicyFromAnswersProps) {
  const bundle = loadedTemplate(props.answers.policy.language);
  return bundle ? <RenderedPolicy {...props} bundle={bundle} /> : <AwaitTemplate {...props} />;
}

function AwaitTemplate(props: PolicyFromAnswersProps) {
  const bundle = use(bundledTemplate(props.answers.policy.language));
  return <RenderedPolicy {...props} bundle={bundle} />;
}

function RenderedPolicy({
  answers,
  bundle,
  headingOffset,
}: PolicyFromAnswersProps & { bundle: TemplateBundle }) {
  const policy = useMemo(() => renderPolicy({ answers, bundle, today: localToday() }), [answers, bundle]);
  return <PolicyPreview document={policy} headingOffset={headingOffset} />;
}
