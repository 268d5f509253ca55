// A small stand-in for the Rust commands (src-tauri/src/commands.rs, teacher.rs) for the headless
// UI tests: it answers every command of api/ipc.ts with view models of exactly the shapes in
// api/types.ts, keeps a little state (who is signed in, where the attempt is, which answers were
// right) and fails the way the real commands fail (ErrorPayload, or a plain string for bad args).

import type {
  AnswerOutcome,
  BootView,
  ErrorPayload,
  FeedbackView,
  HubStatus,
  ItemView,
  JoinWindow,
  Learner,
  ModuleSummary,
  ResultView,
  RosterEntry,
  Settings,
  StudentAccess,
  StudentItem,
  StudyView,
  TeacherStatus,
} from "../api/types";
import {
  ACCESS,
  BROKEN_MODULES,
  CLASS,
  CLASS_RESULTS,
  PERIOD,
  CORRUPT_DB,
  DEFAULT_SETTINGS,
  HELP,
  ITEMS,
  ITEM_STATS,
  LEARNER_ID,
  MODULE,
  MODULE_SUMMARY,
  OTHER_MODULE,
  PAGES,
  ROSTER,
  TEACHER_MODULES,
  type KeyedItem,
} from "./fixtures";

export type Scenario = "normal" | "corrupt-db" | "broken-module";
export const SCENARIOS: readonly Scenario[] = ["normal", "corrupt-db", "broken-module"];

type Args = Record<string, unknown>;
type Handler = (args: Args) => unknown;

function coreError(code: string, messageId: string, args: Record<string, string> = {}): ErrorPayload {
  return { code, messageId, args };
}

// Tauri rejects a call whose arguments do not deserialize with a plain string, before the command
// runs; api/ipc.ts turns that into "errors-unexpected". Checking the keys here catches a UI that
// sends snake_case or a wrong type.
function need(cmd: string, args: Args, key: string, type: "string" | "number" | "object" | "array" | "boolean"): void {
  const v = args[key];
  const ok = type === "array" ? Array.isArray(v) : type === "object" ? typeof v === "object" && v !== null : typeof v === type;
  if (!ok) throw `invalid args \`${key}\` for command \`${cmd}\`: expected ${type}`;
}

type Position =
  | { kind: "page"; index: number }
  | { kind: "item"; round: number; queue: string[]; at: number }
  | { kind: "result"; round: number };

interface Attempt {
  id: string;
  position: Position;
  firstCorrect: Map<string, boolean>;
  mastered: Set<string>;
  round: number;
  activeMs: number;
}

export function createMockCore(scenario: Scenario): Record<string, Handler> {
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let learner: Learner | null = null;
  let attempt: Attempt | null = null;
  let attemptSeq = 0;
  let teacherPasswordSet = false;
  let teacherUnlocked = false;
  let hub: HubStatus | null = null;
  let periodFlushAt: number | null = null;
  let rolledOver = false;
  let periodEndedAt: number | null = null;
  let roster: RosterEntry[] = ROSTER.map((r) => ({ ...r }));
  let assignments = [{ moduleId: MODULE.id, title: MODULE.title, due: "2026-12-15" }];
  let join: JoinWindow | null = CLASS.join;
  let access: StudentAccess[] = ACCESS.map((s) => ({ ...s, devices: s.devices.map((d) => ({ ...d })) }));

  const service = () => {
    if (scenario === "corrupt-db") throw CORRUPT_DB;
  };
  const signedIn = (): Learner => {
    service();
    if (!learner) throw coreError("not_signed_in", "errors-not-signed-in");
    return learner;
  };
  const teacher = () => {
    service();
    if (!teacherUnlocked) throw coreError("teacher_locked", "errors-teacher-locked");
  };
  const current = (cmd: string, args: Args): Attempt => {
    signedIn();
    need(cmd, args, "attemptId", "string");
    if (!attempt || attempt.id !== args.attemptId) throw coreError("attempt_not_found", "errors-attempt-not-found");
    return attempt;
  };
  const track = (cmd: string, a: Attempt, args: Args) => {
    need(cmd, args, "activeMs", "number");
    a.activeMs += args.activeMs as number;
  };
  const keyed = (id: string): KeyedItem => {
    const k = ITEMS.find((i) => i.view.id === id);
    if (!k) throw coreError("item_not_found", "errors-item-not-found", { module: MODULE.id, item: id });
    return k;
  };

  const result = (a: Attempt): ResultView => {
    const correct = ITEMS.filter((i) => a.firstCorrect.get(i.view.id) === true).length;
    const percent = Math.floor((correct * 100) / ITEMS.length);
    return {
      correct,
      total: ITEMS.length,
      percent,
      passed: percent >= MODULE.passMark,
      passMark: MODULE.passMark,
      round: a.round,
      missed: ITEMS.filter((i) => !a.mastered.has(i.view.id)).length,
      activeMinutes: Math.floor(a.activeMs / 60_000),
      review: ITEMS.map((i) => ({
        itemId: i.view.id,
        prompt: i.view.prompt,
        firstCorrect: a.firstCorrect.get(i.view.id) === true,
        mastered: a.mastered.has(i.view.id),
        explanation: i.explanation,
      })),
    };
  };

  const view = (a: Attempt): StudyView => {
    const p = a.position;
    let state: StudyView["state"];
    if (p.kind === "page") {
      state = { kind: "page", page: PAGES[p.index]! };
    } else if (p.kind === "item") {
      const item: ItemView = { ...keyed(p.queue[p.at]!).view, number: p.at + 1, count: p.queue.length, round: p.round };
      state = { kind: "item", item };
    } else {
      state = { kind: "result", result: result(a) };
    }
    return { attemptId: a.id, module: MODULE, state };
  };

  const newAttempt = (): Attempt => {
    attemptSeq += 1;
    attempt = {
      id: `0190a0a0-0000-7000-8000-${String(attemptSeq).padStart(12, "0")}`,
      position: { kind: "page", index: 0 },
      firstCorrect: new Map(),
      mastered: new Set(),
      round: 1,
      activeMs: 0,
    };
    return attempt;
  };

  const moduleId = (cmd: string, args: Args): string => {
    need(cmd, args, "moduleId", "string");
    const id = args.moduleId as string;
    if (id !== MODULE.id) throw coreError("module_not_found", "errors-module-not-found", { module: id });
    return id;
  };

  const summary = (): ModuleSummary => {
    const a = attempt;
    const r = a && a.position.kind === "result" ? result(a) : null;
    return {
      id: MODULE.id,
      title: MODULE.title,
      summary: MODULE_SUMMARY,
      audience: ["middle", "high"],
      estimatedMinutes: MODULE.estimatedMinutes,
      lawAsOf: MODULE.lawAsOf,
      passMark: MODULE.passMark,
      itemCount: MODULE.itemCount,
      answered: a ? a.firstCorrect.size : 0,
      status: !a ? "notStarted" : r ? (r.passed ? "passed" : "notPassed") : "inProgress",
      scorePercent: r ? r.percent : null,
      due: assignments.find((x) => x.moduleId === MODULE.id)?.due ?? null,
    };
  };

  const teacherStatus = (): TeacherStatus => ({ passwordSet: teacherPasswordSet, unlocked: teacherUnlocked, hub });

  return {
    bootstrap: (): BootView => ({
      version: "0.1.0",
      startupError: scenario === "corrupt-db" ? CORRUPT_DB : null,
      brokenModules: scenario === "broken-module" ? BROKEN_MODULES : [],
      learner,
    }),
    get_settings: (): Settings => ({ ...settings }),
    set_settings: (args): Settings => {
      need("set_settings", args, "settings", "object");
      const s = args.settings as Settings;
      settings = {
        locale: s.locale === "en" ? "en" : "ko",
        fontScale: Math.min(2, Math.max(0.8, Number.isFinite(s.fontScale) ? s.fontScale : 1)),
        highContrast: s.highContrast === true,
        role: s.role === "teacher" ? "teacher" : "student",
        hubAddress: String(s.hubAddress ?? ""),
        idleSeconds: s.idleSeconds === 0 ? 0 : Math.min(7200, Math.max(5, s.idleSeconds)),
        schoolName: String(s.schoolName ?? "").trim().slice(0, 60),
      };
      return { ...settings };
    },
    sign_in: (args): Learner => {
      service();
      need("sign_in", args, "signIn", "object");
      if (!("join" in args)) throw "invalid args `join` for command `sign_in`: missing";
      const s = args.signIn as Record<string, unknown>;
      const bad = (field: string) => coreError("invalid_sign_in", "errors-invalid-sign-in", { field });
      const int = (v: unknown, max: number) => typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= max;
      if (!int(s.grade, 12)) throw bad("grade");
      if (!int(s.classNo, 99)) throw bad("class");
      if (!int(s.number, 99)) throw bad("number");
      if (typeof s.name !== "string" || s.name.trim() === "") throw bad("name");
      if (s.pin !== null && !(typeof s.pin === "string" && /^[0-9]{4,6}$/.test(s.pin))) throw bad("pin");
      const joining = args.join as { joinCode?: unknown } | null;
      if (joining !== null && s.pin === null) throw coreError("pin_required", "sync-pin-required");
      if (joining !== null && (typeof joining.joinCode !== "string" || joining.joinCode.replace(/[-\s]/g, "").length !== 8)) {
        throw coreError("join_code_invalid", "sync-join-code-invalid");
      }
      learner = { id: LEARNER_ID, grade: s.grade as number, classNo: s.classNo as number, number: s.number as number, name: s.name.trim() };
      return learner;
    },
    sync_status: () => {
      service();
      if (learner === null) throw coreError("not_signed_in", "errors-not-signed-in");
      return { state: "offline", pending: 3, messageId: "sync-unreachable", clockSkewMinutes: -12, periodEnded: false };
    },
    sign_out: () => {
      learner = null;
      return null;
    },
    list_modules: (): ModuleSummary[] => {
      signedIn();
      return [summary(), OTHER_MODULE];
    },
    open_module: (args): StudyView => {
      signedIn();
      moduleId("open_module", args);
      return view(attempt ?? newAttempt());
    },
    restart_module: (args): StudyView => {
      signedIn();
      moduleId("restart_module", args);
      return view(newAttempt());
    },
    view_page: (args): StudyView => {
      const a = current("view_page", args);
      need("view_page", args, "index", "number");
      track("view_page", a, args);
      const index = args.index as number;
      if (!PAGES[index]) throw coreError("page_not_found", "errors-page-not-found", { module: MODULE.id, page: String(index + 1) });
      a.position = { kind: "page", index };
      return view(a);
    },
    start_quiz: (args): StudyView => {
      const a = current("start_quiz", args);
      track("start_quiz", a, args);
      const queue = ITEMS.map((i) => i.view.id).filter((id) => !a.firstCorrect.has(id));
      a.position = queue.length > 0 ? { kind: "item", round: 1, queue, at: 0 } : { kind: "result", round: a.round };
      return view(a);
    },
    current_screen: (args): StudyView => view(current("current_screen", args)),
    answer_item: (args): AnswerOutcome => {
      const a = current("answer_item", args);
      need("answer_item", args, "itemId", "string");
      need("answer_item", args, "chosen", "array");
      track("answer_item", a, args);
      const p = a.position;
      const itemId = args.itemId as string;
      const k = keyed(itemId);
      if (p.kind !== "item" || p.queue[p.at] !== itemId) throw coreError("already_answered", "errors-already-answered", { item: itemId });
      const chosen = args.chosen as string[];
      const known = new Set(k.view.options.map((o) => o.id));
      if (chosen.length === 0 || chosen.some((c) => !known.has(c)) || (!k.view.multi && chosen.length !== 1)) {
        throw coreError("invalid_response", "errors-invalid-response", { item: itemId });
      }
      const correct = chosen.length === k.correct.length && chosen.every((c) => k.correct.includes(c));
      if (p.round === 1) a.firstCorrect.set(itemId, correct);
      if (correct) a.mastered.add(itemId);
      const feedback: FeedbackView = {
        itemId,
        correct,
        chosen: chosen.map((id) => ({
          id,
          text: k.view.options.find((o) => o.id === id)?.text ?? id,
          correct: k.correct.includes(id),
          feedback: k.feedback[id] ?? "",
        })),
        correctOptions: k.view.options.filter((o) => k.correct.includes(o.id)),
        explanation: k.explanation,
        legalBasis: k.legalBasis,
      };
      a.position = p.at + 1 < p.queue.length ? { ...p, at: p.at + 1 } : { kind: "result", round: p.round };
      a.round = p.round;
      return { feedback, next: view(a) };
    },
    retry_missed: (args): StudyView => {
      const a = current("retry_missed", args);
      const missed = ITEMS.map((i) => i.view.id).filter((id) => !a.mastered.has(id));
      if (missed.length > 0) {
        a.round += 1;
        a.position = { kind: "item", round: a.round, queue: missed, at: 0 };
      }
      return view(a);
    },
    help_page: (args) => {
      need("help_page", args, "lang", "string");
      return HELP;
    },

    // ---- teacher mode ----
    teacher_status: (): TeacherStatus => {
      service();
      return teacherStatus();
    },
    teacher_set_password: (args): TeacherStatus => {
      service();
      need("teacher_set_password", args, "password", "string");
      if ((args.password as string).length < 8) throw coreError("teacher_password", "errors-teacher-password");
      teacherPasswordSet = true;
      teacherUnlocked = true;
      return teacherStatus();
    },
    teacher_unlock: (args): TeacherStatus => {
      service();
      need("teacher_unlock", args, "password", "string");
      if (!teacherPasswordSet) throw coreError("teacher_password", "errors-teacher-password");
      teacherUnlocked = true;
      return teacherStatus();
    },
    teacher_lock: () => {
      teacherUnlocked = false;
      return null;
    },
    hub_interfaces: () => {
      teacher();
      return ["192.168.0.10", "127.0.0.1"];
    },
    hub_start: (args): HubStatus => {
      teacher();
      need("hub_start", args, "address", "string");
      need("hub_start", args, "port", "number");
      hub = { addresses: [args.address as string], port: args.port as number, fingerprint: "3f9c2b7100aaff01deadbeefcafe00423f9c2b7100aaff01deadbeefcafe0042", serving: true };
      return hub;
    },
    teacher_modules: () => {
      teacher();
      return TEACHER_MODULES;
    },
    class_list: () => {
      teacher();
      return [{ ...CLASS, join }];
    },
    join_open: (args) => {
      teacher();
      need("join_open", args, "classId", "string");
      if (!("minutes" in args)) throw "invalid args `minutes` for command `join_open`: missing";
      join = { code: "W4XN-8KQ2", openUntil: 1795834800 };
      return join;
    },
    join_rotate: (args) => {
      teacher();
      need("join_rotate", args, "classId", "string");
      join = { code: "P3HT-6RM9", openUntil: join?.openUntil ?? 1795834800 };
      return join;
    },
    join_close: (args) => {
      teacher();
      need("join_close", args, "classId", "string");
      join = null;
      return null;
    },
    class_access: (args) => {
      teacher();
      need("class_access", args, "classId", "string");
      return access;
    },
    student_access: (args) => {
      teacher();
      need("student_access", args, "studentId", "string");
      need("student_access", args, "action", "string");
      const action = args.action as string;
      if (action === "delete") {
        access = access.filter((x) => x.studentId !== args.studentId);
        return null;
      }
      if (!["unlock", "reset-pin", "revoke-devices"].includes(action)) throw `invalid args \`action\` for command \`student_access\``;
      access = access.map((s) =>
        s.studentId !== args.studentId
          ? s
          : action === "unlock"
            ? { ...s, locked: false }
            : action === "reset-pin"
              ? { ...s, pinSet: false, locked: false, devices: s.devices.map((d) => ({ ...d, revoked: true })) }
              : { ...s, devices: s.devices.map((d) => ({ ...d, revoked: true })) },
      );
      return null;
    },
    device_revoke: (args) => {
      teacher();
      need("device_revoke", args, "deviceId", "string");
      access = access.map((s) => ({ ...s, devices: s.devices.map((d) => (d.id === args.deviceId ? { ...d, revoked: true } : d)) }));
      return null;
    },
    class_create: (args) => {
      teacher();
      need("class_create", args, "grade", "number");
      need("class_create", args, "classNo", "number");
      return null;
    },
    roster_get: (args) => {
      teacher();
      need("roster_get", args, "classId", "string");
      return roster;
    },
    roster_set: (args) => {
      teacher();
      need("roster_set", args, "classId", "string");
      need("roster_set", args, "entries", "array");
      roster = (args.entries as RosterEntry[]).map((r) => ({ ...r }));
      return roster;
    },
    roster_import_csv: (args) => {
      teacher();
      need("roster_import_csv", args, "classId", "string");
      need("roster_import_csv", args, "bytes", "array");
      return roster;
    },
    assignment_list: (args) => {
      teacher();
      need("assignment_list", args, "classId", "string");
      return assignments;
    },
    assignment_add: (args) => {
      teacher();
      need("assignment_add", args, "moduleId", "string");
      need("assignment_add", args, "due", "string");
      const title = TEACHER_MODULES.find((m) => m.id === args.moduleId)?.title ?? String(args.moduleId);
      assignments = [...assignments.filter((x) => x.moduleId !== args.moduleId), { moduleId: args.moduleId as string, title, due: args.due as string }];
      return assignments;
    },
    class_results: (args) => {
      teacher();
      need("class_results", args, "classId", "string");
      return CLASS_RESULTS;
    },
    period_view: (args) => {
      teacher();
      need("period_view", args, "classId", "string");
      return hub === null ? null : { ...PERIOD, flushAt: periodFlushAt, endedAt: periodEndedAt };
    },
    period_flush: (args) => {
      teacher();
      need("period_flush", args, "classId", "string");
      if (hub === null) throw coreError("hub_not_running", "teacher-period-needs-hub");
      periodFlushAt = Math.floor(Date.now() / 1000);
      return null;
    },
    period_end: (args) => {
      teacher();
      need("period_end", args, "classId", "string");
      if (hub === null) throw coreError("hub_not_running", "teacher-period-needs-hub");
      periodEndedAt = periodFlushAt = Math.floor(Date.now() / 1000);
      return null;
    },
    item_analysis: (args) => {
      teacher();
      need("item_analysis", args, "moduleId", "string");
      return ITEM_STATS;
    },
    report_classes: (args) => {
      teacher();
      need("report_classes", args, "scope", "string");
      return args.scope === "school" ? [{ grade: 2, classNo: 3 }, { grade: 3, classNo: 1 }] : [{ grade: CLASS.grade, classNo: CLASS.classNo }];
    },
    report_export: (args) => {
      teacher();
      need("report_export", args, "request", "object");
      const r = args.request as Record<string, unknown>;
      for (const key of ["kind", "scope", "class", "moduleId", "from", "to", "school"]) need("report_export", r, key, "string");
      need("report_export", r, "number", "number");
      if (r.class !== "" && !/^\d{1,2}-\d{1,2}$/.test(String(r.class))) throw coreError("bad_filter", "report-error-bad-filter", { detail: String(r.class) });
      const ext = { csv: "csv", xlsx: "xlsx", summary: "html", certificates: "pdf", ledger: "xlsx" }[String(r.kind)];
      if (!ext) throw `invalid args \`request\` for command \`report_export\``;
      return { path: `/home/teacher/이수현황.${ext}`, count: 3 };
    },
    provision_write: () => {
      teacher();
      if (hub === null) throw coreError("hub_not_running", "teacher-provision-needs-hub");
      return { path: "/home/teacher/provision.toml", count: 1 };
    },
    report_years: () => {
      teacher();
      return rolledOver ? [2026] : [];
    },
    report_rollover: (args) => {
      teacher();
      need("report_rollover", args, "year", "number");
      rolledOver = true;
      return { year: args.year as number, archive: "/home/teacher/hub/archive/2026", moved: 2, added: 1, left: 0, classes: 1, archivedRecords: 120 };
    },
    report_purge: (args) => {
      teacher();
      need("report_purge", args, "years", "number");
      return { bundle: "/home/teacher/지킴묶음-정리전-2026-11-27.jikim", before: "2026-03-01", records: 120, students: 2 };
    },
    access_log: () => {
      teacher();
      return [
        { at: "2026-11-27T05:12:00Z", who: "teacher@T-PC", action: "export_xlsx", scope: "Hub 2-3  ~ (3)" },
        { at: "2026-11-27T05:02:00Z", who: "teacher@T-PC", action: "view_answers", scope: "2-3 2번 deepfake-law" },
      ];
    },
    report_bundle: () => {
      teacher();
      return { path: "/home/teacher/지킴묶음.jikim", count: 42 };
    },
    report_merge: () => {
      teacher();
      return [{ file: "/media/usb/2-3.jikim", classes: 1, students: 4, records: 120, present: 0 }];
    },
    student_detail: (args): StudentItem[] => {
      teacher();
      need("student_detail", args, "number", "number");
      return ITEMS.map((i, n) => ({
        itemId: i.view.id,
        prompt: i.view.prompt,
        firstCorrect: n === 0 ? false : n === 1 ? true : null,
        firstChosen: n === 0 ? ["O"] : n === 1 ? ["친구 얼굴로 합성물을 만든다", "받은 합성물을 휴대폰에 저장한다", "단톡방에 합성물을 퍼뜨린다"] : [],
        mastered: n !== 2,
      }));
    },
  };
}
