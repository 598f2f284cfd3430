// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { screen, prettyDOM } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { findHeading, openApp, resetApp } from '../support/app';

afterEach(resetApp);

it('probe', async () => {
  const user = await openApp('/organisation/about');
  await findHeading('Om jeres organisation');
  await user.click(screen.getByRole('button', { name: 'Fortsæt' }));
  console.log(prettyDOM(document.body, 20000));
  console.log(document.title, window.location.pathname);
  expect(1).toBe(1);
});
