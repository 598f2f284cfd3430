import { describe, expect, it } from 'vitest';
import { renderPolicy } from '@/document/render';
import { writeMarkdown } from '@/document/writers/markdown';
import { bundles, loadExamples, LOCALES, TODAY } from '../support/templates';

/**
 * The whole policy of every example, in both languages, as reviewed Markdown. A change to the
 * template or the renderer shows up here as a diff to read; `npm run test:update` accepts it.
 */
const examples = loadExamples();

describe('golden Markdown', () => {
  it('has at least three examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(examples.map((example) => [example.name, example] as const))('%s', (name, example) => {
    it.each(LOCALES)('%s', async (locale) => {
      const markdown = writeMarkdown(
        renderPolicy({ answers: example.answers, bundle: bundles[locale], today: TODAY }),
      );
      await expect(markdown).toMatchFileSnapshot(`../fixtures/golden/${name}.${locale}.md`);
    });
  });
});
