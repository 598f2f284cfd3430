import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderPolicy } from '@/document/render';
import { writeDocx } from '@/document/writers/docx';
import { answers, PROPERTY_RUNS, propertyTimeout } from '../support/arbitraries';
import { malformedParts, unzipDocx } from '../support/docx';
import { bundles, LOCALES, TODAY } from '../support/templates';

/** The Word writer's half of the property tests; property-markdown.test.ts has the other. */
const RUNS = PROPERTY_RUNS;

describe('with any valid answers, however hostile', () => {
  it(
    `writes a Word file whose every XML part is well-formed (${RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(answers, fc.constantFrom(...LOCALES), async (answerSet, lang) => {
          const policy = renderPolicy({ answers: answerSet, bundle: bundles[lang], today: TODAY });
          expect(malformedParts(unzipDocx(await writeDocx(policy)))).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    propertyTimeout(),
  );
});
