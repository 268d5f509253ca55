// The learner's way through: sign-in, the module list, and a module's pages, quiz and result.
// Every step asks the core for the next view; no rule about learning lives here.

import { resetActivity, takeActiveMs } from "../activity";
import { commands } from "../api/commands";
import type { JoinInput, Settings, SignIn, StudyView } from "../api/types";
import { t } from "../i18n";
import type { StudyActions } from "../screens/Study";
import type { Session } from "./useSession";

/** Sign-in, opening a module, and the study screen's actions. */
export function useStudy(session: Session, settings: Settings, changeSettings: (s: Settings) => void) {
  const { act, screen, setScreen, setAnnouncement, setLearner, setNotice } = session;

  const goHome = () =>
    act(async (live) => {
      const modules = await commands.listModules();
      if (live()) setScreen({ name: "home", modules });
    });

  const run = (f: () => Promise<StudyView>) =>
    act(async (live) => {
      const view = await f();
      if (live()) setScreen({ name: "study", view, feedback: null, next: null });
    });

  const signIn = (data: SignIn, join: JoinInput | null) =>
    act(async (live) => {
      const l = await commands.signIn(data, join);
      if (!live()) {
        // Quick exit won the race: the sign-in that finished after it is undone at once.
        void commands.signOut().catch(() => undefined);
        return;
      }
      if (join && join.hubAddress !== settings.hubAddress) changeSettings({ ...settings, hubAddress: join.hubAddress });
      resetActivity();
      setNotice(null);
      setLearner(l);
      const modules = await commands.listModules();
      if (live()) setScreen({ name: "home", modules });
    });

  const openModule = (id: string) => run(() => commands.openModule(id));

  const study = screen.name === "study" ? screen : null;
  const actions: StudyActions = {
    goPage: (index) => study && run(() => commands.viewPage(study.view.attemptId, index, takeActiveMs())),
    startQuiz: () => study && run(() => commands.startQuiz(study.view.attemptId, takeActiveMs())),
    answer: async (itemId, chosen) => {
      if (!study) return;
      await act(async (live) => {
        const outcome = await commands.answerItem(study.view.attemptId, itemId, chosen, takeActiveMs());
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
        void run(() => commands.currentScreen(study.view.attemptId));
      }
    },
    retryMissed: () => study && run(() => commands.retryMissed(study.view.attemptId)),
    restart: () => study && run(() => commands.restartModule(study.view.module.id)),
    home: () => void goHome(),
  };

  return { signIn, openModule, actions };
}
