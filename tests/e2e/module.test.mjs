// @ts-check
// End to end in the real window: a student signs in, reads every page, answers every item (some
// wrongly) with feedback, sees the result; a second student is killed (SIGKILL) mid-quiz and
// resumes after restart; the SQLite file holds every answer.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  APP,
  answerByClick,
  correctIds,
  expectPage,
  freshEnv,
  loadModule,
  MODULE,
  signIn,
  sql,
  wrongIds,
} from "./support.mjs";
import { killApp, Session, startDriver, stopDriver } from "./webdriver.mjs";

const module = loadModule();
const ctx = freshEnv();
/** @type {import("./webdriver.mjs").Driver} */
let driver;

before(async () => {
  driver = await startDriver(ctx.env);
});

after(async () => {
  await stopDriver(driver);
});

const WRONG = new Set([1, 3]);
const studentA = { grade: 2, classNo: 3, number: 7, name: "김하늘" };
const studentB = { grade: 2, classNo: 3, number: 8, name: "이바다" };

/** @param {Session} s */
async function readAllPages(s) {
  for (let i = 0; i < module.pages.length; i++) {
    await expectPage(s, module, i);
    const last = i === module.pages.length - 1;
    await s.click(last ? '[data-action="start-quiz"]' : '[data-action="next-page"]');
  }
}

test("a student completes the whole module with feedback and a result", async () => {
  const s = await Session.create(driver, APP);
  try {
    await signIn(s, studentA);
    await s.click(`[data-action="open-module"][data-module="${MODULE}"]`);
    const lawAsOf = await s.text("#module-title");
    assert.ok(lawAsOf.includes(module.lawAsOf), "law-as-of date shown");
    await readAllPages(s);
    for (let i = 0; i < module.items.length; i++) {
      const item = module.items[i];
      const wrong = WRONG.has(i);
      await answerByClick(s, item, wrong ? wrongIds(item) : correctIds(item), !wrong);
      await s.click('[data-action="next"]');
    }
    const score = await s.until(async () => s.text("#result-score"), "result");
    const correct = module.items.length - WRONG.size;
    assert.ok(score.includes(String(correct)) && score.includes(String(module.items.length)), score);
    const review = await s.findAll("[data-review-item]");
    assert.equal(review.length, module.items.length);
  } finally {
    await s.delete();
  }
});

test("a student killed mid-quiz resumes at the next unanswered item", async () => {
  const answeredBeforeKill = 3;
  let s = await Session.create(driver, APP);
  await signIn(s, studentB);
  await s.click(`[data-action="open-module"][data-module="${MODULE}"]`);
  await readAllPages(s);
  for (let i = 0; i < answeredBeforeKill; i++) {
    await answerByClick(s, module.items[i], correctIds(module.items[i]), true);
    await s.click('[data-action="next"]');
  }
  await s.find(`[data-item="${module.items[answeredBeforeKill].id}"]`);
  killApp(APP);
  await s.delete();

  s = await Session.create(driver, APP);
  try {
    await signIn(s, studentB);
    const row = await s.text(`li[data-module="${MODULE}"]`);
    assert.ok(row.includes(`${answeredBeforeKill} / ${module.items.length}`), `progress kept: ${row}`);
    await s.click(`[data-action="open-module"][data-module="${MODULE}"]`);
    await s.find(`[data-item="${module.items[answeredBeforeKill].id}"]`);
    for (let i = answeredBeforeKill; i < module.items.length; i++) {
      await answerByClick(s, module.items[i], correctIds(module.items[i]), true);
      await s.click('[data-action="next"]');
    }
    await s.find("#result-score");
  } finally {
    await s.delete();
  }
});

test("the SQLite file holds every answer of both students", () => {
  const n = module.items.length;
  const perStudent = sql(
    ctx.database,
    "SELECT l.name, COUNT(*) FROM learning_record r JOIN attempt a ON a.id = r.attempt_id JOIN learner l ON l.id = a.learner_id WHERE r.kind = 'answer' GROUP BY l.name ORDER BY l.name",
  );
  assert.equal(perStudent, [`김하늘|${n}`, `이바다|${n}`].sort().join("\n"));
  const distinct = sql(ctx.database, "SELECT COUNT(DISTINCT item_id) FROM learning_record WHERE kind = 'answer'");
  assert.equal(Number(distinct), n);
  const wrong = sql(
    ctx.database,
    "SELECT COUNT(*) FROM learning_record r JOIN attempt a ON a.id = r.attempt_id JOIN learner l ON l.id = a.learner_id WHERE r.kind = 'answer' AND r.correct = 0 AND l.name = '김하늘'",
  );
  assert.equal(Number(wrong), WRONG.size);
  const completions = sql(ctx.database, "SELECT COUNT(*) FROM learning_record WHERE kind = 'completion'");
  assert.equal(Number(completions), 2);
  const version = sql(ctx.database, "SELECT DISTINCT module_version FROM attempt");
  assert.equal(Number(version), module.version);
});
