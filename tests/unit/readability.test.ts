import { describe, expect, it } from 'vitest';
import { englishSyllables, measure, proseOf, readabilityOf } from '@/document/readability';
import { renderPolicy } from '@/document/render';
import { bundles, loadExamples, TODAY } from '../support/templates';

describe('readability', () => {
  it('scores a short English sentence as very easy', () => {
    // 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 * 6 - 84.6 * 1
    expect(measure(['The cat sat on the mat.'])).toEqual({ words: 6, sentences: 1, lix: 6, flesch: 116.1 });
  });

  it('counts long Danish words for LIX', () => {
    // 5 words, 1 sentence, 2 words over six letters: 5 + 100 * 2 / 5
    expect(measure(['Politikken gælder for alle medarbejdere.']).lix).toBe(45);
  });

  it('estimates English syllables', () => {
    expect(['policy', 'employee', 'make', 'organisation', 'the'].map(englishSyllables)).toEqual([
      3, 3, 1, 5, 1,
    ]);
  });

  it('counts a list item without a full stop as a sentence, and skips headings and tables', () => {
    const body = {
      type: 'root' as const,
      children: [
        {
          type: 'heading' as const,
          depth: 1 as const,
          children: [{ type: 'text' as const, value: 'Heading words' }],
        },
        {
          type: 'list' as const,
          children: [
            {
              type: 'listItem' as const,
              children: [
                { type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'one item' }] },
              ],
            },
          ],
        },
      ],
    };
    expect(proseOf(body)).toEqual(['one item']);
    expect(measure(proseOf(body)).sentences).toBe(1);
  });

  it('measures a whole example policy in its language', () => {
    const [example] = loadExamples();
    const result = readabilityOf(
      renderPolicy({ answers: example!.answers, bundle: bundles.da, today: TODAY }),
    );
    expect(result.locale).toBe('da');
    expect(result.words).toBeGreaterThan(2000);
    expect(result.lix).toBeGreaterThan(20);
    expect(result.lix).toBeLessThan(60);
  });
});
