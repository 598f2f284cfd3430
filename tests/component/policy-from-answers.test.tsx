// @vitest-environment jsdom
import { startTransition, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import { defaultAnswers } from '@/domain/answers';

/**
 * The policy while its template is still on its way, rendered as the app renders it (a
 * background render, no act()): when the template arrives while React has paused, React replays
 * the component that waited for it, which must then call `use` again. Reading the arrived
 * template directly in that component instead made React log an error and render everything
 * again (seen now and then in the browser tests; this test fails on that shape).
 */

afterEach(() => {
  vi.unstubAllGlobals();
});

it('shows the policy as its template arrives, and again in another language, without React recovering from an error', async () => {
  vi.stubGlobal('IS_REACT_ACT_ENVIRONMENT', false);
  vi.resetModules(); // no template loaded yet
  const { PolicyFromAnswers } = await import('@/features/preview/PolicyFromAnswers');
  // The template's module is in, but not yet asked for: asked during the render, it arrives a
  // moment later, typically while React has paused the render (when the bug showed).
  await import('@/document/templates/da');
  await import('@/document/templates/en');
  const danish = defaultAnswers();
  const english = { ...danish, policy: { ...danish.policy, language: 'en' as const } };
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const title = () => container.querySelector('h1')?.textContent;
  const show = (answers: typeof danish) =>
    startTransition(() =>
      root.render(
        <Suspense fallback={<p>loading</p>}>
          <PolicyFromAnswers answers={answers} headingOffset={0} />
        </Suspense>,
      ),
    );

  show(danish);
  await vi.waitFor(() => expect(title()).toBe('Politik for sociale medier'), { timeout: 10_000 });
  // A background render keeps the Danish policy on screen, waits for the English template, then
  // replays the component that asked for it.
  show(english);
  await vi.waitFor(() => expect(title()).toBe('Social media policy'), { timeout: 10_000 });
  // tests/setup.ts fails the test on any console.error, such as React's "recovered" error.
  root.unmount();
  container.remove();
});
