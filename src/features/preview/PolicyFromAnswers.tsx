import { use, useMemo } from 'react';
import { bundledTemplate, loadedTemplate } from '@/document/load-bundled';
import type { TemplateBundle } from '@/document/template';
import { renderPolicy } from '@/document/render';
import type { Answers } from '@/domain/answers';
import { localToday } from '@/lib/today';
import { affectedParts } from './affected';
import { PolicyPreview } from './PolicyPreview';

interface PolicyFromAnswersProps {
  answers: Answers;
  /** As for PolicyPreview: levels to move every heading down. */
  headingOffset: number;
  /** Beside a question page: its answers' paths, whose parts of the policy are marked, and the mark's words. */
  mark?: { asked: readonly string[]; label: string };
}

/**
 * The policy for these answers, in their document language, once its template has arrived. A
 * template that is in is read directly; only one on its way goes through `use` (which may be
 * called conditionally), and suspends. One component either way, so the first answer typed after
 * the template arrives does not remount the policy beneath (which would redraw it all, and lose
 * what the preview tracks between renders: which parts just changed). (Calling `use` for a
 * template already in made three of the wizard's jsdom tests report a suspension outside `act`.)
 */
export function PolicyFromAnswers(props: PolicyFromAnswersProps) {
  const language = props.answers.policy.language;
  const bundle = loadedTemplate(language) ?? use(bundledTemplate(language));
  return <RenderedPolicy {...props} bundle={bundle} />;
}

function RenderedPolicy({
  answers,
  bundle,
  headingOffset,
  mark,
}: PolicyFromAnswersProps & { bundle: TemplateBundle }) {
  const policy = useMemo(() => renderPolicy({ answers, bundle, today: localToday() }), [answers, bundle]);
  // Made once per page and language, not per keystroke: the preview's sections compare it by identity.
  const marked = useMemo(
    () => mark && { parts: new Set(affectedParts(bundle, mark.asked)), label: mark.label },
    [mark, bundle],
  );
  return <PolicyPreview document={policy} headingOffset={headingOffset} mark={marked} />;
}
