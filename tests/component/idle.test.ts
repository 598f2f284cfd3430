// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '@/lib/idle';

/**
 * whenIdle waits for the page's first contentful paint before it asks for idle time. jsdom has
 * neither paint entries nor idle callbacks: stand-ins deliver them when the test says.
 */

let painted: boolean;
let observers: { callback: PerformanceObserverCallback; connected: boolean }[];
let idleCallbacks: (() => void)[];

class FakePerformanceObserver {
  static supportedEntryTypes = ['paint'];
  private readonly entry: { callback: PerformanceObserverCallback; connected: boolean };
  constructor(callback: PerformanceObserverCallback) {
    this.entry = { callback, connected: false };
    observers.push(this.entry);
  }
  observe() {
    this.entry.connected = true;
  }
  disconnect() {
    this.entry.connected = false;
  }
}

const paintEntries = (name: string) => (name === 'first-contentful-paint' && painted ? [{ name }] : []);

/** The browser presents the first contentful paint. */
function paint() {
  painted = true;
  for (const observer of observers.filter((candidate) => candidate.connected))
    observer.callback(
      { getEntriesByName: paintEntries } as unknown as PerformanceObserverEntryList,
      observer as unknown as PerformanceObserver,
    );
}

/** The browser has a moment to spare. */
const idle = () => idleCallbacks.splice(0).forEach((callback) => callback());

beforeEach(() => {
  painted = false;
  observers = [];
  idleCallbacks = [];
  vi.stubGlobal('PerformanceObserver', FakePerformanceObserver);
  vi.spyOn(performance, 'getEntriesByName').mockImplementation(
    (name: string) => paintEntries(name) as unknown as PerformanceEntryList,
  );
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idleCallbacks.push(callback));
  vi.stubGlobal('cancelIdleCallback', (handle: number) => idleCallbacks.splice(handle - 1, 1));
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('whenIdle', () => {
  it('waits for the first contentful paint, then for idle time', () => {
    const task = vi.fn();
    whenIdle(task);
    idle();
    expect(task).not.toHaveBeenCalled(); // idle, but nothing on the screen yet
    paint();
    expect(task).not.toHaveBeenCalled();
    idle();
    expect(task).toHaveBeenCalledOnce();
  });

  it('asks for idle time at once once the page has painted', () => {
    paint();
    const task = vi.fn();
    whenIdle(task);
    idle();
    expect(task).toHaveBeenCalledOnce();
  });

  it('runs nothing once cancelled, before or after the paint', () => {
    const beforePaint = vi.fn();
    const afterPaint = vi.fn();
    const cancelBefore = whenIdle(beforePaint);
    const cancelAfter = whenIdle(afterPaint);
    cancelBefore();
    paint();
    cancelAfter();
    idle();
    expect(beforePaint).not.toHaveBeenCalled();
    expect(afterPaint).not.toHaveBeenCalled();
  });
});
