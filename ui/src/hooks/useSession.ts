// The session: which screen shows, who is signed in, and the one action runner. Quick exit and
// sign-out end the session; a reply to a call made before that is dropped.

import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { idleMs, resetActivity, setActivityPaused } from "../activity";
import { commands } from "../api/commands";
import type {
  BootView,
  ClassView,
  ErrorPayload,
  FeedbackView,
  HubStatus,
  Learner,
  ModuleOption,
  ModuleSummary,
  StudyView,
} from "../api/types";
import { t } from "../i18n";
import { onSecondEsc } from "../safetyAtStart";

export type Screen =
  | { name: "loading" }
  | { name: "fatal"; error: ErrorPayload }
  | { name: "signin" }
  | { name: "privacy" }
  | { name: "home"; modules: ModuleSummary[] }
  | { name: "study"; view: StudyView; feedback: FeedbackView | null; next: StudyView | null }
  | { name: "neutral" }
  | { name: "teacherGate"; passwordSet: boolean }
  | { name: "teacherHome"; hub: HubStatus | null; classes: ClassView[]; modules: ModuleOption[] }
  | { name: "teacherClass"; cls: ClassView; modules: ModuleOption[] }
  | { name: "teacherReports"; modules: ModuleOption[] };

/** The notice the sign-in screen shows after a sign-out. */
export type SignOutReason = "signin-signed-out" | "signin-idle-signed-out" | "signin-period-ended";

/** Work for the action runner; `live()` turns false once the session it started in has ended. */
export type Work = (live: () => boolean) => Promise<void>;

export type Session = ReturnType<typeof useSession>;

/**
 * The screen and learner state, the action runner (`act`), sign-out and quick exit. Before the App
 * was there (safetyAtStart.ts), the learner may have used the quick exit (`startNeutral`) or asked
 * for help (`startWithHelp`).
 */
export function useSession(boot: BootView, startNeutral = false, startWithHelp = false) {
  const [screen, setScreen] = useState<Screen>(
    startNeutral
      ? { name: "neutral" }
      : boot.startupError
        ? { name: "fatal", error: boot.startupError }
        : { name: "signin" },
  );
  const [learner, setLearner] = useState<Learner | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const [helpOpen, setHelpOpen] = useState(startWithHelp);
  const [announcement, setAnnouncement] = useState("");
  const [notice, setNotice] = useState<SignOutReason | null>(null);
  // The session epoch: quick exit and sign-out bump it, and a reply to a call made in an earlier
  // epoch is dropped, so a slow sign-in or answer can never repaint a learner's screen over the
  // neutral one.
  const epoch = useRef(0);
  const session = () => {
    const mine = epoch.current;
    return () => epoch.current === mine;
  };

  const fail = (e: unknown) => {
    // The teacher ended the lesson: the core signed the learner out at this page boundary.
    if ((e as ErrorPayload | null)?.code === "period_ended") {
      signOut("signin-period-ended");
      return;
    }
    setError(e as ErrorPayload);
    setBusy(false);
  };

  // Time with help open is not time on task, and must not reach the next synced record.
  useEffect(() => setActivityPaused(helpOpen), [helpOpen]);

  const quickExit = useCallback(() => {
    // Replace the screen first, synchronously; then sign out. Answers are already committed.
    epoch.current += 1;
    setBusy(false);
    setHelpOpen(false);
    setLearner(null);
    setError(null);
    setAnnouncement("");
    setScreen({ name: "neutral" });
    resetActivity();
    document.title = t("common-neutral-title");
    void commands.signOut().catch(() => undefined);
    void commands.teacherLock().catch(() => undefined);
  }, []);

  // Signing out drops every trace of the learner from the UI state; answers are already saved.
  const signOut = useCallback((why: SignOutReason) => {
    epoch.current += 1;
    setBusy(false);
    setLearner(null);
    setError(null);
    setHelpOpen(false);
    setAnnouncement("");
    setNotice(why);
    setScreen({ name: "signin" });
    resetActivity();
    void commands.signOut().catch(() => undefined);
  }, []);

  // The one action runner: busy while `work` runs; an error shows the error screen; a result
  // that arrives after a quick exit or sign-out (`live()` false) is dropped.
  const act = async (work: Work) => {
    const live = session();
    setBusy(true);
    try {
      await work(live);
      if (!live()) return;
      setError(null);
    } catch (e) {
      if (live()) fail(e);
      return;
    }
    setBusy(false);
  };

  return {
    screen,
    setScreen,
    learner,
    setLearner,
    error,
    busy,
    helpOpen,
    setHelpOpen,
    announcement,
    setAnnouncement,
    notice,
    setNotice,
    fail,
    act,
    signOut,
    quickExit,
  };
}

/** Signs the learner out after the lab's idle time on a shared PC (none when `idleSeconds` ≤ 0). */
export function useIdleSignOut(learner: Learner | null, idleSeconds: number, signOut: (why: SignOutReason) => void) {
  useEffect(() => {
    if (!learner || idleSeconds <= 0) return;
    const timer = window.setInterval(() => {
      if (idleMs() > idleSeconds * 1000) signOut("signin-idle-signed-out");
    }, 1000);
    return () => window.clearInterval(timer);
  }, [learner, idleSeconds, signOut]);
}

/** Esc twice within a second, anywhere, is the quick exit. */
export function useQuickExitKeys(quickExit: () => void) {
  useEffect(() => {
    const onKey = onSecondEsc(quickExit);
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [quickExit]);
}
