// Generated from the Rust side by src-tauri/src/contract.rs (`cargo test -p jikim-app contract`): do not edit.

import type { MessageId } from "../messages";

/**
 * An error as the UI receives it: a stable code, a Fluent message id and its arguments.
 */
export type ErrorPayload = {
  code: string;
  /**
   * A message id made by `jikim_core::i18n::messages` (the UI's `MessageId`).
   */
  messageId: MessageId;
  args: { [key in string]: string };
};

/**
 * One issue, rendered by the UI in the learner's language.
 */
export type IssueView = {
  line: number;
  /**
   * Made by `jikim_core::i18n::messages` (`IssueKind::message_id`).
   */
  messageId: MessageId;
  args: { [key in string]: string };
};

/**
 * A module file that failed to load, for the error notice.
 */
export type BrokenView = {
  file: string;
  issues: Array<IssueView>;
};

/**
 * What the UI needs before its first screen: nothing that waits for the module library.
 */
export type BootView = {
  version: string;
  startupError: ErrorPayload | null;
  learner: Learner | null;
};

/**
 * Device settings, kept in tauri-plugin-store (`settings.json`), never in the learner database.
 */
export type Settings = {
  /**
   * `ko` or `en` (anything else is read as `ko`).
   */
  locale: "ko" | "en";
  fontScale: number;
  highContrast: boolean;
  /**
   * `student` or `teacher` (anything else is read as `student`).
   */
  role: "student" | "teacher";
  /**
   * The class hub's address (`host:port`) on this lab's LAN, remembered for the next student.
   */
  hubAddress: string;
  /**
   * Automatic sign-out after this many idle seconds (0 = off). Set per lab by a teacher.
   */
  idleSeconds: number;
  /**
   * School name printed on certificates and the report summary (set by the administrator).
   */
  schoolName: string;
};

/**
 * Inclusive bounds of a number, as the window's `min`/`max` attributes take them.
 */
export type Bounds = {
  min: number;
  max: number;
};

/**
 * Every bound above, for the window (`ui/src/api/constants.ts`).
 */
export type Limits = {
  grade: Bounds;
  classNo: Bounds;
  number: Bounds;
  nameChars: number;
  pinDigits: Bounds;
  teacherPasswordMinChars: number;
  schoolNameChars: number;
  schoolYear: Bounds;
  hubPort: Bounds;
  owedMinutes: Bounds;
};

/**
 * What a student types to sign in: the minimum a school needs (학년, 반, 번호, 이름).
 */
export type SignIn = {
  grade: number;
  classNo: number;
  number: number;
  name: string;
  /**
   * Optional 4–6 digit PIN. Set only when the learner is first created; from then on it is
   * required. Stored as an Argon2 hash, never in clear.
   */
  pin: string | null;
};

/**
 * Joining the class hub at sign-in: the code the teacher shows and the hub's address.
 */
export type JoinInput = {
  joinCode: string;
  hubAddress: string;
};

/**
 * A learner (student) on this machine.
 */
export type Learner = {
  id: string;
  grade: number;
  classNo: number;
  number: number;
  name: string;
};

/**
 * Where a learner's answers are, for their screen (issue 15: 401/403 in words; issue 14: the
 * student's sync state in words).
 */
export type SyncState = "standalone" | "sent" | "saved" | "offline" | "refused";

/**
 * Where the signed-in learner's answers are, in words (and a warning when this PC's clock is
 * more than 5 minutes off the hub's).
 */
export type SyncStatusView = {
  state: SyncState;
  pending: number;
  /**
   * Made by `jikim_core::i18n::messages` (the hub's refusal, or the last push error's id).
   */
  messageId: MessageId | null;
  clockSkewMinutes: number | null;
  /**
   * The teacher ended the period: the home screen signs the learner out.
   */
  periodEnded: boolean;
};

/**
 * Who a module is written for.
 */
export type Audience = "elementary-upper" | "middle" | "high" | "teacher";

/**
 * A learner's status on a module.
 */
export type ModuleStatus = "notStarted" | "inProgress" | "passed" | "notPassed";

/**
 * One row of the module list.
 */
export type ModuleSummary = {
  id: string;
  title: string;
  summary: string;
  audience: Array<Audience>;
  estimatedMinutes: number;
  lawAsOf: string;
  passMark: number;
  itemCount: number;
  answered: number;
  status: ModuleStatus;
  scorePercent: number | null;
  /**
   * Due date (`YYYY-MM-DD`) when the teacher assigned the module.
   */
  due: string | null;
};

/**
 * A legal basis with its source's title and address resolved.
 */
export type LegalBasisView = {
  law: string;
  article: string;
  sourceTitle: string;
  sourceUrl: string;
};

/**
 * What every study screen shows about its module.
 */
export type ModuleHeader = {
  id: string;
  title: string;
  version: number;
  lawAsOf: string;
  pageCount: number;
  itemCount: number;
  passMark: number;
  estimatedMinutes: number;
};

/**
 * A lesson page.
 */
export type PageView = {
  index: number;
  total: number;
  id: string;
  title: string;
  body: string;
  legalBasis: Array<LegalBasisView>;
};

/**
 * An answer option as shown (no correctness).
 */
export type OptionView = {
  id: string;
  text: string;
};

/**
 * The kinds of quiz item.
 */
export type ItemKind = "ox" | "single" | "multi" | "scenario";

/**
 * A quiz item as shown, options in this attempt's order.
 */
export type ItemView = {
  id: string;
  kind: ItemKind;
  multi: boolean;
  prompt: string;
  scenario: string | null;
  options: Array<OptionView>;
  /**
   * 1-based position within the round.
   */
  number: number;
  /**
   * Items in the round.
   */
  count: number;
  round: number;
};

/**
 * Feedback for one chosen option.
 */
export type ChosenFeedback = {
  id: string;
  text: string;
  correct: boolean;
  feedback: string;
};

/**
 * Immediate feedback after an answer.
 */
export type FeedbackView = {
  itemId: string;
  correct: boolean;
  chosen: Array<ChosenFeedback>;
  correctOptions: Array<OptionView>;
  explanation: string;
  legalBasis: Array<LegalBasisView>;
};

/**
 * One row of the result's per-item review.
 */
export type ReviewRow = {
  itemId: string;
  prompt: string;
  firstCorrect: boolean;
  mastered: boolean;
  explanation: string;
};

/**
 * The result of a round.
 */
export type ResultView = {
  correct: number;
  total: number;
  percent: number;
  passed: boolean;
  passMark: number;
  round: number;
  /**
   * Items whose latest answer is still wrong.
   */
  missed: number;
  activeMinutes: number;
  review: Array<ReviewRow>;
};

/**
 * What the study screen shows now.
 */
export type StudyState = {
  "kind": "page";
  page: PageView;
  } | { "kind": "item";
  item: ItemView;
  } | { "kind": "result";
  result: ResultView;
};

/**
 * A study screen: the attempt, its module and the state.
 */
export type StudyView = {
  attemptId: string;
  module: ModuleHeader;
  state: StudyState;
};

/**
 * The answer's feedback and the screen that follows it.
 */
export type AnswerOutcome = {
  feedback: FeedbackView;
  next: StudyView;
};

/**
 * One service in one language.
 */
export type ServiceView = {
  id: string;
  name: string;
  phone: string | null;
  url: string | null;
  hours: string | null;
  what: string;
};

/**
 * One guide in one language.
 */
export type GuideView = {
  id: string;
  title: string;
  body: string;
};

/**
 * The help page in one language, as the UI renders it.
 */
export type HelpView = {
  asOf: string;
  services: Array<ServiceView>;
  guides: Array<GuideView>;
};

/**
 * What the teacher sees about the running hub.
 */
export type HubStatus = {
  /**
   * Addresses students can type.
   */
  addresses: Array<string>;
  port: number;
  /**
   * Lower-case hex SHA-256 of the hub certificate.
   */
  fingerprint: string;
  /**
   * False when the hub stopped (it ended or failed); the teacher can start it again.
   */
  serving: boolean;
};

/**
 * What the teacher screens need to know first.
 */
export type TeacherStatus = {
  passwordSet: boolean;
  unlocked: boolean;
  hub: HubStatus | null;
};

/**
 * A module as the teacher picks it for an assignment.
 */
export type ModuleOption = {
  id: string;
  title: string;
};

/**
 * An open join window: the code to show and when it closes.
 */
export type JoinWindow = {
  /**
   * `XXXX-XXXX`.
   */
  code: string;
  /**
   * Unix seconds.
   */
  openUntil: number;
};

/**
 * A class as the teacher sees it, with its join code while joining is open.
 */
export type ClassView = {
  id: string;
  grade: number;
  classNo: number;
  join: JoinWindow | null;
  studentCount: number;
};

/**
 * One of a student's devices, for the teacher.
 */
export type DeviceRow = {
  id: string;
  studentId: string;
  name: string;
  firstSeen: string;
  lastSeen: string;
  /**
   * Unix seconds.
   */
  expiresAt: number;
  revoked: boolean;
};

/**
 * A device as the teacher sees it.
 */
export type DeviceView = {
  /**
   * First seen in the last 24 hours.
   */
  new: boolean;
  id: string;
  studentId: string;
  name: string;
  firstSeen: string;
  lastSeen: string;
  /**
   * Unix seconds.
   */
  expiresAt: number;
  revoked: boolean;
};

/**
 * A student's sign-in state, for the teacher.
 */
export type PinState = {
  studentId: string;
  pinSet: boolean;
  locked: boolean;
};

/**
 * A student's sign-in state and devices.
 */
export type StudentAccess = {
  studentId: string;
  number: number;
  name: string;
  pinSet: boolean;
  locked: boolean;
  devices: Array<DeviceView>;
};

/**
 * What the teacher can do about a student's sign-in.
 */
export type AccessAction = "unlock" | "reset-pin" | "revoke-devices" | "delete";

/**
 * A roster line.
 */
export type RosterEntry = {
  number: number;
  name: string;
};

/**
 * An assignment with its module title.
 */
export type AssignmentView = {
  moduleId: string;
  title: string;
  due: string;
};

/**
 * A student's standing on one module.
 */
export type StudentCell = {
  moduleId: string;
  status: ModuleStatus;
  scorePercent: number | null;
  answered: number;
  activeMinutes: number;
};

/**
 * A roster row of the dashboard.
 */
export type StudentRow = {
  number: number;
  name: string;
  cells: Array<StudentCell>;
  /**
   * Records of this student the hub refused and set aside (counted in no result): the teacher
   * sees that something did not arrive as sent. Filled by the hub's caller; 0 here.
   */
  setAside: number;
  /**
   * Pushes the hub refused whole because they wrote into another student's attempt (403).
   */
  refusedPushes: number;
  /**
   * Requests sent with a sign-in that had ended or been revoked (401).
   */
  endedSignIns: number;
};

/**
 * A module column with its completion.
 */
export type ModuleColumn = {
  id: string;
  title: string;
  itemCount: number;
  passed: number;
  enrolled: number;
  /**
   * Whole percent of the enrolled who passed (`grading::percent`): the UI shows it as is.
   */
  passedPercent: number;
};

/**
 * The whole dashboard.
 */
export type ClassResults = {
  modules: Array<ModuleColumn>;
  students: Array<StudentRow>;
};

/**
 * Where a student's records are, as the teacher's class view says it.
 */
export type SeatState = "absent" | "sent" | "waiting" | "disconnected";

/**
 * One student's line in the live class view.
 */
export type SeatView = {
  studentId: string;
  number: number;
  name: string;
  state: SeatState;
  /**
   * The PC (or seat name) the student is on.
   */
  device: string | null;
  /**
   * Records still waiting on that PC, as it last reported.
   */
  pending: number | null;
  /**
   * Seconds since the hub last heard from that PC.
   */
  lastContactAgo: number | null;
  /**
   * Whether the student is signed in there now.
   */
  signedIn: boolean;
  /**
   * When the hub last received a record of the student (RFC 3339, the hub's clock).
   */
  lastReceived: string | null;
};

/**
 * Why a disk or a database refused, in terms a teacher or a technician can act on: the messages
 * of storage errors take it as their `reason` (a Fluent select: `disk-full`, `no-permission`,
 * `in-use`, otherwise the detail as the system gave it, in English), so "No space left on device"
 * reaches a Korean administrator as a sentence in Korean, not as the operating system's words.
 */
export type StorageFault = "disk-full" | "no-permission" | "in-use" | "other";

/**
 * The live class view: a line per roster student, the counts for the class line
 * ("전송 완료 28/30 · 대기 2명 · 연결 끊김 1명") and the teacher's orders in force.
 */
export type PeriodView = {
  seats: Array<SeatView>;
  /**
   * Students some PC reported for since the hub started.
   */
  present: number;
  sent: number;
  waiting: number;
  disconnected: number;
  /**
   * Unix seconds of the last "지금 전송", while it is in force.
   */
  flushAt: number | null;
  /**
   * Unix seconds of the last "수업 끝내기".
   */
  endedAt: number | null;
  /**
   * Why the hub could not store the last push it was sent (its disk is full, another program
   * keeps its database locked...), until it stores one again: the PCs keep those records and
   * send them again, and the teacher is told, so that no PC is restarted (a restore card
   * would wipe what waits on it) before they have arrived. The same for every class.
   */
  storageFault: StorageFault | null;
};

/**
 * The most chosen wrong option of an item.
 */
export type WrongOption = {
  id: string;
  text: string;
  count: number;
};

/**
 * Item analysis for one item (first-round answers of each student's current attempt).
 */
export type ItemStat = {
  itemId: string;
  prompt: string;
  answered: number;
  correct: number;
  /**
   * Whole percent of the answers that were right (`grading::percent`): the UI shows it as is.
   */
  correctPercent: number;
  topWrong: WrongOption | null;
};

/**
 * One item of a student's detail view.
 */
export type StudentItem = {
  itemId: string;
  prompt: string;
  /**
   * First-round answer: `Some(true)` right, `Some(false)` wrong, `None` not yet answered.
   */
  firstCorrect: boolean | null;
  /**
   * Texts of the options chosen in the first round.
   */
  firstChosen: Array<string>;
  /**
   * Whether the latest answer is right.
   */
  mastered: boolean;
};

export type ExportKind = "csv" | "xlsx" | "summary" | "certificates" | "ledger";

/**
 * Which data: this teacher's hub, the school store with every merged bundle, or a past school
 * year's archive (`archive-2026`, written when the hub rolled over).
 */
export type ReportScope = "hub" | "school" | `archive-${number}`;

/**
 * What the teacher asked for on the report screen.
 */
export type ExportRequest = {
  kind: ExportKind;
  scope: ReportScope;
  /**
   * `학년-반`, empty for every class.
   */
  class: string;
  moduleId: string;
  from: string;
  to: string;
  school: string;
  /**
   * Certificates only: one student of the chosen class (0 = every student).
   */
  number: number;
};

/**
 * A class the report screen can filter on.
 */
export type ReportClass = {
  grade: number;
  classNo: number;
};

/**
 * Where a file was written.
 */
export type Saved = {
  path: string;
  /**
   * Rows, certificates or records written.
   */
  count: number;
};

/**
 * One merged bundle.
 */
export type Merged = {
  file: string;
  classes: number;
  students: number;
  records: number;
  present: number;
  /**
   * Certificates (이수증) new to the school hub (bundle format 3).
   */
  certificates: number;
};

/**
 * What a rollover did.
 */
export type RolloverReport = {
  /**
   * The school year that started.
   */
  year: number;
  /**
   * The archive of the year before (a hub data folder reports read).
   */
  archive: string;
  /**
   * Students who moved up (same id, new class and number).
   */
  moved: number;
  /**
   * New students.
   */
  added: number;
  /**
   * Students who left the roster (not on the new one).
   */
  left: number;
  /**
   * Classes of the new year.
   */
  classes: number;
  /**
   * Records in the archive.
   */
  archivedRecords: number;
};

/**
 * A school's prevention-education requirement a module can count toward (issue 13). Which of
 * them a grade owes, and how many minutes, is the school's setting on its hub; the module only
 * says what it counts toward.
 */
export type Requirement = "sexual-violence-prevention" | "sex-education" | "school-violence-prevention";

/**
 * Minutes of one requirement owed by every student of a grade.
 */
export type Owed = {
  grade: number;
  requirement: Requirement;
  minutes: number;
};

/**
 * What the end-of-year clean-up did.
 */
export type PurgedView = {
  /**
   * The bundle written (and read back) first.
   */
  bundle: string;
  /**
   * `YYYY-MM-DD`: records received before this day were deleted.
   */
  before: string;
  records: number;
  students: number;
};

/**
 * One access.
 */
export type AccessEntry = {
  at: string;
  who: string;
  action: string;
  /**
   * The action in words ([`action_name`]'s message id), `None` for one this version does not
   * know: the window shows it as logged.
   */
  actionName: MessageId | null;
  scope: string;
};
