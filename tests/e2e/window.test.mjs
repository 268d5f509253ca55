// @ts-check
// End to end in the real window: the window fits the screen it opens on. A lab PC's 1366 × 768
// screen less the taskbar, or a teacher's 1920 × 1080 laptop at 150 % scaling (1280 × 688 in the
// window's units), is shorter than the window's designed 1100 × 760; opened at that size, the
// bottom of every screen (the lesson's "next", the quiz's "submit") would sit under the taskbar or
// off the screen. The window is sized to the screen's work area and centred on it; on a roomy
// screen it keeps its designed size. Each test runs its own X server of the named size (no window
// manager, so the work area is the whole screen).

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { after, test } from "node:test";
import { APP, freshEnv, setValue } from "./support.mjs";
import { Session, startDriver, stopDriver } from "./webdriver.mjs";

/** @typedef {{ x: number, y: number, width: number, height: number }} Rect */

/** @type {(() => Promise<void>)[]} */
const cleanups = [];
after(async () => {
  for (const clean of cleanups.reverse()) await clean();
});

/**
 * Starts an X server with one screen of `width` × `height`; resolves to its display (":N").
 * @param {number} width
 * @param {number} height
 */
async function xServer(width, height) {
  const x = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", `${width}x${height}x24`, "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "ignore", "pipe"],
  });
  cleanups.push(async () => {
    x.kill();
  });
  const fd = /** @type {import("node:stream").Readable | null} */ (x.stdio[3]);
  if (!fd) throw new Error("Xvfb has no display pipe");
  let said = "";
  for await (const chunk of fd) {
    said += chunk.toString();
    if (said.includes("\n")) break;
  }
  const n = Number.parseInt(said, 10);
  if (!Number.isInteger(n)) throw new Error(`Xvfb did not say its display: ${JSON.stringify(said)}`);
  return `:${n}`;
}

/**
 * Opens the app on a screen of `width` × `height`; resolves to its window's rectangle and the
 * page's viewport.
 * @param {number} width
 * @param {number} height
 */
async function windowOn(width, height) {
  const display = await xServer(width, height);
  const driver = await startDriver({ ...freshEnv().env, DISPLAY: display });
  cleanups.push(() => stopDriver(driver));
  const s = await Session.create(driver, APP);
  try {
    const rect = /** @type {Rect} */ (await s.req("GET", "/window/rect"));
    const viewport = /** @type {[number, number]} */ (await s.exec("return [window.innerWidth, window.innerHeight]"));
    // Where the sign-in screen's start button ends, in the page's viewport, in Korean and in
    // English (whose longer header texts must not push the page down).
    const buttonBottom = async () =>
      /** @type {number} */ (
        await s.exec("return document.querySelector('[data-action=\"sign-in\"]').getBoundingClientRect().bottom")
      );
    const button = await buttonBottom();
    await setValue(s, "#setting-language", "en");
    await s.until(async () => (await s.text("#screen-title")) === "Start learning", "the page in English");
    const buttonInEnglish = await buttonBottom();
    return { rect, viewport, button, buttonInEnglish };
  } finally {
    await s.delete();
  }
}

test("on a lab PC's 1366 × 768 screen, the window fits above the taskbar and the start button is in view", async () => {
  // What Windows leaves the window's page there: 768 less the taskbar (40 px) and the title bar
  // (31 px). This X server has neither, so its screen is that size.
  const { rect, viewport, button, buttonInEnglish } = await windowOn(1366, 697);
  assert.ok(rect.y >= 0 && rect.y + rect.height <= 697, `inside the screen's height: ${JSON.stringify(rect)}`);
  assert.ok(rect.x >= 0 && rect.x + rect.width <= 1366, `inside the screen's width: ${JSON.stringify(rect)}`);
  assert.equal(rect.width, 1100, "only the height had to give");
  assert.equal(rect.x, 133, "centred across");
  assert.ok(rect.height >= 600, `not below the window's least height: ${rect.height}`);
  assert.ok(viewport[1] <= 697, `the page's viewport is on the screen: ${viewport}`);
  assert.ok(button <= viewport[1], `the start button is in view without scrolling: ${button} of ${viewport[1]}`);
  assert.ok(buttonInEnglish <= viewport[1], `in English too: ${buttonInEnglish} of ${viewport[1]}`);
});

test("on a roomy screen, the window keeps its designed size, centred", async () => {
  const { rect } = await windowOn(1920, 1080);
  assert.deepEqual(rect, { x: 410, y: 160, width: 1100, height: 760 });
});
