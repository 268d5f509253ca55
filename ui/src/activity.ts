// Active time on task: counts time only while the window is visible and the learner has used
// the keyboard or mouse within the last minute, so idle time is not reported as education time.

const IDLE_AFTER_MS = 60_000;
const TICK_MS = 1_000;

let lastInput = Date.now();
let accumulated = 0;
let timer: number | undefined;
// Time with the help dialog open is never counted (or sent): opening help leaves no trace.
let paused = false;

function onInput(): void {
  lastInput = Date.now();
}

export function startActivityTracking(): void {
  if (timer !== undefined) return;
  for (const ev of ["keydown", "pointerdown", "pointermove", "wheel", "touchstart"]) {
    window.addEventListener(ev, onInput, { passive: true });
  }
  timer = window.setInterval(() => {
    if (!paused && document.visibilityState === "visible" && Date.now() - lastInput < IDLE_AFTER_MS) {
      accumulated += TICK_MS;
    }
  }, TICK_MS);
}

/** Active milliseconds since the previous call; resets the counter. */
export function takeActiveMs(): number {
  const ms = accumulated;
  accumulated = 0;
  return ms;
}

/** Drops uncounted time (after sign-out, the next learner must not inherit it). */
export function resetActivity(): void {
  accumulated = 0;
  lastInput = Date.now();
}

/** Stops (or resumes) counting active time: paused while the help dialog is open. */
export function setActivityPaused(on: boolean): void {
  paused = on;
}

/** Milliseconds since the last keyboard, mouse or touch input. */
export function idleMs(): number {
  return Date.now() - lastInput;
}
