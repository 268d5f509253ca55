import { render } from "preact";
import { startActivityTracking } from "./activity";
import { commands } from "./api/commands";
import { DEFAULT_SETTINGS } from "./api/constants";
import { booting, gettingSettings } from "./api/startup";
import { App } from "./app";
import { applySettings } from "./hooks/useSettings";
import { t } from "./i18n";
import { disarmSafetyAtStart, exitedAtStart, helpAskedAtStart } from "./safetyAtStart";

/**
 * The rest of the font (scripts/subset-fonts.sh) is fetched when a character needs it; once a
 * learner starts using the window (typing a name, a click), both weights are fetched ahead, so
 * the module list and the lessons do not wait for them. Not earlier: an idle sign-in screen
 * stays small in memory.
 */
function fetchRestOfFontOnFirstUse(): void {
  const fetchAll = () => {
    for (const event of ["keydown", "pointerdown"]) window.removeEventListener(event, fetchAll, true);
    document.fonts.forEach((face) => {
      if (face.status === "unloaded") face.load().catch(() => undefined);
    });
  };
  for (const event of ["keydown", "pointerdown"]) window.addEventListener(event, fetchAll, true);
}

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  // The two start-up calls went out before this script had loaded (api/startup.ts).
  const settings = await gettingSettings.catch(() => DEFAULT_SETTINGS);
  applySettings(settings);
  try {
    const boot = await booting;
    startActivityTracking();
    // Until now the page shows the first screen pre-rendered into index.html (prerender.tsx), inert:
    // a picture, already painted (boot.ts). The live App is rendered onto it: Preact reuses the
    // pre-rendered elements and corrects their attributes and text where this PC's start differs
    // (its language, a remembered hub address, a start-up error), instead of building the same
    // screen a second time.
    // If the learner used the quick exit meanwhile (safetyAtStart.ts), the picture is the
    // neutral screen, and the App starts there; if they asked for help, it starts with help open.
    // The App answers both from now on.
    const exited = exitedAtStart();
    render(
      <App boot={boot} initialSettings={settings} startNeutral={exited} startWithHelp={helpAskedAtStart()} />,
      root,
    );
    disarmSafetyAtStart();
    if (exited) {
      document.title = t("common-neutral-title");
      // Nobody is signed in at start; said anyway, as the App's own quick exit does.
      void commands.signOut().catch(() => undefined);
      void commands.teacherLock().catch(() => undefined);
    }
    fetchRestOfFontOnFirstUse();
  } catch {
    // Even if the Rust side cannot answer, the window shows a clear message, never a blank page
    // (but not in place of the neutral screen a quick exit put there). With no App to take over,
    // safetyAtStart.ts stays armed: Esc twice still puts the neutral screen in its place.
    if (!exitedAtStart()) root.textContent = t("errors-unexpected");
  }
  root.removeAttribute("inert");
  // When the window answers (a benchmark reads it: bench/lesson.mjs); nothing else does.
  performance.mark("jikim-live");
}

void start();
