// The app shell: which screen is showing, the header with quick exit and help on every screen,
// and the calls to the core. Screens render view models; no rule about learning lives here.

import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { idleMs, resetActivity, setActivityPaused, takeActiveMs } from "./activity";
import { api, teacherApi } from "./api/ipc";
import type {
  BootView,
  ClassView,
  ErrorPayload,
  FeedbackView,
  HubStatus,
  JoinInput,
  Learner,
  ModuleOption,
  ModuleSummary,
  Settings,
  SignIn as SignInData,
  StudyView,
} from "./api/types";
import { Header } from "./components/Header";
import { HelpDialog } from "./components/HelpDialog";
import { setLang, t } from "./i18n";
import { BrokenModules, ErrorScreen } from "./screens/ErrorScreen";
import { Home } from "./screens/Home";
import { PrivacyNotice } from "./screens/PrivacyNotice";
import { SignIn } from "./screens/SignIn";
import { Study, type StudyActions } from "./screens/Study";
import { ClassDetail } from "./screens/teacher/ClassDetail";
import { Reports } from "./screens/teacher/Reports";
import { TeacherGate } from "./screens/teacher/TeacherGate";
import { TeacherHome } from "./screens/teacher/TeacherHome";

type Screen =
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

/** Two Esc presses within this window trigger the quick exit. */
const QUICK_EXIT_WINDOW_MS = 1000;

export function applySettings(s: Settings): void {
  setLang(s.locale);
  document.documentElement.style.setProperty("--font-scale", String(s.fontScale));
  document.documentElement.classList.toggle("high-contrast", s.highContrast);
}

export function App({ boot, initialSettings }: { boot: BootView; initialSettings: Settings }) {
  const [settings, setSettings] = useState(initialSettings);
  const [screen, setScreen] = useState<Screen>(
    boot.startupError ? { name: "fatal", error: boot.startupError } : { name: "signin" },
  );
  const [learner, setLearner] = useState<Learner | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const [notice, setNotice] = useState<string | null>(null);
  const lastEsc = useRef(0);
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

  const changeSettings = (s: Settings) => {
    applySettings(s);
    setSettings(s);
    api.setSettings(s).then(setSettings, fail);
  };

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
    void api.signOut().catch(() => undefined);
    void teacherApi.lock().catch(() => undefined);
  }, []);

  // Signing out drops every trace of the learner from the UI state; answers are already saved.
  const signOut = useCallback((why: "signin-signed-out" | "signin-idle-signed-out" | "signin-period-ended") => {
    epoch.current += 1;
    setBusy(false);
    setLearner(null);
    setError(null);
    setHelpOpen(false);
    setAnnouncement("");
    setNotice(why);
    setScreen({ name: "signin" });
    resetActivity();
    void api.signOut().catch(() => undefined);
  }, []);

  // Automatic sign-out on a shared PC after the lab's idle time.
  useEffect(() => {
    if (!learner || settings.idleSeconds <= 0) return;
    const timer = window.setInterval(() => {
      if (idleMs() > settings.idleSeconds * 1000) signOut("signin-idle-signed-out");
    }, 1000);
    return () => window.clearInterval(timer);
  }, [learner, settings.idleSeconds, signOut]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      const now = Date.now();
      if (now - lastEsc.current < QUICK_EXIT_WINDOW_MS) {
        lastEsc.current = 0;
        quickExit();
      } else {
        lastEsc.current = now;
      }
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [quickExit]);

  // Move focus to the new screen's heading so screen readers and keyboard users follow along.
  useEffect(() => {
    if (helpOpen) return;
    const h = document.getElementById("screen-title");
    h?.focus();
  }, [screen.name, screen.name === "study" ? `${screen.view.state.kind}-${stateKey(screen.view)}` : "", helpOpen]);

  useEffect(() => {
    if (screen.name !== "neutral") document.title = t("common-app-name");
  }, [screen.name, settings.locale]);

  // The one action runner: busy while `work` runs; an error shows the error screen; a result
  // that arrives after a quick exit or sign-out (`live()` false) is dropped.
  const act = async (work: (live: () => boolean) => Promise<void>) => {
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

  const goHome = () =>
    act(async (live) => {
      const modules = await api.listModules();
      if (live()) setScreen({ name: "home", modules });
    });

  const run = (f: () => Promise<StudyView>) =>
    act(async (live) => {
      const view = await f();
      if (live()) setScreen({ name: "study", view, feedback: null, next: null });
    });

  const signIn = (data: SignInData, join: JoinInput | null) =>
    act(async (live) => {
      const l = await api.signIn(data, join);
      if (!live()) {
        // Quick exit won the race: the sign-in that finished after it is undone at once.
        void api.signOut().catch(() => undefined);
        return;
      }
      if (join && join.hubAddress !== settings.hubAddress) changeSettings({ ...settings, hubAddress: join.hubAddress });
      resetActivity();
      setNotice(null);
      setLearner(l);
      const modules = await api.listModules();
      if (live()) setScreen({ name: "home", modules });
    });

  const openTeacher = () =>
    act(async (live) => {
      const status = await teacherApi.status();
      if (!live()) return;
      if (status.unlocked) await showTeacherHome(status.hub, live);
      else setScreen({ name: "teacherGate", passwordSet: status.passwordSet });
    });

  const showTeacherHome = async (hub: HubStatus | null, live: () => boolean) => {
    const [classes, modules] = await Promise.all([teacherApi.classes(), teacherApi.modules()]);
    if (live()) setScreen({ name: "teacherHome", hub, classes, modules });
  };

  const submitTeacherPassword = (password: string, confirm: string, passwordSet: boolean) =>
    act(async (live) => {
      if (password.length < 8) throw { code: "teacher_password_short", messageId: "teacher-password-short", args: {} };
      if (password !== confirm)
        throw { code: "teacher_password_mismatch", messageId: "teacher-password-mismatch", args: {} };
      const status = passwordSet ? await teacherApi.unlock(password) : await teacherApi.setPassword(password);
      if (!live()) {
        void teacherApi.lock().catch(() => undefined);
        return;
      }
      await showTeacherHome(status.hub, live);
    });

  const study = screen.name === "study" ? screen : null;
  const actions: StudyActions = {
    goPage: (index) => study && run(() => api.viewPage(study.view.attemptId, index, takeActiveMs())),
    startQuiz: () => study && run(() => api.startQuiz(study.view.attemptId, takeActiveMs())),
    answer: async (itemId, chosen) => {
      if (!study) return;
      await act(async (live) => {
        const outcome = await api.answerItem(study.view.attemptId, itemId, chosen, takeActiveMs());
        if (!live()) return;
        setScreen({ name: "study", view: study.view, feedback: outcome.feedback, next: outcome.next });
        const verdict = outcome.feedback.correct ? t("quiz-feedback-correct") : t("quiz-feedback-incorrect");
        setAnnouncement(
          /[.?!]$/.test(verdict)
            ? `${verdict} ${outcome.feedback.explanation}`
            : `${verdict}. ${outcome.feedback.explanation}`,
        );
      });
    },
    // After feedback, the next item or the result is a page boundary: the core says what comes
    // next (and signs the learner out there when the teacher ended the lesson).
    next: () => {
      if (study?.next) {
        setAnnouncement("");
        void run(() => api.currentScreen(study.view.attemptId));
      }
    },
    retryMissed: () => study && run(() => api.retryMissed(study.view.attemptId)),
    restart: () => study && run(() => api.restartModule(study.view.module.id)),
    home: () => void goHome(),
  };

  if (screen.name === "neutral") {
    return (
      <main class="neutral" id="main">
        <h1 id="screen-title" tabIndex={-1}>
          {t("common-neutral-title")}
        </h1>
        <p>{t("common-neutral-body")}</p>
        <p>
          <button
            type="button"
            data-action="leave-neutral"
            onClick={() => {
              setNotice(null);
              setScreen({ name: "signin" });
            }}
          >
            {t("common-neutral-continue")}
          </button>
        </p>
      </main>
    );
  }

  return (
    <>
      <a class="skip-link" href="#main" inert={helpOpen}>
        {t("common-skip-to-content")}
      </a>
      <Header
        settings={settings}
        learner={learner}
        onSettings={changeSettings}
        onHelp={() => setHelpOpen(true)}
        onQuickExit={quickExit}
        inert={helpOpen}
        onSignOut={() => signOut("signin-signed-out")}
        onTeacherLock={
          screen.name.startsWith("teacher") && screen.name !== "teacherGate"
            ? () => {
                void teacherApi.lock().catch(() => undefined);
                setScreen({ name: "signin" });
              }
            : null
        }
      />
      {/* While help is open, only the dialog can be reached: the screen behind it is inert. */}
      <main id="main" aria-busy={busy} inert={helpOpen}>
        {error && <ErrorScreen error={error} />}
        {screen.name === "loading" && <p>{t("common-loading")}</p>}
        {screen.name === "fatal" && <ErrorScreen error={screen.error} />}
        {screen.name === "signin" && (
          <SignIn
            busy={busy}
            onSubmit={signIn}
            notice={notice}
            onTeacher={openTeacher}
            onPrivacy={() => setScreen({ name: "privacy" })}
            hubAddress={settings.hubAddress}
          />
        )}
        {screen.name === "privacy" && <PrivacyNotice onBack={() => setScreen({ name: "signin" })} />}
        {screen.name === "teacherGate" && (
          <TeacherGate
            passwordSet={screen.passwordSet}
            busy={busy}
            onSubmit={(p, c) => submitTeacherPassword(p, c, screen.passwordSet)}
            onCancel={() => setScreen({ name: "signin" })}
          />
        )}
        {screen.name === "teacherHome" && (
          <TeacherHome
            hub={screen.hub}
            classes={screen.classes}
            busy={busy}
            onStartHub={(address, port) =>
              act(async (live) => showTeacherHome(await teacherApi.startHub(address, port), live))
            }
            onCreateClass={(grade, classNo) =>
              act(async (live) => {
                await teacherApi.createClass(grade, classNo);
                await showTeacherHome(screen.hub, live);
              })
            }
            onOpenClass={(cls) => setScreen({ name: "teacherClass", cls, modules: screen.modules })}
            onOpenReports={() => setScreen({ name: "teacherReports", modules: screen.modules })}
            settings={settings}
            onSettings={changeSettings}
          />
        )}
        {screen.name === "teacherClass" && (
          <ClassDetail
            cls={screen.cls}
            modules={screen.modules}
            onBack={() => act(async (live) => showTeacherHome((await teacherApi.status()).hub, live))}
            onError={fail}
          />
        )}
        {screen.name === "teacherReports" && (
          <Reports
            modules={screen.modules}
            settings={settings}
            onSettings={changeSettings}
            onBack={() => act(async (live) => showTeacherHome((await teacherApi.status()).hub, live))}
            onError={fail}
          />
        )}
        {screen.name === "home" && learner && (
          <Home
            learner={learner}
            modules={screen.modules}
            onOpen={(id) => run(() => api.openModule(id))}
            onPeriodEnded={() => signOut("signin-period-ended")}
          />
        )}
        {screen.name === "study" && (
          <Study view={screen.view} feedback={screen.feedback} busy={busy} actions={actions} />
        )}
        {(screen.name === "home" || screen.name === "signin") && <BrokenModules broken={boot.brokenModules} />}
      </main>
      <div role="status" aria-live="polite" class="visually-hidden" id="live-region">
        {announcement}
      </div>
      {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} onQuickExit={quickExit} />}
    </>
  );
}

function stateKey(view: StudyView): string {
  const s = view.state;
  if (s.kind === "page") return String(s.page.index);
  if (s.kind === "item") return `${s.item.id}-${s.item.round}`;
  return String(s.result.round);
}
