// The real UI (the production build in ui/dist) in headless Chromium, with the Rust side
// replaced by tests/mock-ipc.js. Every screen is checked with axe-core (WCAG 2.0/2.1/2.2 A and
// AA) in the normal and the high-contrast theme, plus keyboard, focus and privacy behaviour.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, "../dist");
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const mockSource = readFileSync(path.join(here, "mock-ipc.js"), "utf8");
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".woff2": "font/woff2" };

let server;
let base;
let browser;

before(async () => {
  server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const file = path.join(dist, url.pathname === "/" ? "index.html" : decodeURIComponent(url.pathname));
    if (!file.startsWith(dist)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${server.address().port}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((r) => server.close(r));
});

async function open(scenario = "normal") {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  await page.addInitScript(`window.__scenario = ${JSON.stringify(scenario)};\n${mockSource}`);
  await page.goto(base);
  return page;
}

async function axe(page, label) {
  await page.waitForTimeout(50);
  const has = await page.evaluate(() => typeof window.axe !== "undefined");
  if (!has) await page.addScriptTag({ content: axeSource });
  for (const contrast of [false, true]) {
    await page.evaluate((on) => document.documentElement.classList.toggle("high-contrast", on), contrast);
    const res = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }),
    );
    const detail = res.violations
      .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`)
      .join("\n");
    assert.equal(res.violations.length, 0, `${label}${contrast ? " [high contrast]" : ""}:\n${detail}`);
  }
  await page.evaluate(() => document.documentElement.classList.remove("high-contrast"));
}

async function signIn(page) {
  await page.fill("#signin-grade", "2");
  await page.fill("#signin-class", "3");
  await page.fill("#signin-number", "7");
  await page.fill("#signin-name", "김하늘");
  await page.click('[data-action="sign-in"]');
  await page.waitForSelector("[data-module]");
}

test("every student screen passes axe in both themes", async () => {
  const page = await open();
  await page.waitForSelector("#signin-grade");
  await axe(page, "sign-in");
  await signIn(page);
  await axe(page, "home");
  await page.click('[data-action="open-module"][data-module="deepfake-law"]');
  await page.waitForSelector('[data-page="p1"]');
  await axe(page, "lesson page 1");
  await page.keyboard.press("ArrowRight");
  await page.waitForSelector('[data-page="p2"]');
  await axe(page, "lesson page 2 with legal basis");
  await page.click('[data-action="start-quiz"]');
  for (const [id, choose] of [["q1", ["o"]], ["q2", ["a", "c"]], ["q3", ["b"]]]) {
    await page.waitForSelector(`[data-item="${id}"]`);
    await axe(page, `quiz item ${id}`);
    for (const c of choose) await page.check(`input[value="${c}"]`);
    await page.click('[data-action="submit-answer"]');
    await page.waitForSelector(".feedback");
    await axe(page, `feedback ${id}`);
    const live = await page.textContent("#live-region");
    assert.ok(live && live.length > 0, "feedback announced");
    await page.click('[data-action="next"]');
  }
  await page.waitForSelector("#result-score");
  await axe(page, "result");
  await page.click('[data-action="help"]');
  await page.waitForSelector("[data-service]");
  await axe(page, "help");
  await page.click('[data-action="help-close"]');
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.waitForSelector('[data-action="leave-neutral"]');
  await axe(page, "neutral screen after quick exit");
  await page.close();
});

test("error screen and broken-module notice pass axe and name the file", async () => {
  const page = await open("corrupt-db");
  await page.waitForSelector('[data-error-code="database_corrupt"]');
  const text = await page.textContent('[data-error-code="database_corrupt"]');
  assert.ok(text.includes("/home/lab/.local/share/kr.jikim.app/jikim.db"), text);
  await axe(page, "corrupt database");
  await page.close();
  const broken = await open("broken-module");
  await broken.waitForSelector("[data-broken-modules]");
  assert.ok((await broken.textContent("[data-broken-modules]")).includes("broken.toml:42"));
  await axe(broken, "broken module notice");
  await broken.close();
});

test("teacher screens pass axe", async () => {
  const page = await open();
  await page.click('[data-action="teacher-mode"]');
  await page.waitForSelector("#teacher-password");
  await axe(page, "teacher password");
  await page.fill("#teacher-password", "password123");
  await page.fill("#teacher-password-confirm", "password123");
  await page.click('[data-action="submit-password"]');
  await page.waitForSelector('[data-action="start-hub"]');
  await axe(page, "teacher home");
  await page.click('[data-action="start-hub"]');
  await page.waitForSelector('[data-hub-running="true"]');
  await page.click('[data-action="open-class"]');
  await page.waitForSelector("[data-results]");
  await page.waitForSelector("[data-item-stat]");
  await axe(page, "class results and item analysis");
  await page.click('[data-student-detail="1"]');
  await page.waitForSelector('[data-detail="1"] li');
  await axe(page, "per-student detail");
  await page.click('[data-tab="roster"]');
  await page.waitForSelector("[data-roster-count]");
  await axe(page, "roster");
  await page.click('[data-tab="assignments"]');
  await page.waitForSelector("[data-assignment-count]");
  await axe(page, "assignments");
  await page.close();
});

test("quick exit and sign-out leave nothing of the student; help calls only help_page", async () => {
  const page = await open();
  await signIn(page);
  await page.click('[data-action="open-module"][data-module="deepfake-law"]');
  await page.waitForSelector("[data-page]");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "screen-title", "focus on the new heading");
  const before = await page.evaluate(() => window.__ipcLog.length);
  await page.click('[data-action="help"]');
  await page.waitForSelector("[data-service]");
  await page.click('[data-action="help-close"]');
  const calls = await page.evaluate((n) => window.__ipcLog.slice(n), before);
  assert.deepEqual(
    calls.map((c) => c.cmd),
    ["help_page"],
    "opening help sends nothing but the read of the help page",
  );
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await page.waitForSelector('[data-action="leave-neutral"]');
  const text = await page.evaluate(() => document.body.innerText);
  assert.ok(!text.includes("김하늘") && !text.includes("딥페이크"), `neutral screen reveals nothing: ${text}`);
  const cmds = await page.evaluate(() => window.__ipcLog.map((c) => c.cmd));
  assert.ok(cmds.includes("sign_out"), "quick exit signs out");
  await page.click('[data-action="leave-neutral"]');
  await signIn(page);
  await page.click('[data-action="sign-out"]');
  await page.waitForSelector('[data-notice="signed-out"]');
  const after = await page.evaluate(() => document.body.innerText);
  assert.ok(!after.includes("김하늘"), "no name after sign-out");
  await page.close();
});
