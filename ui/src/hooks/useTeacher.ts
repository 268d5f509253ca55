// Teacher mode: the password gate, the teacher's home (hub and classes), and the way back to it.

import { teacherApi } from "../api/ipc";
import type { HubStatus } from "../api/types";
import type { Session } from "./useSession";

/** Opening and locking teacher mode, and the teacher home's actions. */
export function useTeacher({ act, setScreen }: Session) {
  const showTeacherHome = async (hub: HubStatus | null, live: () => boolean) => {
    const [classes, modules] = await Promise.all([teacherApi.classes(), teacherApi.modules()]);
    if (live()) setScreen({ name: "teacherHome", hub, classes, modules });
  };

  const open = () =>
    act(async (live) => {
      const status = await teacherApi.status();
      if (!live()) return;
      if (status.unlocked) await showTeacherHome(status.hub, live);
      else setScreen({ name: "teacherGate", passwordSet: status.passwordSet });
    });

  const submitPassword = (password: string, confirm: string, passwordSet: boolean) =>
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

  const startHub = (address: string, port: number) =>
    act(async (live) => showTeacherHome(await teacherApi.startHub(address, port), live));

  const createClass = (grade: number, classNo: number, hub: HubStatus | null) =>
    act(async (live) => {
      await teacherApi.createClass(grade, classNo);
      await showTeacherHome(hub, live);
    });

  const backToHome = () => act(async (live) => showTeacherHome((await teacherApi.status()).hub, live));

  const lock = () => {
    void teacherApi.lock().catch(() => undefined);
    setScreen({ name: "signin" });
  };

  return { open, submitPassword, startHub, createClass, backToHome, lock };
}
