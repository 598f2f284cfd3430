import { describe, expect, it } from 'vitest';
import {
  axeViolations,
  button,
  continueOn,
  expectPage,
  LANGS,
  ORIGIN,
  screenshot,
  startFromExample,
  textbox,
  useApp,
  type Lang,
  VIEWPORTS,
} from './app';

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) on every kind of page, in both languages, at a desktop
 * and a phone width; with E2E_SCREENSHOTS set, a full-page screenshot of each for review.
 */

const { open } = useApp();

/** Danish pages show a Danish example, English pages the English one. */
const EXAMPLE: Record<Lang, string> = { da: 'dk-software-company', en: 'intl-consultancy' };

describe('accessibility of every kind of page', () => {
  it.each(LANGS)(
    '%s: axe finds no violation, and nothing scrolls sideways, at 1280 and 390 px',
    async (lang) => {
      const session = await open(lang);
      const { page, t } = session;
      const w = (key: string, values?: Record<string, string | number>) => t(`wizard:${key}`, values);
      const found: Record<string, string[]> = {};

      /** axe and a screenshot at each width, of the page as it is now. */
      const check = async (kind: string) => {
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        for (const size of VIEWPORTS) {
          await page.setViewportSize(size);
          const violations = await axeViolations(page);
          // WCAG 1.4.10 Reflow: nothing may need sideways scrolling, even at 390 px.
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > size.width) violations.push(`reflow: the page is ${width} px wide`);
          if (violations.length > 0) found[`${kind} at ${size.width} px`] = violations;
          await screenshot(page, `${kind}-${lang}-${size.width}`);
        }
        await page.setViewportSize(VIEWPORTS[0]);
      };
      const visit = async (path: string, title: string) => {
        await page.goto(ORIGIN + path);
        await expectPage(page, title);
      };

      await expectPage(page, t('start.title'));
      await check('start');

      await visit('/no-such-page', t('notFound.title'));
      await check('not-found');

      await page.goto(ORIGIN);
      await startFromExample(session, EXAMPLE[lang]);
      await check('task-list');

      await visit('/', t('start.title'));
      await check('start-with-draft');

      await visit('/organisation/about', w('pages.about.title'));
      await check('question');

      await textbox(page, w('fields.organisation.name.label')).fill('');
      await continueOn(session);
      await page.getByRole('heading', { name: t('question.errorSummaryTitle') }).waitFor();
      await check('question-with-errors');

      await visit('/roles/accounts', w('pages.accounts.title'));
      await page.getByRole('term').first().waitFor();
      await check('list-with-items');

      await visit('/roles/accounts/1', w('fields.roles.accounts.itemTitle', { number: 1 }));
      await check('list-item');

      await visit('/roles/check', t('check.partTitle', { part: w('parts.roles.title') }));
      await check('part-check');

      await visit('/check', t('check.allTitle'));
      await check('check-answers');

      await visit('/result', t('result.title'));
      await check('result');

      await visit('/start-again', t('startAgain.title'));
      await check('start-again');

      await visit(`/replace?with=example:${EXAMPLE[lang]}`, t('replace.title'));
      await check('replace');

      // A file with fields the app doesn't know: they are listed before anything is replaced.
      await visit('/', t('start.title'));
      await page.locator('#f-answers-file').setInputFiles({
        name: 'with-extras.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({ schemaVersion: 1, answers: { organisation: { colour: 'blue' } } }),
        ),
      });
      await expectPage(page, t('replace.title'));
      expect(await page.getByText('answers.organisation.colour').count()).toBe(1);
      await check('replace-ignored-fields');

      // A file that won't open: the reasons in a line each, under the field.
      await visit('/', t('start.title'));
      await page.locator('#f-answers-file').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify({ schemaVersion: 1, answers: { organisation: { listed: 'maybe' } } }),
        ),
      });
      await page.getByRole('alert').waitFor();
      await check('start-file-error');

      // The preview opened on a phone, where it sits behind a button.
      await visit('/roles/spokespeople', w('pages.spokespeople.title'));
      await page.setViewportSize(VIEWPORTS[1]);
      await button(page, t('question.showPreview')).click();
      await page.getByRole('region', { name: t('question.previewHeading') }).waitFor();
      const violations = await axeViolations(page);
      if (violations.length > 0) found['question with the preview open at 390 px'] = violations;
      await screenshot(page, `question-preview-open-${lang}-390`);

      expect(found).toEqual({});
    },
    180_000,
  );
});
