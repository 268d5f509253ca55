// Generated from the Rust side by src-tauri/src/contract.rs (`cargo test -p jikim-app contract`): do not edit.
// One typed wrapper per command of src-tauri/commands.txt, from the command's signature.

import { call } from "./ipc";
import type {
  AccessAction,
  AccessEntry,
  AnswerOutcome,
  AssignmentView,
  BootView,
  BrokenView,
  ClassResults,
  ClassView,
  ExportRequest,
  HelpView,
  HubStatus,
  ItemStat,
  JoinInput,
  JoinWindow,
  Learner,
  Merged,
  ModuleOption,
  ModuleSummary,
  Owed,
  PeriodView,
  PurgedView,
  ReportClass,
  ReportScope,
  Requirement,
  RolloverReport,
  RosterEntry,
  Saved,
  Settings,
  SignIn,
  StudentAccess,
  StudentItem,
  StudyView,
  SyncStatusView,
  TeacherStatus,
} from "./types";

export const commands = {
  /**
   * The window's first call, sent once its first screen is painted: the database is opened and
   * the library parsed from then on (`state::OpeningGate`), and waited for here off the window's
   * thread, which stays free to serve the app's script meanwhile.
   */
  bootstrap: () => call<BootView>("bootstrap"),
  /**
   * The module files that failed to load, for the notice on the sign-in and home screens. The
   * library is parsed off the start-up path; this waits for that parse (off the window's thread).
   */
  brokenModules: () => call<BrokenView[]>("broken_modules"),
  /**
   * The device settings, with what this PC's provisioning sets laid over them (re-read at every
   * start, so a restore-card wipe keeps the setup): school name and idle sign-out always; the
   * language until a learner chooses one; the hub address.
   */
  getSettings: () => call<Settings>("get_settings"),
  /**
   * Saves the device settings. Lab settings need teacher mode, checked here in Rust, not only by
   * which screen shows them (issue 16: a student could switch idle sign-out off).
   */
  setSettings: (settings: Settings) => call<Settings>("set_settings", { settings }),
  /**
   * Signs a learner in.
   *
   * - With a join code: joins the class (the code's PAKE authenticates the hub, which sets or
   * checks the student's PIN), and this PC remembers the hub.
   * - On a PC that knows its hub: the hub checks the PIN (no code); the local database keeps no
   * PIN hash and no token for such learners, so there is no offline sign-in on such a PC.
   * - On a PC with no hub: the local learner and optional local PIN, as before.
   *
   * After a hub sign-in, whatever the hub holds for the student is restored (a wiped PC resumes)
   * and their assignments fetched; studying then works offline and syncs later.
   */
  signIn: (signIn: SignIn, join: JoinInput | null) => call<Learner>("sign_in", { signIn, join }),
  signOut: () => call<void>("sign_out"),
  syncStatus: () => call<SyncStatusView>("sync_status"),
  /**
   * The learner's modules; assigned ones first (by due date) with their due dates.
   */
  listModules: () => call<ModuleSummary[]>("list_modules"),
  openModule: (moduleId: string) => call<StudyView>("open_module", { moduleId }),
  restartModule: (moduleId: string) => call<StudyView>("restart_module", { moduleId }),
  viewPage: (attemptId: string, index: number, activeMs: number) => call<StudyView>("view_page", { attemptId, index, activeMs }),
  startQuiz: (attemptId: string, activeMs: number) => call<StudyView>("start_quiz", { attemptId, activeMs }),
  currentScreen: (attemptId: string) => call<StudyView>("current_screen", { attemptId }),
  answerItem: (attemptId: string, itemId: string, chosen: string[], activeMs: number) => call<AnswerOutcome>("answer_item", { attemptId, itemId, chosen, activeMs }),
  retryMissed: (attemptId: string) => call<StudyView>("retry_missed", { attemptId }),
  /**
   * The help page. Works signed in or not, and on a broken database; records nothing.
   */
  helpPage: (lang: string) => call<HelpView>("help_page", { lang }),
  /**
   * The gate's state; an error (in words) when this PC has no teacher mode.
   */
  teacherStatus: () => call<TeacherStatus>("teacher_status"),
  /**
   * Sets the password on first use, where this PC allows it (never on a lab PC).
   */
  teacherSetPassword: (password: string) => call<TeacherStatus>("teacher_set_password", { password }),
  /**
   * Unlocks with the password. Argon2 and the growing wait after a wrong password run off the
   * window's thread.
   */
  teacherUnlock: (password: string) => call<TeacherStatus>("teacher_unlock", { password }),
  teacherLock: () => call<void>("teacher_lock"),
  teacherModules: () => call<ModuleOption[]>("teacher_modules"),
  /**
   * IPv4 addresses of this PC's network interfaces (LAN first, loopback last). Empty when they
   * cannot be read: the teacher's screen then asks for the address instead of offering a list.
   */
  hubInterfaces: () => call<string[]>("hub_interfaces"),
  /**
   * Starts the hub on `address:port` (the interface the teacher picked) and announces it.
   */
  hubStart: (address: string, port: number) => call<HubStatus>("hub_start", { address, port }),
  classList: () => call<ClassView[]>("class_list"),
  /**
   * Opens joining for the class with a new short code (for `minutes`, 30 by default).
   */
  joinOpen: (classId: string, minutes: number | null) => call<JoinWindow>("join_open", { classId, minutes }),
  /**
   * A new code for the open window (the old one stops working at once).
   */
  joinRotate: (classId: string) => call<JoinWindow>("join_rotate", { classId }),
  /**
   * Closes joining now.
   */
  joinClose: (classId: string) => call<void>("join_close", { classId }),
  /**
   * Each student's PIN state and devices (newest first), for the class view.
   */
  classAccess: (classId: string) => call<StudentAccess[]>("class_access", { classId }),
  studentAccess: (studentId: string, action: AccessAction) => call<void>("student_access", { studentId, action }),
  /**
   * Revokes one device's token.
   */
  deviceRevoke: (deviceId: string) => call<void>("device_revoke", { deviceId }),
  classCreate: (grade: number, classNo: number) => call<void>("class_create", { grade, classNo }),
  rosterGet: (classId: string) => call<RosterEntry[]>("roster_get", { classId }),
  rosterSet: (classId: string, entries: RosterEntry[]) => call<RosterEntry[]>("roster_set", { classId, entries }),
  /**
   * Imports a roster CSV (번호,이름; UTF-8 or CP949) the teacher picked in the window.
   */
  rosterImportCsv: (classId: string, bytes: number[]) => call<RosterEntry[]>("roster_import_csv", { classId, bytes }),
  assignmentList: (classId: string) => call<AssignmentView[]>("assignment_list", { classId }),
  assignmentAdd: (classId: string, moduleId: string, due: string) => call<AssignmentView[]>("assignment_add", { classId, moduleId, due }),
  /**
   * The live dashboard of a class, computed from the hub's records with the app's own rules;
   * each refresh reads only the records received since the last one, off the window's thread.
   */
  classResults: (classId: string) => call<ClassResults>("class_results", { classId }),
  /**
   * The live class view (issue 14): per student, on which PC, records still waiting there, the
   * last record received, connected or not; `None` while this PC runs no hub.
   */
  periodView: (classId: string) => call<PeriodView | null>("period_view", { classId }),
  /**
   * "지금 전송": every PC of the class sends what waits, at its next heartbeat.
   */
  periodFlush: (classId: string) => call<void>("period_flush", { classId }),
  /**
   * "수업 끝내기": every PC of the class sends what waits, and signs its student out at the next
   * page boundary; the class view then shows who is still unsent and why.
   */
  periodEnd: (classId: string) => call<void>("period_end", { classId }),
  /**
   * Past school years whose archives reports can read, newest first.
   */
  reportYears: () => call<number[]>("report_years"),
  /**
   * What every student of each grade owes this school year, per requirement: what the hours
   * ledger (이수 실적) measures credited minutes against. Empty until the administrator sets it.
   */
  reportOwed: () => call<Owed[]>("report_owed"),
  /**
   * Sets what every student of `grade` owes of `requirement` (0 minutes removes it); answers
   * with everything owed after the change.
   */
  reportSetOwed: (grade: number, requirement: Requirement, minutes: number) => call<Owed[]>("report_set_owed", { grade, requirement, minutes }),
  /**
   * A new school year (진급): the new roster CSV (`학년,반,번호,이름,이전반,이전번호`) the
   * administrator chooses; last year is archived first (reports read it), students move up with
   * their ids. `None` when the teacher cancels the file choice.
   */
  reportRollover: (year: number) => call<RolloverReport | null>("report_rollover", { year }),
  itemAnalysis: (classId: string, moduleId: string) => call<ItemStat[]>("item_analysis", { classId, moduleId }),
  /**
   * One student's answers to a module, for the teacher's per-student detail.
   */
  studentDetail: (classId: string, moduleId: string, number: number) => call<StudentItem[]>("student_detail", { classId, moduleId, number }),
  /**
   * Classes of a scope, for the report screen's filter.
   */
  reportClasses: (scope: ReportScope) => call<ReportClass[]>("report_classes", { scope }),
  /**
   * Exports completion (CSV, XLSX), the printable summary (HTML) or certificates (PDF).
   */
  reportExport: (request: ExportRequest) => call<Saved | null>("report_export", { request }),
  /**
   * Writes this hub's bundle for the administrator's school-wide merge.
   */
  reportBundle: () => call<Saved | null>("report_bundle"),
  /**
   * Merges teachers' bundles into the school store. Every file is read and checked first; one bad
   * file stops the merge before anything changes, and its error names it.
   */
  reportMerge: () => call<Merged[] | null>("report_merge"),
  /**
   * The access log (newest first): who opened whose answers, and every export.
   */
  accessLog: () => call<AccessEntry[]>("access_log"),
  /**
   * The end-of-year clean-up: sets how many school years the hub keeps, writes a bundle of
   * everything first (the school keeps it), reads it back, and only then deletes the records
   * received before the kept school years (the purge refuses unless the bundle holds them all).
   */
  reportPurge: (years: number) => call<PurgedView | null>("report_purge", { years }),
  /**
   * Writes the provisioning file for this teacher's lab (the running hub's address and full
   * certificate fingerprint, the school name, idle sign-out, teacher mode off) where the teacher
   * chooses; an administrator puts it on the lab image (`docs/provisioning.md`).
   */
  provisionWrite: () => call<Saved | null>("provision_write"),
};
