/**
 * Runs `task` once the page has shown its first content and the browser has nothing better to
 * do (at the latest `timeout` ms after that first paint), and returns a function that cancels
 * it: the shape a `useEffect` clean-up wants.
 *
 * "Idle" alone is not enough on a page's first load: the browser can be idle while the first
 * frame is still on its way to the screen, and heavy work started then (parsing a chunk of code)
 * holds that frame back.
 */
export function whenIdle(task: () => void, timeout = 2000): () => void {
  let cancelIdle: (() => void) | undefined;
  const cancelPaint = afterFirstContentfulPaint(() => {
    cancelIdle = requestIdle(task, timeout);
  });
  return () => {
    cancelPaint();
    cancelIdle?.();
  };
}

function requestIdle(task: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 200);
  return () => window.clearTimeout(handle);
}

/** Runs `task` when the page's first contentful paint has been presented (at once after that). */
function afterFirstContentfulPaint(task: () => void): () => void {
  const canObserve =
    typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (!canObserve || performance.getEntriesByName('first-contentful-paint').length > 0) {
    task();
    return () => undefined;
  }
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    task();
  });
  observer.observe({ type: 'paint', buffered: true });
  return () => observer.disconnect();
}
