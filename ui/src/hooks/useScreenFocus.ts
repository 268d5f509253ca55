// What follows a change of screen: the focus moves to its heading, and the window title is the
// app's name again (the neutral screen keeps its own).

import { useEffect } from "preact/hooks";
import type { StudyView } from "../api/types";
import { t } from "../i18n";
import type { Screen } from "./useSession";

/** Focuses `#screen-title` on every new screen, page or item (not while help is open). */
export function useScreenFocus(screen: Screen, helpOpen: boolean, locale: string) {
  // Move focus to the new screen's heading so screen readers and keyboard users follow along.
  useEffect(() => {
    if (helpOpen) return;
    const h = document.getElementById("screen-title");
    h?.focus();
  }, [screen.name, screen.name === "study" ? `${screen.view.state.kind}-${stateKey(screen.view)}` : "", helpOpen]);

  useEffect(() => {
    if (screen.name !== "neutral") document.title = t("common-app-name");
  }, [screen.name, locale]);
}

function stateKey(view: StudyView): string {
  const s = view.state;
  if (s.kind === "page") return String(s.page.index);
  if (s.kind === "item") return `${s.item.id}-${s.item.round}`;
  return String(s.result.round);
}
