// @ts-check
// Takes screenshots of the main screens from the real app window (tauri-driver under Xvfb) into
// docs/screenshots/. Run: xvfb-run -a -s "-screen 0 1280x800x24" node tests/e2e/screenshots.mjs

import { APP, correctIds, freshEnv, loadModule, MODULE, screenshotter, wrongIds } from "./support.mjs";
import { Session, startDriver, stopDriver } from "./webdriver.mjs";

const module = loadModule();
const ctx = freshEnv();
const driver = await startDriver(ctx.env);
const s = await Session.create(driver, APP);

const shot = screenshotter(s);

try {
  await s.find("#signin-grade");
  await s.type("#signin-grade", "2");
  await s.type("#signin-class", "3");
  await s.type("#signin-number", "7");
  await s.type("#signin-name", "김하늘");
  await shot("01-sign-in");
  await s.click('[data-action="sign-in"]');
  await s.find("[data-module]");
  await shot("02-home");
  await s.click(`[data-action="open-module"][data-module="${MODULE}"]`);
  await s.find("[data-page]");
  await s.click('[data-action="next-page"]');
  await s.find(`[data-page="${module.pages[1].id}"]`);
  await shot("03-lesson");
  for (let i = 1; i < module.pages.length; i++) {
    await s.click(i === module.pages.length - 1 ? '[data-action="start-quiz"]' : '[data-action="next-page"]');
  }
  const scenarioIndex = module.items.findIndex((it) => it.kind === "scenario");
  for (let i = 0; i < module.items.length; i++) {
    const item = module.items[i];
    await s.find(`[data-item="${item.id}"]`);
    if (i === scenarioIndex) await shot("04-quiz-scenario");
    const ids = i === 1 ? wrongIds(item) : correctIds(item);
    for (const id of ids) await s.click(`input[value="${id}"]`);
    await s.click('[data-action="submit-answer"]');
    await s.find(".feedback");
    if (i === 1) await shot("05-feedback");
    await s.click('[data-action="next"]');
  }
  await s.find("#result-score");
  await shot("06-result");
  await s.click('[data-action="help"]');
  await s.find("[data-service]");
  await shot("07-help");
  await s.click('[data-action="help-close"]');
  await s.click("#setting-contrast");
  await shot("08-high-contrast");
  await s.click("#setting-contrast");
} finally {
  await s.delete();
  await stopDriver(driver);
}
