// @ts-check
// End to end in the real window: a damaged database, a records file another program holds and a
// broken module file give clear Korean messages (naming the file, saying why); the window never
// stays blank and the other modules still load.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { APP, ASSETS, freshEnv, root, signIn } from "./support.mjs";
import { Session, startDriver, stopDriver } from "./webdriver.mjs";

/** @type {import("./webdriver.mjs").Driver} */
let driver;
const ctx = freshEnv();
before(async () => {
  // tauri-driver passes its environment to the app; a test needing other paths restarts it.
  driver = await startDriver(ctx.env);
});
after(async () => {
  await stopDriver(driver);
});

test("a damaged database shows a Korean error screen naming the file", async () => {
  mkdirSync(path.dirname(ctx.database), { recursive: true });
  writeFileSync(ctx.database, Buffer.alloc(8192, 0x42));
  const s = await Session.create(driver, APP);
  try {
    await s.find('[data-error-code="database_corrupt"]');
    const text = await s.text('[data-error-code="database_corrupt"]');
    assert.ok(text.includes("손상"), text);
    assert.ok(text.includes(ctx.database), `names the file: ${text}`);
    // Help is still one click away.
    await s.click('[data-action="help"]');
    await s.find("[data-service]");
  } finally {
    await s.delete();
  }
});

test("a broken module file is named and the other modules still load", async () => {
  const assets = path.join(ctx.dir, "assets");
  cpSync(ASSETS, assets, { recursive: true });
  cpSync(
    path.join(root, "tests/fixtures/broken/no-correct-answer.toml"),
    path.join(assets, "modules/no-correct-answer.toml"),
  );
  const other = freshEnv();
  await stopDriver(driver);
  driver = await startDriver({ ...other.env, JIKIM_ASSETS_DIR: assets });
  const s = await Session.create(driver, APP);
  try {
    await s.find("[data-broken-modules]");
    const notice = await s.text("[data-broken-modules]");
    assert.ok(notice.includes("no-correct-answer.toml:42"), notice);
    assert.ok(notice.includes("정답이 없습니다"), notice);
    await signIn(s, { grade: 1, classNo: 1, number: 1, name: "테스트" });
    assert.ok(await s.exists('[data-module="deepfake-law"]'), "the shipped module still loads");
  } finally {
    await s.delete();
  }
});

test("a records file another program keeps locked is said so in Korean, not in SQLite's words", async () => {
  const held = freshEnv();
  mkdirSync(path.dirname(held.database), { recursive: true });
  // Another program (a backup tool, say) opens the records file and keeps it locked.
  const holder = spawn(
    "python3",
    [
      "-c",
      "import sqlite3, sys, time\n" +
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n" +
        "c.execute('BEGIN EXCLUSIVE')\n" +
        "print('locked', flush=True)\n" +
        "time.sleep(120)",
      held.database,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  try {
    const [line] = await once(holder.stdout, "data");
    assert.equal(String(line).trim(), "locked");
    await stopDriver(driver);
    driver = await startDriver(held.env);
    const s = await Session.create(driver, APP);
    try {
      // The app waits for the lock (5 s) before it gives up.
      await s.find('[data-error-code="database"]', 30000);
      const text = await s.text('[data-error-code="database"]');
      assert.ok(text.includes("다른 프로그램이 학습 기록 파일을 쓰고 있습니다"), text);
      assert.ok(!/locked|busy/i.test(text), `not SQLite's words: ${text}`);
      await s.click('[data-action="help"]');
      await s.find("[data-service]");
    } finally {
      await s.delete();
    }
  } finally {
    holder.kill();
  }
});
