import { create } from 'zustand';
import { whenIdle } from '@/lib/idle';

/**
 * The service worker (configured in vite.config.ts) as the UI needs it. It is registered once the
 * first page is idle, so it never slows that page down; from then on, the whole app works with
 * the network off. A new version is installed in the background and waits: the user is asked
 * (UpdateBanner) and the page reloads only when she says so.
 */
interface OfflineState {
  /** A new version is installed and waiting. */
  updateReady: boolean;
  /** Activates the waiting version; the page then reloads (its typing is saved as it goes). */
  update: () => void;
  dismiss: () => void;
}

export const useOffline = create<OfflineState>((set) => ({
  updateReady: false,
  update: () => undefined,
  dismiss: () => set({ updateReady: false }),
}));

/** How often an open tab asks the server whether a new version is out. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function registerOffline(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  whenIdle(() => {
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const updateSW = registerSW({
        immediate: true,
        onNeedRefresh: () => useOffline.setState({ updateReady: true }),
        onRegisteredSW: (_url, registration) => {
          if (registration)
            window.setInterval(() => {
              if (navigator.onLine) void registration.update().catch(() => undefined);
            }, UPDATE_CHECK_MS);
        },
      });
      useOffline.setState({ update: () => void updateSW(true) });
    });
  });
}
