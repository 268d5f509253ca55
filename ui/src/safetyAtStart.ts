// The learner's two safety controls before the app has loaded. From the first paint until main.tsx
// has rendered the live App, the window shows the pre-rendered sign-in screen, inert (boot.ts,
// prerender.tsx): on an old PC, with the app's script and the two start-up calls, that can be a
// second or more, and neither the Esc keys nor the 빠른 나가기 and 도움 받기 buttons would answer.
// This small module (part of the page's entry, no framework) answers them in that time:
// - Esc twice, or a click where the picture's 빠른 나가기 button is, puts the pre-rendered neutral
//   screen (`<template id="neutral-screen">`, written by vite.config.ts) in the picture's place at
//   once, and main.tsx then starts the App on the neutral screen instead of the sign-in screen;
// - a click where the picture's 도움 받기 button is is remembered, and the App starts with help
//   open (help's pages come from the Rust side, so not before).

/** Two Esc presses within this window trigger the quick exit (here and in the live App). */
const QUICK_EXIT_WINDOW_MS = 1000;

/** The id of the template holding the neutral screen's markup (its title in `data-title`). */
export const NEUTRAL_TEMPLATE_ID = "neutral-screen";

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

let exited = false;
let helpAsked = false;
let disarm: (() => void) | null = null;

/** True once the learner used the quick exit before the App was there. */
export function exitedAtStart(): boolean {
  return exited;
}

/** True once the learner asked for help before the App was there (and did not exit after). */
export function helpAskedAtStart(): boolean {
  return helpAsked && !exited;
}

/** The App has rendered and answers both controls itself: stop listening here. */
export function disarmSafetyAtStart(): void {
  disarm?.();
  disarm = null;
}

/** Listens for the quick exit and help while `root` holds the inert pre-rendered screen. */
export function armSafetyAtStart(root: HTMLElement): void {
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
  // The picture is inert, so a click on one of its buttons reaches the page behind it: where it
  // landed says which button it was on.
  const landedOn = (e: MouseEvent, selector: string) => {
    const r = root.querySelector(selector)?.getBoundingClientRect();
    return !!r && e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
  };
  const onClick = (e: MouseEvent) => {
    if (landedOn(e, ".quick-exit")) exitNow();
    else if (landedOn(e, '[data-action="help"]')) helpAsked = true;
  };
  window.addEventListener("keydown", onKey, true);
  window.addEventListener("click", onClick, true);
  disarm = () => {
    window.removeEventListener("keydown", onKey, true);
    window.removeEventListener("click", onClick, true);
  };
}
