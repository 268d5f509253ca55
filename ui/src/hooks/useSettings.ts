// Device settings: applied to the page at once, then saved by the core, whose reply wins.

import { useState } from "preact/hooks";
import { commands } from "../api/commands";
import type { Settings } from "../api/types";
import { setLang } from "../i18n";

/** Puts the language, font scale and contrast of `s` on the page. */
export function applySettings(s: Settings): void {
  setLang(s.locale);
  document.documentElement.style.setProperty("--font-scale", String(s.fontScale));
  document.documentElement.classList.toggle("high-contrast", s.highContrast);
}

/** The current settings and `changeSettings`; a failed save goes to `fail`. */
export function useSettings(initial: Settings, fail: (e: unknown) => void) {
  const [settings, setSettings] = useState(initial);
  const changeSettings = (s: Settings) => {
    applySettings(s);
    setSettings(s);
    commands.setSettings(s).then(setSettings, fail);
  };
  return { settings, changeSettings };
}
