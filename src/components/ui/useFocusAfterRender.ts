import { useCallback, useEffect, useRef } from 'react';

/**
 * Focus for an element a change adds or keeps, once the page shows the change: an element the
 * change adds exists only after the render, and the button that had focus may be gone. Returns
 * `focusAfterRender(id)`, or `(null)` to cancel.
 */
export function useFocusAfterRender() {
  const next = useRef<string | null>(null);
  useEffect(() => {
    const id = next.current;
    if (id === null) return;
    next.current = null;
    document.getElementById(id)?.focus();
  });
  return useCallback((id: string | null) => {
    next.current = id;
  }, []);
}
