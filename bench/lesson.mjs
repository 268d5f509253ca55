// @ts-check
// Time to the first lesson screen, in the real window (tauri-driver + WebKitWebDriver under Xvfb).
//
//   xvfb-run -a node bench/lesson.mjs [RUNS] [APP_BINARY]
//
// A person has to type a name before any lesson appears, so the figure is measured in two parts:
//   1. exec → the sign-in screen's DOM is ready (through tauri-driver, which adds its own start-up,
//      so this part is pessimistic; bench/startup.sh measures exec → first paint without a driver),
//      and, from the page's own clock (ms since its navigation began), when the live App answered
//      (main.tsx's `jikim-live` mark: the start-up calls replied, the pre-rendered screen no
//      longer inert);
//   2. inside the page, with `performance.now()`: the sign-in form submitted (filled by script, no
//      typing time) → the module list rendered → the module opened → the first lesson page rendered
//      and one animation frame later (painted). Each run uses fresh app data (a new learner).
// Prints one line per run and the medians. A benchmark, not a test.

import path from "node:path";
import { APP, freshEnv, MODULE } from "../tests/e2e/support.mjs";
import { Session, startDriver, stopDriver } from "../tests/e2e/webdriver.mjs";

const runs = Number(process.argv[2] ?? 5);
const app = process.argv[3] ? path.resolve(process.argv[3]) : APP;

const IN_PAGE = `
const done = arguments[arguments.length - 1];
const moduleId = arguments[0];
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
const until = async (css) => { while (!document.querySelector(css)) await frame(); };
const set = (css, v) => {
  const el = document.querySelector(css);
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set.call(el, v);
  el.dispatchEvent(new Event("input", { bubbles: true }));
};
(async () => {
  set("#signin-grade", "2"); set("#signin-class", "3"); set("#signin-number", "7"); set("#signin-name", "벤치");
  const t0 = performance.now();
  document.querySelector('[data-action="sign-in"]').click();
  await until('[data-action="open-module"][data-module="' + moduleId + '"]');
  await frame();
  const home = performance.now() - t0;
  const t1 = performance.now();
  document.querySelector('[data-action="open-module"][data-module="' + moduleId + '"]').click();
  await until("[data-page]");
  await frame();
  done({ home, lesson: performance.now() - t1, total: performance.now() - t0 });
})().catch((e) => done({ error: String(e) }));
`;

// Page start → the live App, read from main.tsx's performance mark (waited for if not there yet).
const LIVE_MARK = `
const done = arguments[arguments.length - 1];
const look = () => {
  const mark = performance.getEntriesByName("jikim-live")[0];
  if (mark) done(mark.startTime); else requestAnimationFrame(look);
};
look();
`;

/** @param {number[]} xs */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** @typedef {{ home: number, lesson: number, total: number }} Timings What IN_PAGE measured, in ms. */
/** @type {({ signinReady: number, live: number } & Timings)[]} */
const rows = [];
for (let i = 0; i < runs; i++) {
  const ctx = freshEnv();
  const driver = await startDriver(ctx.env);
  try {
    const start = performance.now();
    const s = await Session.create(driver, app);
    await s.find("#signin-grade", 30000);
    const signinReady = performance.now() - start;
    const live = /** @type {number} */ (await s.req("POST", "/execute/async", { script: LIVE_MARK, args: [] }));
    const r = /** @type {Timings | { error: string }} */ (
      await s.req("POST", "/execute/async", { script: IN_PAGE, args: [MODULE] })
    );
    if ("error" in r) throw new Error(r.error);
    rows.push({ signinReady, live, ...r });
    console.log(
      `run ${i + 1}: exec→sign-in DOM ${signinReady.toFixed(0)} ms (via tauri-driver); page start→live App ${live.toFixed(0)} ms; sign-in→home ${r.home.toFixed(0)} ms; open module→lesson painted ${r.lesson.toFixed(0)} ms; sign-in→lesson ${r.total.toFixed(0)} ms`,
    );
    await s.delete();
  } finally {
    await stopDriver(driver);
  }
}
console.log(
  `medians over ${rows.length}: exec→sign-in DOM ${median(rows.map((r) => r.signinReady)).toFixed(0)} ms; page start→live App ${median(rows.map((r) => r.live)).toFixed(0)} ms; sign-in→home ${median(rows.map((r) => r.home)).toFixed(0)} ms; open module→lesson ${median(rows.map((r) => r.lesson)).toFixed(0)} ms; sign-in→lesson ${median(rows.map((r) => r.total)).toFixed(0)} ms`,
);
