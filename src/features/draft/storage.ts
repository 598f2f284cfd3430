import { create } from 'zustand';

/**
 * localStorage that never throws: a full quota or a blocked storage is reported to the UI
 * (the answers can still be downloaded), and saved data that can't be read is moved aside,
 * unchanged, before anything can write over it, so the user can download it.
 */

export type SaveStatus =
  { kind: 'idle' } | { kind: 'saved'; at: number } | { kind: 'failed'; reason: 'quota' | 'unavailable' };

/** A saved draft that could not be read back (corrupt, or from an unknown version), as it was. */
export interface Unreadable {
  /** The key it was moved to, or null when there was no room to move it (it then stays where it was). */
  key: string | null;
  text: string;
}

export interface StorageState {
  save: SaveStatus;
  /** The oldest unreadable draft kept aside; it is shown on every visit until dismissed. */
  unreadable: Unreadable | null;
}

/** Where an unreadable draft goes; a second one, arriving before the first is dismissed, gets `-2`. */
export const UNREADABLE_KEY = 'policy-builder-draft-unreadable';
const MAX_SET_ASIDE = 20;
const setAsideKey = (index: number) => (index === 1 ? UNREADABLE_KEY : `${UNREADABLE_KEY}-${index}`);

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

/** Reads without reporting: these checks must not show a save status of their own. */
function peek(name: string): string | null {
  try {
    return window.localStorage.getItem(name);
  } catch {
    return null;
  }
}

/** Writes `text` under `name` and reads it back: true only when it is there, unchanged. */
function writeExactly(name: string, text: string): boolean {
  try {
    window.localStorage.setItem(name, text);
    return window.localStorage.getItem(name) === text;
  } catch {
    return false;
  }
}

/** Copies `text` to the first free set-aside key (or finds it already there); never overwrites one. */
function copyAside(text: string): string | null {
  for (let index = 1; index <= MAX_SET_ASIDE; index += 1) {
    const key = setAsideKey(index);
    const there = peek(key);
    if (there === text) return key;
    if (there === null) return writeExactly(key, text) ? key : null;
  }
  return null;
}

/**
 * Moves unreadable saved data from `name` to a set-aside key, unchanged, and reports it. When
 * there is no room for a second copy, the original makes room for it; should even that fail,
 * the original goes back and stays where it is (`key: null`), and `isHeld` keeps every write
 * away from it until the user has downloaded or dismissed it.
 */
export function setAside(name: string, text: string): void {
  let key = copyAside(text);
  if (key) safeStorage.removeItem(name);
  else {
    safeStorage.removeItem(name);
    key = copyAside(text);
    if (!key) writeExactly(name, text);
  }
  useStorageStatus.setState({ unreadable: key ? oldestSetAside() : { key: null, text } });
}

/** The oldest draft kept aside, if any. */
function oldestSetAside(): Unreadable | null {
  for (let index = 1; index <= MAX_SET_ASIDE; index += 1) {
    const key = setAsideKey(index);
    const text = peek(key);
    if (text !== null) return { key, text };
  }
  return null;
}

/** Shows what is kept aside now (on every load, and when another tab changes it). */
export function refreshUnreadable(): void {
  const current = useStorageStatus.getState().unreadable;
  if (current && current.key === null) return;
  useStorageStatus.setState({ unreadable: oldestSetAside() });
}

/** The user has dismissed the notice: the draft kept aside is deleted, and the next one (if any) shows. */
export function dismissUnreadable(): void {
  const current = useStorageStatus.getState().unreadable;
  if (current?.key) safeStorage.removeItem(current.key);
  useStorageStatus.setState({ unreadable: oldestSetAside() });
}

/** True while unreadable data could not be moved and still sits in the draft's place. */
export const isHeld = () => useStorageStatus.getState().unreadable?.key === null;

if (typeof window !== 'undefined')
  window.addEventListener('storage', (event) => {
    if (event.key === null || event.key.startsWith(UNREADABLE_KEY)) refreshUnreadable();
  });
