import { wizardTranslations } from '../support/wizard-t';
import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultAnswers } from '@/domain/answers';
import { readAnswersFile } from '@/domain/answers-file';
import { describeFileProblems } from '@/features/start/file-problems';
import { fitsPage, pageValues, withPageValues } from '@/features/wizard/form-values';
import { QUESTION_PAGES } from '@/features/wizard/questions';
import { validatePage } from '@/features/wizard/validate';
import { logoAnswer } from '../support/images';

/**
 * The logo as an answer on its page: carried through the page's form as it is, kept in a page
 * draft only in its own shape, and, when a damaged draft or answers file holds one the schema
 * refuses, reported on the logo question in the words for a file that could not be read.
 */

let t: TFunction;

beforeAll(async () => {
  t = (await wizardTranslations()).en;
});

const page = QUESTION_PAGES.find((candidate) => candidate.id === 'approval')!;
const logo = logoAnswer(4, 2);

describe('the logo on the approval page', () => {
  it('is the last question, and goes into the form and back unchanged', () => {
    expect(page.fields.at(-1)).toEqual({ kind: 'image', path: 'policy.logo' });
    const answers = { ...defaultAnswers(), policy: { ...defaultAnswers().policy, logo } };
    const values = pageValues(page, answers);
    expect(values).toMatchObject({ policy: { logo } });
    expect(withPageValues(page, defaultAnswers(), values).policy.logo).toEqual(logo);
    expect(pageValues(page, defaultAnswers())).toMatchObject({ policy: { logo: null } });
  });

  it('is saved by Continue, or taken away', () => {
    const chosen = validatePage(page, defaultAnswers(), { policy: { logo } }, t);
    expect(chosen).toMatchObject({ ok: true, answers: { policy: { logo } } });
    const removed = validatePage(
      page,
      chosen.ok ? chosen.answers : defaultAnswers(),
      { policy: { logo: null } },
      t,
    );
    expect(removed).toMatchObject({ ok: true, answers: { policy: { logo: null } } });
  });

  it('keeps a page draft with a logo, and drops one whose logo is not in its shape', () => {
    expect(fitsPage(page, { policy: { logo } })).toBe(true);
    expect(fitsPage(page, { policy: { logo: null } })).toBe(true);
    expect(fitsPage(page, { policy: { logo: 'logo.png' } })).toBe(false);
    expect(fitsPage(page, { policy: { logo: { ...logo, mediaType: 'image/gif' } } })).toBe(false);
    expect(fitsPage(page, { policy: { logo: { ...logo, width: '4' } } })).toBe(false);
  });

  it('is reported on the question, once, when the schema refuses it', () => {
    const damaged = { ...logo, width: 0, data: 'not base64!' };
    expect(validatePage(page, defaultAnswers(), { policy: { logo: damaged } }, t)).toEqual({
      ok: false,
      errors: [{ path: 'policy.logo', message: 'The selected file could not be read' }],
    });
  });
});

describe('a logo in an answers file that will not open', () => {
  const said = (answers: unknown) => {
    const result = readAnswersFile(JSON.stringify({ schemaVersion: 1, answers }));
    if (result.ok) throw new Error('expected the file not to open');
    return describeFileProblems(result.problems, t).details;
  };

  it('is named by its question', () => {
    expect(said({ policy: { logo: 'logo.png' } })).toEqual([
      '‘Logo for the cover’ is not in the form Policy Builder expects',
    ]);
    expect(said({ policy: { logo: { ...logo, mediaType: 'image/gif', width: 1.5 } } })).toEqual([
      '‘Logo for the cover’ is not valid',
    ]);
  });
});
