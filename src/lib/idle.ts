/**
 * Runs `task` when the browser has nothing better to do (at the latest after `timeout` ms), and
 * returns a function that cancels it: the shape a `useEffect` clean-up wants.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 200);
  return () => window.clearTimeout(handle);
}
