// Teacher mode: the password gate, the teacher's home (hub and classes), and the way back to it.

import { commands } from "../api/commands";
import type { ErrorPayload, HubStatus } from "../api/types";
import type { Session } from "./useSession";

/** Opening and locking teacher mode, and the teacher home's actions. */
export function useTeacher({ act, setScreen }: Session) {
  const showTeacherHome = async (hub: HubStatus | null, live: () => boolean) => {
    const [classes, modules] = await Promise.all([commands.classList(), commands.teacherModules()]);
    if (live()) setScreen({ name: "teacherHome", hub, classes, modules });
  };

  const open = () =>
    act(async (live) => {
      const status = await commands.teacherStatus();
      if (!live()) return;
      if (status.unlocked) await showTeacherHome(status.hub, live);
      else setScreen({ name: "teacherGate", passwordSet: status.passwordSet });
    });

  const submitPassword = (password: string, confirm: string, passwordSet: boolean) =>
    act(async (live) => {
      if (password !== confirm)
        throw {
          code: "teacher_password_mismatch",
          messageId: "teacher-password-mismatch",
          args: {},
        } satisfies ErrorPayload;
      const status = passwordSet ? await commands.teacherUnlock(password) : await commands.teacherSetPassword(password);
      if (!live()) {
        void commands.teacherLock().catch(() => undefined);
        return;
      }
      await showTeacherHome(status.hub, live);
    });

  const startHub = (address: string, port: number) =>
    act(async (live) => showTeacherHome(await commands.hubStart(address, port), live));

  const createClass = (grade: number, classNo: number, hub: HubStatus | null) =>
    act(async (live) => {
      await commands.classCreate(grade, classNo);
      await showTeacherHome(hub, live);
    });

  const backToHome = () => act(async (live) => showTeacherHome((await commands.teacherStatus()).hub, live));

  const lock = () => {
    void commands.teacherLock().catch(() => undefined);
    setScreen({ name: "signin" });
  };

  return { open, submitPassword, startHub, createClass, backToHome, lock };
}
