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

async function start(): Promise<void> {
  const root = document.getElementById("app");
  if (!root) return;
  const settings = await commands.getSettings().catch(() => DEFAULT_SETTINGS);
  applySettings(settings);
  try {
    const boot = await commands.bootstrap();
    startActivityTracking();
    render(<App boot={boot} initialSettings={settings} />, root);
  } catch {
    // Even if the Rust side cannot answer, the window shows a clear message, never a blank page.
    root.textContent = t("errors-unexpected");
  }
}

void start();
