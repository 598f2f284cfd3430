import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { button, expectPage, LANGS, ORIGIN, startNewPolicy, textbox, useApp, type Session } from './app';

/** One draft in two tabs of one browser: each tab's edits show in the other and survive a reload. */

const { open } = useApp();

async function secondTab({ context, t }: Session, path: string, title: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(ORIGIN + path);
  await expectPage(page, t(title));
  return page;
}

const field = (page: Page, { t }: Session, name: string) => textbox(page, t(`wizard:fields.${name}.label`));
const stored = (page: Page) => page.evaluate(() => localStorage.getItem('policy-builder-draft') ?? '');

describe.each(LANGS)('%s: two tabs', (lang) => {
  it('editing different pages: each sees the other’s answer at once, and both survive a reload', async () => {
    const session = await open(lang);
    const { page: first, t } = session;
    await startNewPolicy(session);
    await first.goto(`${ORIGIN}/organisation/about`);
    await expectPage(first, t('wizard:pages.about.title'));
    const second = await secondTab(session, '/organisation/owner', 'wizard:pages.owner.title');

    await field(first, session, 'organisation.name').fill('Blåbær ApS');
    await button(first, t('nav.continue')).click();
    await expectPage(first, t('wizard:pages.people.title'));
    // The other tab's preview shows the new name without a reload.
    await expect.poll(() => second.locator('.wizard-layout').innerText()).toContain('Blåbær ApS');

    await field(second, session, 'policy.owner.name').fill('Ida Holm');
    await field(second, session, 'policy.owner.email').fill('ida@blaabaer.example');
    await button(second, t('nav.continue')).click();
    await expectPage(second, t('wizard:pages.history.title'));

    for (const tab of [first, second]) {
      await tab.reload();
      const draft = await stored(tab);
      expect(draft).toContain('Blåbær ApS');
      expect(draft).toContain('Ida Holm');
    }
  });

  it('editing different questions of one page: the untouched one follows the other tab, and nothing is undone', async () => {
    const session = await open(lang);
    const { page: first, t } = session;
    await startNewPolicy(session);
    await first.goto(`${ORIGIN}/organisation/owner`);
    await expectPage(first, t('wizard:pages.owner.title'));
    const second = await secondTab(session, '/organisation/owner', 'wizard:pages.owner.title');

    await field(second, session, 'policy.owner.name').fill('Ida Holm');
    await field(first, session, 'policy.owner.function').fill('HR');
    await field(first, session, 'policy.owner.email').fill('hr@blaabaer.example');
    await button(first, t('nav.continue')).click();
    await expectPage(first, t('wizard:pages.history.title'));

    // The second tab's form takes the answers it hadn't touched; its own typing stays.
    const email = field(second, session, 'policy.owner.email');
    await expect.poll(() => email.inputValue()).toBe('hr@blaabaer.example');
    expect(await field(second, session, 'policy.owner.function').inputValue()).toBe('HR');
    expect(await field(second, session, 'policy.owner.name').inputValue()).toBe('Ida Holm');
    await button(second, t('nav.continue')).click();
    await expectPage(second, t('wizard:pages.history.title'));

    await first.reload();
    await first.goto(`${ORIGIN}/organisation/owner`);
    await expectPage(first, t('wizard:pages.owner.title'));
    expect(await field(first, session, 'policy.owner.function').inputValue()).toBe('HR');
    expect(await field(first, session, 'policy.owner.name').inputValue()).toBe('Ida Holm');
    expect(await field(first, session, 'policy.owner.email').inputValue()).toBe('hr@blaabaer.example');
  });
});
