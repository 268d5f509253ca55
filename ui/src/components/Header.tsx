import { useLayoutEffect, useRef } from "preact/hooks";
import type { Learner, Settings } from "../api/types";
import { t } from "../i18n";
import { QuickExitButton } from "./QuickExitButton";

interface Props {
  settings: Settings;
  learner: Learner | null;
  onSettings: (s: Settings) => void;
  onHelp: () => void;
  onQuickExit: () => void;
  onSignOut: () => void;
  /** Set while teacher mode is open. */
  onTeacherLock: (() => void) | null;
  /** True while a modal dialog is open over the screen (it carries its own quick exit). */
  inert: boolean;
}

/** The header on every screen: quick exit and help are always one click away. */
export function Header({ settings, learner, onSettings, onHelp, onQuickExit, onSignOut, onTeacherLock, inert }: Props) {
  // One step up or down; the core keeps the size in range and in tenths (set_settings).
  const scale = (delta: number) => onSettings({ ...settings, fontScale: settings.fontScale + delta });
  const header = useRef<HTMLElement>(null);
  // The header is sticky, and wraps to two rows on a narrow window or with larger text: the page
  // keeps its height as --header-height, so that a control the keyboard moves to is scrolled into
  // view below it, never under it (styles.css, scroll-padding-top; WCAG 2.4.11).
  useLayoutEffect(() => {
    const element = header.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty("--header-height", `${element.offsetHeight}px`));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <header class="app-header" inert={inert} ref={header}>
      <div class="brand">
        {t("common-app-name")}
        <small>{t("common-app-tagline")}</small>
      </div>
      <div class="header-actions">
        <QuickExitButton action="quick-exit" onQuickExit={onQuickExit} />
        <button type="button" class="help" data-action="help" onClick={onHelp}>
          {t("common-help")}
        </button>
        {onTeacherLock && (
          <button type="button" data-action="teacher-lock" onClick={onTeacherLock}>
            {t("teacher-lock")}
          </button>
        )}
        {learner && (
          <button type="button" data-action="sign-out" onClick={onSignOut}>
            {t("common-sign-out")}
          </button>
        )}
      </div>
      <div class="settings" role="group" aria-label={t("common-settings")}>
        <label>
          {t("common-language")}
          <select
            id="setting-language"
            value={settings.locale}
            onChange={(e) => onSettings({ ...settings, locale: e.currentTarget.value === "en" ? "en" : "ko" })}
          >
            <option value="ko">{t("common-language-ko")}</option>
            <option value="en">{t("common-language-en")}</option>
          </select>
        </label>
        <span>{t("common-font-size")}</span>
        <button type="button" onClick={() => scale(-0.1)}>
          A− <span class="visually-hidden">{t("common-font-smaller")}</span>
        </button>
        <button type="button" onClick={() => scale(0.1)}>
          A+ <span class="visually-hidden">{t("common-font-larger")}</span>
        </button>
        <label>
          <input
            type="checkbox"
            id="setting-contrast"
            checked={settings.highContrast}
            onChange={(e) => onSettings({ ...settings, highContrast: e.currentTarget.checked })}
          />
          {t("common-high-contrast")}
        </label>
      </div>
    </header>
  );
}
