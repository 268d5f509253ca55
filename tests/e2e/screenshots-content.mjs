// @ts-check
// Screenshots of the content the 2026-11-27 legal review changed, from the real app window
// (tauri-driver under Xvfb), into docs/screenshots/: the teacher module's page on the police-report
// duty and separation, and the help page with the youth line 1388.
// Run: xvfb-run -a -s "-screen 0 1280x800x24" node tests/e2e/screenshots-content.mjs

import { APP, freshEnv, loadModule, screenshotter, signIn } from "./support.mjs";
import { Session, startDriver, stopDriver } from "./webdriver.mjs";

const TEACHER_MODULE = "teacher-response";
const DUTY_PAGE = "report-and-separate";
const teacher = loadModule(TEACHER_MODULE);
const ctx = freshEnv();
const driver = await startDriver(ctx.env);
const s = await Session.create(driver, APP);

const shot = screenshotter(s);

try {
  await signIn(s, { grade: 2, classNo: 3, number: 7, name: "김하늘" });
  await s.click(`[data-action="open-module"][data-module="${TEACHER_MODULE}"]`);
  await s.find("[data-page]");
  const target = teacher.pages.findIndex((p) => p.id === DUTY_PAGE);
  if (target < 0) throw new Error(`${TEACHER_MODULE} has no page ${DUTY_PAGE}`);
  for (let i = 0; i < target; i++) {
    await s.click('[data-action="next-page"]');
    await s.find(`[data-page="${teacher.pages[i + 1].id}"]`);
  }
  await shot("11-teacher-report-duty");
  await s.click('[data-action="help"]');
  await s.find('[data-service="youth-1388"], [data-service]');
  await s.req("POST", "/execute/sync", {
    script:
      "const e = document.querySelector('[data-service=\"youth-1388\"]'); if (e) e.scrollIntoView({block: 'center'}); return !!e;",
    args: [],
  });
  await shot("12-help-1388");
} finally {
  await s.delete();
  await stopDriver(driver);
}
