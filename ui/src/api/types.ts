// Mirrors of the Rust view models (crates/jikim-core/src/study/view.rs and src-tauri). Keep in
// step with the Rust side; the headless UI tests render fixtures of exactly these shapes.

export interface ErrorPayload {
  code: string;
  messageId: string;
  args: Record<string, string>;
}

export interface Learner {
  id: string;
  grade: number;
  classNo: number;
  number: number;
  name: string;
}

export interface IssueView {
  line: number;
  messageId: string;
  args: Record<string, string>;
}

export interface BrokenView {
  file: string;
  issues: IssueView[];
}

export interface BootView {
  version: string;
  startupError: ErrorPayload | null;
  brokenModules: BrokenView[];
  learner: Learner | null;
}

export interface Settings {
  locale: "ko" | "en";
  fontScale: number;
  highContrast: boolean;
  role: "student" | "teacher";
  hubAddress: string;
  idleSeconds: number;
  schoolName: string;
}

export interface JoinInput {
  joinCode: string;
  hubAddress: string;
}

export type ModuleStatus = "notStarted" | "inProgress" | "passed" | "notPassed";

export interface ModuleSummary {
  id: string;
  title: string;
  summary: string;
  audience: string[];
  estimatedMinutes: number;
  lawAsOf: string;
  passMark: number;
  itemCount: number;
  answered: number;
  status: ModuleStatus;
  scorePercent: number | null;
  due: string | null;
}

export interface LegalBasisView {
  law: string;
  article: string;
  sourceTitle: string;
  sourceUrl: string;
}

export interface ModuleHeader {
  id: string;
  title: string;
  version: number;
  lawAsOf: string;
  pageCount: number;
  itemCount: number;
  passMark: number;
  estimatedMinutes: number;
}

export interface PageView {
  index: number;
  total: number;
  id: string;
  title: string;
  body: string;
  legalBasis: LegalBasisView[];
}

export interface OptionView {
  id: string;
  text: string;
}

export type ItemKind = "ox" | "single" | "multi" | "scenario";

export interface ItemView {
  id: string;
  kind: ItemKind;
  multi: boolean;
  prompt: string;
  scenario: string | null;
  options: OptionView[];
  number: number;
  count: number;
  round: number;
}

export interface ChosenFeedback {
  id: string;
  text: string;
  correct: boolean;
  feedback: string;
}

export interface FeedbackView {
  itemId: string;
  correct: boolean;
  chosen: ChosenFeedback[];
  correctOptions: OptionView[];
  explanation: string;
  legalBasis: LegalBasisView[];
}

export interface ReviewRow {
  itemId: string;
  prompt: string;
  firstCorrect: boolean;
  mastered: boolean;
  explanation: string;
}

export interface ResultView {
  correct: number;
  total: number;
  percent: number;
  passed: boolean;
  passMark: number;
  round: number;
  missed: number;
  activeMinutes: number;
  review: ReviewRow[];
}

export type StudyState =
  | { kind: "page"; page: PageView }
  | { kind: "item"; item: ItemView }
  | { kind: "result"; result: ResultView };

export interface StudyView {
  attemptId: string;
  module: ModuleHeader;
  state: StudyState;
}

export interface AnswerOutcome {
  feedback: FeedbackView;
  next: StudyView;
}

export interface ServiceView {
  id: string;
  name: string;
  phone: string | null;
  url: string | null;
  hours: string | null;
  what: string;
}

export interface GuideView {
  id: string;
  title: string;
  body: string;
}

export interface HelpView {
  asOf: string;
  services: ServiceView[];
  guides: GuideView[];
}

export interface SignIn {
  grade: number;
  classNo: number;
  number: number;
  name: string;
  pin: string | null;
}

// ---- Teacher mode (src-tauri/src/teacher.rs) ----

export interface HubStatus {
  addresses: string[];
  port: number;
  fingerprint: string;
  serving: boolean;
}

export interface TeacherStatus {
  passwordSet: boolean;
  unlocked: boolean;
  hub: HubStatus | null;
}

/** An open join window: the short code to show and when it closes (Unix seconds). */
export interface JoinWindow {
  code: string;
  openUntil: number;
}

export interface ClassView {
  id: string;
  grade: number;
  classNo: number;
  /** Null while joining is closed. */
  join: JoinWindow | null;
  studentCount: number;
}

export interface DeviceView {
  id: string;
  studentId: string;
  name: string;
  firstSeen: string;
  lastSeen: string;
  expiresAt: number;
  revoked: boolean;
  /** First seen in the last 24 hours. */
  new: boolean;
}

export interface StudentAccess {
  studentId: string;
  number: number;
  name: string;
  pinSet: boolean;
  locked: boolean;
  devices: DeviceView[];
}

export type AccessAction = "unlock" | "reset-pin" | "revoke-devices" | "delete";

export interface RosterEntry {
  number: number;
  name: string;
}

export interface ModuleOption {
  id: string;
  title: string;
}

export interface AssignmentView {
  moduleId: string;
  title: string;
  due: string;
}

export interface StudentCell {
  moduleId: string;
  status: ModuleStatus;
  scorePercent: number | null;
  answered: number;
  activeMinutes: number;
}

export interface StudentRow {
  number: number;
  name: string;
  cells: StudentCell[];
  /** Records the hub refused and set aside for this student (counted in no result). */
  setAside: number;
  refusedPushes: number;
  endedSignIns: number;
}

export interface ModuleColumn {
  id: string;
  title: string;
  itemCount: number;
  passed: number;
  enrolled: number;
}

/** Where a student's records are, in the live class view (issue 14). */
export type SeatState = "absent" | "sent" | "waiting" | "disconnected";

export interface SeatView {
  studentId: string;
  number: number;
  name: string;
  state: SeatState;
  device: string | null;
  pending: number | null;
  lastContactAgo: number | null;
  signedIn: boolean;
  lastReceived: string | null;
}

/** The live class view: a line per student and the counts of the class line. */
export interface PeriodView {
  seats: SeatView[];
  present: number;
  sent: number;
  waiting: number;
  disconnected: number;
  flushAt: number | null;
  endedAt: number | null;
}

export interface ClassResults {
  modules: ModuleColumn[];
  students: StudentRow[];
}

export interface WrongOption {
  id: string;
  text: string;
  count: number;
}

export interface ItemStat {
  itemId: string;
  prompt: string;
  answered: number;
  correct: number;
  topWrong: WrongOption | null;
}

export interface StudentItem {
  itemId: string;
  prompt: string;
  firstCorrect: boolean | null;
  firstChosen: string[];
  mastered: boolean;
}

/** What a report export produces (src-tauri/src/reports.rs). */
export type ExportKind = "csv" | "xlsx" | "summary" | "certificates" | "ledger";

/** This teacher's hub, or the school store with every merged bundle. */
/** This hub, the school store, or a past school year's archive (`archive-2026`). */
export type ReportScope = "hub" | "school" | `archive-${number}`;

/** What a new school year (진급) did. */
export interface RolloverReport {
  year: number;
  archive: string;
  moved: number;
  added: number;
  left: number;
  classes: number;
  archivedRecords: number;
}

export interface ExportRequest {
  kind: ExportKind;
  scope: ReportScope;
  /** `학년-반`, empty for every class. */
  class: string;
  moduleId: string;
  from: string;
  to: string;
  school: string;
  /** Certificates only: one student's number in the chosen class (0 = all). */
  number: number;
}

/** Where a file was written, and how many rows, certificates or records it holds. */
export interface SavedView {
  path: string;
  count: number;
}

export interface MergedView {
  file: string;
  classes: number;
  students: number;
  records: number;
  present: number;
}

export interface ReportClass {
  grade: number;
  classNo: number;
}

export type SyncState = "standalone" | "sent" | "saved" | "offline" | "refused";

/** Where the signed-in learner's answers are (said in words on the home screen). */
export interface SyncStatus {
  state: SyncState;
  pending: number;
  messageId: string | null;
  /** Minutes this PC's clock is off the hub's, when more than 5. */
  clockSkewMinutes: number | null;
  /** The teacher ended the lesson ("수업 끝내기"): the home screen signs the learner out. */
  periodEnded: boolean;
}

/** One line of the hub's access log. */
export interface AccessEntry {
  at: string;
  who: string;
  action: string;
  scope: string;
}

/** What the end-of-year clean-up did. */
export interface PurgedView {
  bundle: string;
  before: string;
  records: number;
  students: number;
}
