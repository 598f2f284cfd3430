import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTS } from '@/domain/answers';
import { paragraphTexts, unzipDocx } from '../support/docx';
import {
  axeViolations,
  button,
  continueOn,
  download,
  expectPage,
  isFocused,
  LANGS,
  link,
  screenshot,
  SHOTS,
  startFromExample,
  statusOf,
  textbox,
  useApp,
  type Lang,
  type Session,
  VIEWPORTS,
} from './app';

/**
 * An example is a starting point, never content. From an example, change one answer and try to
 * create the policy: the check page lists the example answers and unfinished parts and asks
 * first; once the user chooses to create it as it is, the Word file holds the answers they left,
 * and none of the example's invented version history.
 */

const { open } = useApp();

const EXAMPLE: Record<Lang, string> = { da: 'dk-software-company', en: 'intl-consultancy' };
const OWN_NAME: Record<Lang, string> = { da: 'Fjordlys Bryggeri ApS', en: 'Harbour Lane Bakery Ltd' };

interface ExampleFile {
  answers: {
    organisation: { name: string };
    policy: { version: string; owner: { email: string }; revisions: { version: string; changes: string }[] };
  };
}
const exampleFile = (id: string) =>
  JSON.parse(
    readFileSync(new URL(`../../templates/examples/${id}.json`, import.meta.url), 'utf8'),
  ) as ExampleFile;

/** axe and reflow at both widths, with a screenshot of each for review. */
async function checkPage({ page }: Session, name: string): Promise<void> {
  for (const size of VIEWPORTS) {
    await page.setViewportSize(size);
    expect(await axeViolations(page), `${name} at ${size.width} px`).toEqual([]);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${name} at ${size.width} px scrolls sideways`).toBeLessThanOrEqual(size.width);
    await screenshot(page, `${name}-${size.width}`);
  }
  await page.setViewportSize(VIEWPORTS[0]);
}

describe('a policy from an example', () => {
  it.each(LANGS)(
    '%s: example answers are tagged, creating the policy with them is a choice, and no history comes along',
    async (lang) => {
      const session = await open(lang);
      const { page, t } = session;
      const { answers: source } = exampleFile(EXAMPLE[lang]);
      expect(source.policy.revisions.length).toBeGreaterThan(0);

      await startFromExample(session, EXAMPLE[lang]);
      for (const part of PARTS)
        expect(await statusOf(page, t(`wizard:parts.${part}.title`))).toBe(t('tasks.status.toCheck'));
      await checkPage(session, `example-task-list-${lang}`);

      // Change one answer: the organisation's name.
      await link(page, t('wizard:parts.organisation.title')).click();
      await expectPage(page, t('wizard:pages.about.title'));
      const name = textbox(page, t('wizard:fields.organisation.name.label'));
      const described = (await name.getAttribute('aria-describedby')) ?? '';
      expect(await page.locator(`#${described.split(' ')[0]}`).innerText()).toBe(t('question.exampleAnswer'));
      await checkPage(session, `example-question-${lang}`);
      await name.fill(OWN_NAME[lang]);
      // Changed: the user's own, tag gone, before Continue.
      await expect.poll(async () => (await name.getAttribute('aria-describedby')) ?? '').not.toMatch(/-tag/);
      await continueOn(session);
      await expectPage(page, t('wizard:pages.people.title'));
      await checkPage(session, `example-question-people-${lang}`);

      // Try to create the policy.
      await page.getByRole('link', { name: t('nav.back') }).click();
      await page.getByRole('link', { name: t('nav.back') }).click();
      await expectPage(page, t('tasks.title'));
      expect(await statusOf(page, t('wizard:parts.organisation.title'))).toBe(t('tasks.status.inProgress'));
      await link(page, t('tasks.check')).click();
      await expectPage(page, t('check.allTitle'));
      await button(page, t('check.create')).click();

      const summary = page.getByRole('alert');
      await expect.poll(() => isFocused(summary)).toBe(true);
      expect(await summary.innerText()).toContain(t('check.remaining.error'));
      expect(await page.title()).toMatch(lang === 'da' ? /^Fejl: / : /^Error: /);
      const remaining = page.getByRole('region', { name: t('check.remaining.heading') });
      for (const part of PARTS)
        expect(await link(remaining, t(`wizard:parts.${part}.title`)).count(), part).toBe(1);
      // The answer changed is the user's; the example's others are listed, each a link to its
      // question that names its page (labels such as "Email address" repeat).
      const exampleAnswer = (path: string, pageId: string) =>
        link(remaining, `${t(`wizard:fields.${path}.label`)} (${t(`wizard:pages.${pageId}.title`)})`);
      expect(await exampleAnswer('policy.owner.email', 'owner').getAttribute('href')).toBe(
        '/organisation/owner?return=%2Fcheck#f-policy-owner-email',
      );
      expect(await exampleAnswer('security.reportTo.email', 'reporting').count()).toBe(1);
      expect(await exampleAnswer('roles.spokespeople', 'spokespeople').count()).toBe(1);
      expect(await exampleAnswer('organisation.name', 'about').count()).toBe(0);
      await checkPage(session, `example-check-${lang}`);
      const choice = page.getByRole('group', { name: t('check.remaining.legend') });
      // What a reader sees without scrolling, and the choice at the foot of the page.
      if (SHOTS)
        for (const size of VIEWPORTS) {
          await page.setViewportSize(size);
          await page.evaluate(() => window.scrollTo(0, 0));
          await page.screenshot({ path: join(SHOTS, `example-check-top-${lang}-${size.width}.png`) });
          await choice.screenshot({ path: join(SHOTS, `example-check-choice-${lang}-${size.width}.png`) });
        }
      await page.setViewportSize(VIEWPORTS[0]);

      // The explicit choice: create it as it is.
      await choice.getByRole('checkbox', { name: t('check.remaining.confirmBoth') }).check();
      await button(page, t('check.create')).click();
      await expectPage(page, t('result.title'));

      const word = await download(page, () => button(page, t('result.downloadWord')).click());
      const paragraphs = paragraphTexts(unzipDocx(word.bytes)['word/document.xml'] ?? '');
      const text = paragraphs.join('\n');
      expect(text).toContain(OWN_NAME[lang]);
      expect(text).not.toContain(source.organisation.name);
      // Left as the example gave it, by the user's choice.
      expect(text).toContain(source.policy.owner.email);
      // None of the example's history: no earlier version, nor the version number it led up to.
      for (const revision of source.policy.revisions) {
        expect(text).not.toContain(revision.changes);
        if (revision.version !== '1.0') expect(paragraphs).not.toContain(revision.version);
      }
      expect(paragraphs).not.toContain(source.policy.version);
      expect(paragraphs).toContain('1.0');
    },
    120_000,
  );
});
