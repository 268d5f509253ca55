import { render } from "preact";
import { startActivityTracking } from "./activity";
import { commands } from "./api/commands";
import type { Settings } from "./api/types";
import { App } from "./app";
import { applySettings } from "./hooks/useSettings";
import { t } from "./i18n";
import "./styles.css";

const DEFAULT_SETTINGS: Settings = {
  locale: "ko",
  fontScale: 1,
  highContrast: false,
  role: "student",
  hubAddress: "",
  idleSeconds: 600,
  schoolName: "",
};

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
  // Meanwhile, the first font subsets (the faces whose range holds a space) are fetched, not only
  // once the first screen is laid out.
  for (const weight of [400, 700]) document.fonts.load(`${weight} 1em Pretendard`).catch(() => undefined);
  const booting = commands.bootstrap();
  booting.catch(() => undefined);
  const settings = await commands.getSettings().catch(() => DEFAULT_SETTINGS);
  applySettings(settings);
  try {
    const boot = await booting;
    startActivityTracking();
    render(<App boot={boot} initialSettings={settings} />, root);
    fetchRestOfFontOnFirstUse();
  } catch {
    // Even if the Rust side cannot answer, the window shows a clear message, never a blank page.
    root.textContent = t("errors-unexpected");
  }
}

void start();
