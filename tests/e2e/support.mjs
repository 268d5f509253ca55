// @ts-check
// Shared set-up for the end-to-end tests: paths, the answer key (from `jikim content show`),
// per-test app data, and the steps every walk-through uses.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, "../..");
export const APP = process.env.JIKIM_APP ?? path.join(root, "target/debug/jikim-app");
export const CLI = process.env.JIKIM_CLI ?? path.join(root, "target/debug/jikim");
export const ASSETS = process.env.E2E_ASSETS ?? path.join(root, "assets");
export const MODULE = process.env.E2E_MODULE ?? "deepfake-law";

/**
 * A module as `jikim content show` prints it, as far as the tests read it.
 * @typedef {{ law: string, article: string, source?: string }} LegalBasis
 * @typedef {{ id: string, text: string, correct: boolean }} Choice
 * @typedef {{ id: string, kind: string, prompt: string, choices: Choice[], explanation: string, legalBasis: LegalBasis[] }} Item
 * @typedef {{ id: string, title: string }} Page
 * @typedef {{ id: string, version: string, title: string, lawAsOf: string, pages: Page[], items: Item[] }} Module
 */
/**
 * A test's own app data: the folder, the environment the app runs with, and its database.
 * @typedef {{ dir: string, env: Record<string, string>, database: string }} TestEnv
 */
/** @typedef {{ grade: number, classNo: number, number: number, name: string }} Student */
/** @typedef {import("./webdriver.mjs").Session} Session */

/**
 * The validated module with its answer key, exactly as the core loads it.
 * @returns {Module}
 */
export function loadModule(id = MODULE) {
  const json = execFileSync(CLI, ["content", "show", id, "--dir", path.join(ASSETS, "modules")], { encoding: "utf8" });
  return JSON.parse(json);
}

/**
 * A fresh, isolated app-data folder (the app writes under $XDG_DATA_HOME/kr.jikim.app).
 * @returns {TestEnv}
 */
export function freshEnv() {
  const dir = mkdtempSync(path.join(tmpdir(), "jikim-e2e-"));
  return {
    dir,
    env: {
      XDG_DATA_HOME: path.join(dir, "data"),
      XDG_CACHE_HOME: path.join(dir, "cache"),
      XDG_CONFIG_HOME: path.join(dir, "config"),
      JIKIM_ASSETS_DIR: ASSETS,
      WEBKIT_DISABLE_COMPOSITING_MODE: "1",
    },
    database: path.join(dir, "data", "kr.jikim.app", "jikim.db"),
  };
}

/**
 * Runs `query` with the sqlite3 shell; its output, trimmed.
 * @param {string} database
 * @param {string} query
 */
export function sql(database, query) {
  return execFileSync("sqlite3", [database, query], { encoding: "utf8" }).trim();
}

/**
 * @param {Session} s
 * @param {Student} student
 */
export async function signIn(s, student) {
  await s.type("#signin-grade", String(student.grade));
  await s.type("#signin-class", String(student.classNo));
  await s.type("#signin-number", String(student.number));
  await s.type("#signin-name", student.name);
  await s.click('[data-action="sign-in"]');
  await s.find(`[data-module]`);
}

/** @param {Item} item */
export function correctIds(item) {
  return item.choices.filter((c) => c.correct).map((c) => c.id);
}

/**
 * A wrong answer for the item: the first incorrect option (for multi: correct set minus one, or an incorrect one).
 * @param {Item} item
 * @returns {string[]}
 */
export function wrongIds(item) {
  const wrong = item.choices.filter((c) => !c.correct).map((c) => c.id);
  if (wrong.length > 0) return [wrong[0]];
  const right = correctIds(item);
  return right.slice(0, Math.max(1, right.length - 1));
}

/**
 * Reads the current page and checks it is page `index` of the module.
 * @param {Session} s
 * @param {Module} module
 * @param {number} index
 */
export async function expectPage(s, module, index) {
  await s.until(async () => (await s.attr("[data-page]", "data-page")) === module.pages[index].id, `page ${index}`);
  assert.equal(await s.text("#screen-title"), module.pages[index].title);
}

/**
 * Answers the current item with `ids` by clicking, submits, and checks the feedback verdict.
 * @param {Session} s
 * @param {Item} item
 * @param {string[]} ids
 * @param {boolean} expectCorrect
 */
export async function answerByClick(s, item, ids, expectCorrect) {
  await s.until(async () => (await s.attr("[data-item]", "data-item")) === item.id, `item ${item.id}`);
  for (const id of ids) {
    await s.click(`input[value="${id}"]`);
  }
  await s.click('[data-action="submit-answer"]');
  const verdict = await s.until(async () => s.attr(".feedback", "data-correct"), `feedback for ${item.id}`);
  assert.equal(verdict, String(expectCorrect), `feedback verdict for ${item.id}`);
  const text = await s.text(".feedback");
  assert.ok(text.includes(item.explanation.slice(0, 20)), `explanation shown for ${item.id}`);
  for (const b of item.legalBasis) {
    assert.ok(text.includes(b.article), `legal basis ${b.article} shown for ${item.id}`);
  }
}

/**
 * `shot(name)` saves what session `s` shows as `docs/screenshots/<name>.png`.
 * @param {Session} s
 * @returns {(name: string) => Promise<void>}
 */
export function screenshotter(s) {
  const out = path.join(root, "docs/screenshots");
  mkdirSync(out, { recursive: true });
  return async (name) => {
    await sleep(400); // the screenshot can lag the DOM a little
    const b64 = /** @type {string} */ (await s.req("GET", "/screenshot"));
    writeFileSync(path.join(out, `${name}.png`), Buffer.from(b64, "base64"));
    console.log(`docs/screenshots/${name}.png`);
  };
}

/**
 * Sets an input or select the way a user does (an input/change event), for values typing cannot reach.
 * @param {Session} s
 * @param {string} css
 * @param {string} value
 */
export async function setValue(s, css, value) {
  await s.find(css);
  // A select whose options are still loading (the hub's interfaces come from a command) would take
  // the value as "" and tell the app so; seen once in CI, where the hub then refused the address.
  // So wait for the option, and check the value held.
  await s.until(
    () =>
      s.exec(
        `const el = document.querySelector(arguments[0]);
         if (!el) return false;
         if (el.tagName === "SELECT" && ![...el.options].some((o) => o.value === arguments[1])) return false;
         const proto = el.tagName === "SELECT" ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
         Object.getOwnPropertyDescriptor(proto, "value").set.call(el, arguments[1]);
         el.dispatchEvent(new Event(el.tagName === "SELECT" ? "change" : "input", { bubbles: true }));
         return el.value === arguments[1];`,
        [css, value],
      ),
    `${css} set to ${value}`,
  );
}

/**
 * Starts the class hub from the teacher's home on loopback at `port`; if the window refuses, the
 * error names what it said instead of a missing element.
 * @param {Session} s
 * @param {number} port
 */
export async function startHub(s, port) {
  await setValue(s, "#interface-of-hub", "127.0.0.1");
  await s.type("#port-of-hub", String(port));
  await s.click('[data-action="start-hub"]');
  const outcome = await s.until(async () => {
    if (await s.exists('[data-hub-running="true"]')) return "running";
    if (await s.exists("[data-error-code]")) return "refused";
    return null;
  }, "the hub running or refused");
  if (outcome === "refused")
    throw new Error(
      `the hub did not start: ${await s.attr("[data-error-code]", "data-error-code")}: ${await s.text("[data-error-code]")}`,
    );
}

/**
 * Opens teacher mode. A click that lands while the first screen is still being replaced by the
 * bootstrapped one can be lost (seen once in CI: the password field never came), so the click is
 * repeated until the password form shows.
 * @param {Session} s
 */
export async function openTeacherMode(s) {
  await s.find('[data-action="teacher-mode"]');
  for (let i = 0; i < 3; i++) {
    if (await s.exists("#teacher-password")) return;
    if (await s.exists('[data-action="teacher-mode"]')) await s.click('[data-action="teacher-mode"]');
    if (
      await s.find("#teacher-password", 4000).then(
        () => true,
        () => false,
      )
    )
      return;
  }
  await s.find("#teacher-password");
}
