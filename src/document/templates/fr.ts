import type { TemplateFiles } from '../template';

/** The fr template's files as one module, so a language arrives in one request. */
const files = import.meta.glob<string>('/templates/fr/*.{md,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const templateFiles: TemplateFiles = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.slice('/templates/fr/'.length), text]),
);
