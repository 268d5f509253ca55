// Quick exit before the app has loaded. From the first paint until main.tsx has rendered the live
// App, the window shows the pre-rendered sign-in screen, inert (boot.ts, prerender.tsx): on an old
// PC, with the app's script and the two start-up calls, that can be a second or more, and neither
// the Esc keys nor the 빠른 나가기 button would answer. This small module (part of the page's entry,
// no framework) answers them in that time: Esc twice, or a click where the picture's quick-exit
// button is, puts the pre-rendered neutral screen (`<template id="neutral-screen">`, written by
// vite.config.ts) in the picture's place at once, and main.tsx then starts the App on the neutral
// screen instead of the sign-in screen.

/** Two Esc presses within this window trigger the quick exit (here and in the live App). */
const QUICK_EXIT_WINDOW_MS = 1000;

/** A keydown listener that calls `quickExit` on the second Esc within the window. */
export function onSecondEsc(quickExit: () => void): (e: KeyboardEvent) => void {
  let lastEsc = 0;
  return (e) => {
    if (e.key !== "Escape") return;
    const now = Date.now();
    if (now - lastEsc < QUICK_EXIT_WINDOW_MS) {
      lastEsc = 0;
      quickExit();
    } else {
      lastEsc = now;
    }
  };
}

/** The id of the template holding the neutral screen's markup (its title in `data-title`). */
export const NEUTRAL_TEMPLATE_ID = "neutral-screen";

let exited = false;
let disarm: (() => void) | null = null;

/** True once the learner used the quick exit before the App was there. */
export function exitedAtStart(): boolean {
  return exited;
}

/** The App has rendered and answers the quick exit itself: stop listening here. */
export function disarmQuickExitAtStart(): void {
  disarm?.();
  disarm = null;
}

/** Listens for the quick exit while `root` holds the inert pre-rendered screen. */
export function armQuickExitAtStart(root: HTMLElement): void {
  if (disarm) return;
  const exitNow = () => {
    if (exited) return;
    const template = document.getElementById(NEUTRAL_TEMPLATE_ID);
    if (!(template instanceof HTMLTemplateElement)) return;
    exited = true;
    root.replaceChildren(template.content.cloneNode(true));
    document.title = template.dataset.title ?? "";
  };
  const onKey = onSecondEsc(exitNow);
  // The picture is inert, so a click on its button reaches the page behind it: where it landed
  // says whether it was on the button.
  const onClick = (e: MouseEvent) => {
    const button = root.querySelector(".quick-exit");
    if (!button) return;
    const r = button.getBoundingClientRect();
    if (e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom) exitNow();
  };
  window.addEventListener("keydown", onKey, true);
  window.addEventListener("click", onClick, true);
  disarm = () => {
    window.removeEventListener("keydown", onKey, true);
    window.removeEventListener("click", onClick, true);
  };
}
