/**
 * Scrolls the preview's own pane (never the window) so that `target` is at its top, and keeps it
 * there while the page settles: the policy's sections are laid out only as they come near
 * (`content-visibility: auto`), so the ones just scrolled past take their real height a frame or
 * two later and would push the target away. Returns a function that stops following.
 */

/** Room above the target, so its rule and words don't touch the pane's edge. */
const MARGIN_PX = 12;
/** Frames in a row with the target in place before letting go, and the most frames to try. */
const STEADY_FRAMES = 3;
const MAX_FRAMES = 45;

export function scrollPaneTo(pane: HTMLElement, target: Element): () => void {
  let frame = 0;
  let frames = 0;
  let steady = 0;
  const step = () => {
    if (!target.isConnected) return;
    // Inside a section the browser has not laid out yet, the target's own box is not where it will
    // be (Chromium reports it as if it were in view): aim at the section's stand-in box first.
    const skippedIn = skippedSection(target);
    const aim = skippedIn ?? target;
    const offset = aim.getBoundingClientRect().top - pane.getBoundingClientRect().top - MARGIN_PX;
    const before = pane.scrollTop;
    if (Math.abs(offset) > 1) pane.scrollTop = before + offset;
    // At the end of the policy the pane can scroll no further: that is as close as it gets.
    steady = !skippedIn && (Math.abs(offset) <= 1 || pane.scrollTop === before) ? steady + 1 : 0;
    frames += 1;
    if (steady < STEADY_FRAMES && frames < MAX_FRAMES) frame = requestAnimationFrame(step);
  };
  step();
  return () => cancelAnimationFrame(frame);
}

/**
 * The section (`content-visibility: auto`) whose contents the browser skips for now, if the target
 * is in one; null when it is laid out, or where the browser can't say (no `checkVisibility`).
 */
function skippedSection(target: Element): Element | null {
  if (typeof target.checkVisibility !== 'function') return null;
  if (target.checkVisibility({ contentVisibilityAuto: true })) return null;
  for (let box = target.parentElement; box; box = box.parentElement)
    if (getComputedStyle(box).contentVisibility === 'auto') return box;
  return null;
}

/** Room at the pane's foot: a clause whose top shows only there is not yet in view. */
const FOOT_PX = 40;

/** True when the start of `target` shows in the pane, or it fills the pane (a clause taller than it). */
export function shownInPane(pane: HTMLElement, target: Element): boolean {
  const seen = pane.getBoundingClientRect();
  const { top, bottom } = target.getBoundingClientRect();
  return (top >= seen.top - 1 && top < seen.bottom - FOOT_PX) || (top < seen.top && bottom > seen.bottom);
}

/**
 * Brings `target` into the pane when it is out of it, once the browser has laid out the change
 * that called for it (a clause inserted above the one in view is pushed up a frame later, by
 * scroll anchoring). Returns a function that stops.
 */
export function revealInPane(pane: HTMLElement, target: Element): () => void {
  let stop = () => {};
  const frame = requestAnimationFrame(() => {
    if (target.isConnected && !shownInPane(pane, target)) stop = scrollPaneTo(pane, target);
  });
  return () => {
    cancelAnimationFrame(frame);
    stop();
  };
}
