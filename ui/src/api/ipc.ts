// Typed wrappers over the Tauri commands of src-tauri/src/commands.rs. Every failure arrives as
// an ErrorPayload (code + Fluent message id); anything else is wrapped as "unexpected".

import { invoke } from "@tauri-apps/api/core";
import type {
  PurgedView,
  RolloverReport,
  AccessEntry,
  SyncStatus,
  AccessAction,
  JoinWindow,
  StudentAccess,
  ExportRequest,
  MergedView,
  ReportClass,
  ReportScope,
  SavedView,
  AssignmentView,
  ClassResults,
  ClassView,
  HubStatus,
  ItemStat,
  ModuleOption,
  PeriodView,
  RosterEntry,
  StudentItem,
  TeacherStatus,
  AnswerOutcome,
  BootView,
  ErrorPayload,
  HelpView,
  JoinInput,
  Learner,
  ModuleSummary,
  Settings,
  SignIn,
  StudyView,
} from "./types";

export function isErrorPayload(e: unknown): e is ErrorPayload {
  return typeof e === "object" && e !== null && "messageId" in e && "code" in e;
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    if (isErrorPayload(e)) throw e;
    const unexpected: ErrorPayload = { code: "unexpected", messageId: "errors-unexpected", args: {} };
    throw unexpected;
  }
}

export const api = {
  bootstrap: () => call<BootView>("bootstrap"),
  getSettings: () => call<Settings>("get_settings"),
  setSettings: (settings: Settings) => call<Settings>("set_settings", { settings }),
  signIn: (signIn: SignIn, join: JoinInput | null) => call<Learner>("sign_in", { signIn, join }),
  signOut: () => call<void>("sign_out"),
  syncStatus: () => call<SyncStatus>("sync_status"),
  listModules: () => call<ModuleSummary[]>("list_modules"),
  openModule: (moduleId: string) => call<StudyView>("open_module", { moduleId }),
  restartModule: (moduleId: string) => call<StudyView>("restart_module", { moduleId }),
  viewPage: (attemptId: string, index: number, activeMs: number) =>
    call<StudyView>("view_page", { attemptId, index, activeMs }),
  startQuiz: (attemptId: string, activeMs: number) => call<StudyView>("start_quiz", { attemptId, activeMs }),
  answerItem: (attemptId: string, itemId: string, chosen: string[], activeMs: number) =>
    call<AnswerOutcome>("answer_item", { attemptId, itemId, chosen, activeMs }),
  currentScreen: (attemptId: string) => call<StudyView>("current_screen", { attemptId }),
  retryMissed: (attemptId: string) => call<StudyView>("retry_missed", { attemptId }),
  helpPage: (lang: string) => call<HelpView>("help_page", { lang }),
};

export const teacherApi = {
  status: () => call<TeacherStatus>("teacher_status"),
  setPassword: (password: string) => call<TeacherStatus>("teacher_set_password", { password }),
  unlock: (password: string) => call<TeacherStatus>("teacher_unlock", { password }),
  lock: () => call<void>("teacher_lock"),
  interfaces: () => call<string[]>("hub_interfaces"),
  startHub: (address: string, port: number) => call<HubStatus>("hub_start", { address, port }),
  modules: () => call<ModuleOption[]>("teacher_modules"),
  classes: () => call<ClassView[]>("class_list"),
  createClass: (grade: number, classNo: number) => call<void>("class_create", { grade, classNo }),
  joinOpen: (classId: string, minutes: number | null) => call<JoinWindow>("join_open", { classId, minutes }),
  joinRotate: (classId: string) => call<JoinWindow>("join_rotate", { classId }),
  joinClose: (classId: string) => call<void>("join_close", { classId }),
  access: (classId: string) => call<StudentAccess[]>("class_access", { classId }),
  studentAccess: (studentId: string, action: AccessAction) => call<void>("student_access", { studentId, action }),
  revokeDevice: (deviceId: string) => call<void>("device_revoke", { deviceId }),
  roster: (classId: string) => call<RosterEntry[]>("roster_get", { classId }),
  setRoster: (classId: string, entries: RosterEntry[]) => call<RosterEntry[]>("roster_set", { classId, entries }),
  importRoster: (classId: string, bytes: number[]) => call<RosterEntry[]>("roster_import_csv", { classId, bytes }),
  assignments: (classId: string) => call<AssignmentView[]>("assignment_list", { classId }),
  addAssignment: (classId: string, moduleId: string, due: string) =>
    call<AssignmentView[]>("assignment_add", { classId, moduleId, due }),
  results: (classId: string) => call<ClassResults>("class_results", { classId }),
  period: (classId: string) => call<PeriodView | null>("period_view", { classId }),
  periodFlush: (classId: string) => call<void>("period_flush", { classId }),
  periodEnd: (classId: string) => call<void>("period_end", { classId }),
  items: (classId: string, moduleId: string) => call<ItemStat[]>("item_analysis", { classId, moduleId }),
  studentDetail: (classId: string, moduleId: string, number: number) =>
    call<StudentItem[]>("student_detail", { classId, moduleId, number }),
  reportClasses: (scope: ReportScope) => call<ReportClass[]>("report_classes", { scope }),
  reportExport: (request: ExportRequest) => call<SavedView | null>("report_export", { request }),
  reportBundle: () => call<SavedView | null>("report_bundle"),
  accessLog: () => call<AccessEntry[]>("access_log"),
  provisionWrite: () => call<SavedView | null>("provision_write"),
  reportYears: () => call<number[]>("report_years"),
  reportRollover: (year: number) => call<RolloverReport | null>("report_rollover", { year }),
  reportPurge: (years: number) => call<PurgedView | null>("report_purge", { years }),
  reportMerge: () => call<MergedView[] | null>("report_merge"),
};
