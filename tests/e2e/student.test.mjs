// @ts-check
// Student experience in the real window: a keyboard-only walk through a whole module, a shared PC
// (student B sees nothing of student A), quick exit, idle sign-out, and help leaving no trace.

import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { APP, answerByClick, correctIds, freshEnv, loadModule, MODULE, signIn, sql, wrongIds } from "./support.mjs";
import { Keys, Session, startDriver, stopDriver } from "./webdriver.mjs";

const module = loadModule();
/** @type {import("./webdriver.mjs").Driver[]} */
const drivers = [];
after(async () => {
  for (const d of drivers) await stopDriver(d);
});

/** @param {import("./support.mjs").TestEnv} ctx */
async function driverFor(ctx) {
  const d = await startDriver(ctx.env);
  drivers.push(d);
  return d;
}

/** @type {(s: Session, name: string) => Promise<string | null>} */
const activeAttr = (s, name) => s.activeElementAttr(name);

/**
 * Presses Tab until `pred(active element)` holds (at most `max` presses).
 * @param {Session} s
 * @param {() => Promise<boolean>} pred
 * @param {string} what
 */
async function tabTo(s, pred, what, max = 25) {
  for (let i = 0; i < max; i++) {
    await s.keys(Keys.TAB);
    if (await pred()) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

/**
 * @param {Session} s
 * @returns {Promise<string>}
 */
async function bodyText(s) {
  return /** @type {string} */ (await s.exec("return document.body.innerText;"));
}

test("keyboard only: sign in, read every page, answer every item, see the result", async () => {
  const ctx = freshEnv();
  const s = await Session.create(await driverFor(ctx), APP);
  try {
    await s.find("#signin-grade");
    await tabTo(s, async () => (await activeAttr(s, "id")) === "signin-grade", "grade");
    await s.keys("2");
    await s.keys(Keys.TAB, "3", Keys.TAB, "9", Keys.TAB);
    assert.equal(await activeAttr(s, "id"), "signin-name");
    const active = /** @type {Record<string, string>} */ (await s.req("GET", "/element/active"));
    await s.req("POST", `/element/${Object.values(active)[0]}/value`, { text: "박키보드" });
    await s.keys(Keys.ENTER);
    await s.find("[data-action='open-module']");
    await tabTo(s, async () => (await activeAttr(s, "data-module")) === MODULE, `open ${MODULE}`);
    await s.keys(Keys.ENTER);

    for (let i = 0; i < module.pages.length; i++) {
      await s.until(async () => (await s.attr("[data-page]", "data-page")) === module.pages[i].id, `page ${i}`);
      assert.equal(await activeAttr(s, "id"), "screen-title", "focus moves to the new page heading");
      if (i < module.pages.length - 1) await s.keys(Keys.RIGHT);
    }
    await tabTo(s, async () => (await activeAttr(s, "data-action")) === "start-quiz", "start quiz");
    await s.keys(Keys.ENTER);

    for (let i = 0; i < module.items.length; i++) {
      const item = module.items[i];
      await s.until(async () => (await s.attr("[data-item]", "data-item")) === item.id, `item ${item.id}`);
      const order = /** @type {string[]} */ (
        await s.exec("return [...document.querySelectorAll('[data-item] input')].map(i => i.value);")
      );
      const wanted = i === 0 ? wrongIds(item) : correctIds(item);
      await tabTo(s, async () => (await activeAttr(s, "value")) === order[0], "first option");
      if (item.kind === "multi") {
        for (let k = 0; k < order.length; k++) {
          if (wanted.includes(order[k])) await s.keys(Keys.SPACE);
          if (k < order.length - 1) await s.keys(Keys.TAB);
        }
      } else {
        const k = order.indexOf(wanted[0]);
        if (k === 0) await s.keys(Keys.SPACE);
        for (let n = 0; n < k; n++) await s.keys(Keys.DOWN);
      }
      const checked = await s.exec(
        "return [...document.querySelectorAll('[data-item] input:checked')].map(i => i.value).sort();",
      );
      assert.deepEqual(checked, [...wanted].sort(), `keyboard selection for ${item.id}`);
      await tabTo(s, async () => (await activeAttr(s, "data-action")) === "submit-answer", "submit");
      await s.keys(Keys.ENTER);
      const verdict = await s.until(async () => s.attr(".feedback", "data-correct"), "feedback");
      assert.equal(verdict, String(i !== 0));
      const live = /** @type {string} */ (await s.exec("return document.getElementById('live-region').textContent;"));
      assert.ok(live.length > 0, "feedback announced in the live region");
      await tabTo(s, async () => (await activeAttr(s, "data-action")) === "next", "next");
      await s.keys(Keys.ENTER);
    }
    const score = await s.until(async () => s.text("#result-score"), "result");
    assert.ok(score.includes(String(module.items.length - 1)), score);
  } finally {
    await s.delete();
  }
});

test("shared PC: after A signs out, B sees and reaches nothing of A's; quick exit keeps answers", async () => {
  const ctx = freshEnv();
  const s = await Session.create(await driverFor(ctx), APP);
  const A = { grade: 3, classNo: 2, number: 11, name: "공유가람" };
  const B = { grade: 3, classNo: 2, number: 12, name: "공유나래" };
  try {
    await signIn(s, A);
    await s.click(`[data-action="open-module"][data-module="${MODULE}"]`);
    for (let i = 0; i < module.pages.length; i++) {
      await s.click(i === module.pages.length - 1 ? '[data-action="start-quiz"]' : '[data-action="next-page"]');
    }
    for (let i = 0; i < 2; i++) {
      await answerByClick(s, module.items[i], correctIds(module.items[i]), true);
      await s.click('[data-action="next"]');
    }
    await s.click('[data-action="sign-out"]');
    await s.find('[data-notice="signed-out"]');
    assert.ok(!(await bodyText(s)).includes(A.name), "A's name is gone after sign-out");
    assert.equal(await s.exec("return document.getElementById('signin-name').value;"), "");

    await signIn(s, B);
    const text = await bodyText(s);
    assert.ok(!text.includes(A.name), "B's screen shows nothing of A");
    const row = await s.text(`li[data-module="${MODULE}"]`);
    assert.ok(row.includes(`0 / ${module.items.length}`) && row.includes("시작 전"), row);
    await s.click(`[data-action="open-module"][data-module="${MODULE}"]`);
    await s.until(async () => (await s.attr("[data-page]", "data-page")) === module.pages[0].id, "B starts at page 1");

    // Quick exit (Esc twice) from B's lesson: neutral screen, nothing of B, signed out.
    await s.keys(Keys.ESCAPE, Keys.ESCAPE);
    await s.find('[data-action="leave-neutral"]');
    const neutral = await bodyText(s);
    assert.ok(
      !neutral.includes(B.name) && !neutral.includes(module.title),
      `neutral screen reveals nothing: ${neutral}`,
    );
    await s.click('[data-action="leave-neutral"]');

    // A comes back: both answers are still there.
    await signIn(s, A);
    const back = await s.text(`li[data-module="${MODULE}"]`);
    assert.ok(back.includes(`2 / ${module.items.length}`), back);

    // Quick exit by the button too.
    await s.click('[data-action="quick-exit"]');
    await s.find('[data-action="leave-neutral"]');
    assert.ok(!(await bodyText(s)).includes(A.name));
  } finally {
    await s.delete();
  }
});

test("idle sign-out after the lab's idle time", async () => {
  const ctx = freshEnv();
  const dataDir = path.join(ctx.env.XDG_DATA_HOME, "kr.jikim.app");
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(
    path.join(dataDir, "settings.json"),
    JSON.stringify({ device: { locale: "ko", fontScale: 1, highContrast: false, role: "student", idleSeconds: 5 } }),
  );
  const s = await Session.create(await driverFor(ctx), APP);
  try {
    await signIn(s, { grade: 1, classNo: 1, number: 1, name: "자리비움" });
    await sleep(7000);
    await s.find('[data-notice="signed-out"]', 5000);
    const text = await bodyText(s);
    assert.ok(!text.includes("자리비움"), "name gone after idle sign-out");
    assert.ok(text.includes("자동으로 로그아웃"), text);
  } finally {
    await s.delete();
  }
});

test("opening help leaves no trace in the database", async () => {
  const ctx = freshEnv();
  const s = await Session.create(await driverFor(ctx), APP);
  try {
    await signIn(s, { grade: 2, classNo: 2, number: 2, name: "평범학생" });
    await s.click(`[data-action="open-module"][data-module="${MODULE}"]`);
    await s.find("[data-page]");
    const before = sql(ctx.database, ".dump");
    await s.click('[data-action="help"]');
    await s.find("[data-service]");
    const help = await s.text(".dialog-panel");
    assert.ok(help.includes("1366") && help.includes("112"), "hotlines listed");
    await s.click('[data-action="help-close"]');
    await s.find("[data-page]");
    const afterDump = sql(ctx.database, ".dump");
    assert.equal(afterDump, before, "the database is byte-for-byte the same after opening help");
    assert.ok(!/help|도움/i.test(afterDump), "no help trace anywhere in the database");
  } finally {
    await s.delete();
  }
});
