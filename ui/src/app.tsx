// The app shell: which screen is showing, the header with quick exit and help on every screen.
// The state and the calls to the core live in hooks (hooks/): the session and its action runner,
// settings, the study flow, teacher mode, focus. Screens render view models; no rule about
// learning lives here.

import type { BootView, Settings } from "./api/types";
import { Header } from "./components/Header";
import { HelpDialog } from "./components/HelpDialog";
import { useBrokenModules } from "./hooks/useBrokenModules";
import { useScreenFocus } from "./hooks/useScreenFocus";
import { useIdleSignOut, useQuickExitKeys, useSession } from "./hooks/useSession";
import { useSettings } from "./hooks/useSettings";
import { useStudy } from "./hooks/useStudy";
import { useTeacher } from "./hooks/useTeacher";
import { t } from "./i18n";
import { BrokenModules, ErrorScreen } from "./screens/ErrorScreen";
import { Home } from "./screens/Home";
import { PrivacyNotice } from "./screens/PrivacyNotice";
import { SignIn } from "./screens/SignIn";
import { Study } from "./screens/Study";
import { ClassDetail } from "./screens/teacher/ClassDetail";
import { Reports } from "./screens/teacher/Reports";
import { TeacherGate } from "./screens/teacher/TeacherGate";
import { TeacherHome } from "./screens/teacher/TeacherHome";

export function App({
  boot,
  initialSettings,
  startNeutral = false,
  startWithHelp = false,
}: {
  boot: BootView;
  initialSettings: Settings;
  /** The learner used the quick exit before the App was there (safetyAtStart.ts). */
  startNeutral?: boolean;
  /** The learner asked for help before the App was there (safetyAtStart.ts). */
  startWithHelp?: boolean;
}) {
  const session = useSession(boot, startNeutral, startWithHelp);
  const {
    screen,
    setScreen,
    learner,
    error,
    busy,
    helpOpen,
    setHelpOpen,
    announcement,
    notice,
    setNotice,
    fail,
    signOut,
    quickExit,
  } = session;
  const { settings, changeSettings } = useSettings(initialSettings, fail);
  useIdleSignOut(learner, settings.idleSeconds, signOut);
  useQuickExitKeys(quickExit);
  useScreenFocus(screen, helpOpen, settings.locale);
  const study = useStudy(session, settings, changeSettings);
  const teacher = useTeacher(session);
  const broken = useBrokenModules(boot);

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
        onTeacherLock={screen.name.startsWith("teacher") && screen.name !== "teacherGate" ? teacher.lock : null}
      />
      {/* While help is open, only the dialog can be reached: the screen behind it is inert. */}
      <main id="main" aria-busy={busy} inert={helpOpen}>
        {error && <ErrorScreen error={error} />}
        {screen.name === "loading" && <p>{t("common-loading")}</p>}
        {screen.name === "fatal" && <ErrorScreen error={screen.error} />}
        {screen.name === "signin" && (
          <SignIn
            busy={busy}
            onSubmit={study.signIn}
            notice={notice}
            onTeacher={teacher.open}
            onPrivacy={() => setScreen({ name: "privacy" })}
            hubAddress={settings.hubAddress}
          />
        )}
        {screen.name === "privacy" && <PrivacyNotice onBack={() => setScreen({ name: "signin" })} />}
        {screen.name === "teacherGate" && (
          <TeacherGate
            passwordSet={screen.passwordSet}
            busy={busy}
            onSubmit={(p, c) => teacher.submitPassword(p, c, screen.passwordSet)}
            onCancel={() => setScreen({ name: "signin" })}
          />
        )}
        {screen.name === "teacherHome" && (
          <TeacherHome
            hub={screen.hub}
            classes={screen.classes}
            busy={busy}
            onStartHub={teacher.startHub}
            onCreateClass={(grade, classNo) => teacher.createClass(grade, classNo, screen.hub)}
            onOpenClass={(cls) => setScreen({ name: "teacherClass", cls, modules: screen.modules })}
            onOpenReports={() => setScreen({ name: "teacherReports", modules: screen.modules })}
            settings={settings}
            onSettings={changeSettings}
          />
        )}
        {screen.name === "teacherClass" && (
          <ClassDetail cls={screen.cls} modules={screen.modules} onBack={teacher.backToHome} onError={fail} />
        )}
        {screen.name === "teacherReports" && (
          <Reports
            modules={screen.modules}
            settings={settings}
            onSettings={changeSettings}
            onBack={teacher.backToHome}
            onError={fail}
          />
        )}
        {screen.name === "home" && learner && (
          <Home
            learner={learner}
            modules={screen.modules}
            onOpen={study.openModule}
            onPeriodEnded={() => signOut("signin-period-ended")}
          />
        )}
        {screen.name === "study" && (
          <Study view={screen.view} feedback={screen.feedback} busy={busy} actions={study.actions} />
        )}
        {(screen.name === "home" || screen.name === "signin") && <BrokenModules broken={broken} />}
      </main>
      <div role="status" aria-live="polite" class="visually-hidden" id="live-region">
        {announcement}
      </div>
      {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} onQuickExit={quickExit} />}
    </>
  );
}
