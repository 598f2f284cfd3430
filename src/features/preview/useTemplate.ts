import { use } from 'react';
import { bundledTemplate, loadedTemplate } from '@/document/load-bundled';
import type { Locale, TemplateBundle } from '@/document/template';

/**
 * The template of a language, suspending only while it is on its way. Once it has arrived it is
 * read directly, without `use`: no promise is touched on the render path at all.
 */
export function useTemplate(locale: Locale): TemplateBundle {
  return loadedTemplate(locale) ?? use(bundledTemplate(locale));
}
