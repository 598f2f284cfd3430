import type { TemplateFiles } from '../template';

/** The en template's files as one module, so a language arrives in one request. */
const files = import.meta.glob<string>('/templates/en/*.{md,json}', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const templateFiles: TemplateFiles = Object.fromEntries(
  Object.entries(files).map(([path, text]) => [path.slice('/templates/en/'.length), text]),
);
