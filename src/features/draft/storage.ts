import { create } from 'zustand';

/**
 * localStorage that never throws: a full quota or a blocked storage is reported to the UI
 * (the answers can still be downloaded), and unreadable saved data is set aside rather than
 * lost, so the user can download it.
 */

export type SaveStatus =
  { kind: 'idle' } | { kind: 'saved'; at: number } | { kind: 'failed'; reason: 'quota' | 'unavailable' };

export interface StorageState {
  save: SaveStatus;
  /** Saved data that could not be read back (corrupt, or from an unknown version), as it was. */
  unreadable: string | null;
}

export const useStorageStatus = create<StorageState>(() => ({ save: { kind: 'idle' }, unreadable: null }));

const isQuotaError = (error: unknown) =>
  error instanceof DOMException &&
  (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');

export const safeStorage = {
  getItem(name: string): string | null {
    try {
      return window.localStorage.getItem(name);
    } catch {
      useStorageStatus.setState({ save: { kind: 'failed', reason: 'unavailable' } });
      return null;
    }
  },
  setItem(name: string, value: string): void {
    try {
      window.localStorage.setItem(name, value);
      useStorageStatus.setState({ save: { kind: 'saved', at: Date.now() } });
    } catch (error) {
      useStorageStatus.setState({
        save: { kind: 'failed', reason: isQuotaError(error) ? 'quota' : 'unavailable' },
      });
    }
  },
  removeItem(name: string): void {
    try {
      window.localStorage.removeItem(name);
    } catch {
      // Nothing to do: the draft simply stays.
    }
  },
};
