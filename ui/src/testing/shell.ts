// Replies only the app's shell (src-tauri) and the machine give, not the core: device settings,
// the sync worker's state, the teacher gate, the running hub, and what the save/open dialogs and
// file writes return. Plain values for the replay (replay.ts), no rule. Everything the core and
// the hub compute is recorded from them in fixtures/*.json (tests/ui_fixtures.rs).

import type {
  ErrorPayload,
  HubStatus,
  Merged,
  PurgedView,
  ReportClass,
  RolloverReport,
  Saved,
  SyncStatusView,
  TeacherStatus,
} from "../api/types";
import { DEFAULT_SETTINGS } from "../api/constants";
import type { Reply } from "./replay";

export const VERSION = "0.1.0";

/** A lab PC that could not reach its hub: three answers wait, its clock is 12 minutes off. */
const SYNC: SyncStatusView = {
  state: "offline",
  pending: 3,
  messageId: "sync-unreachable",
  clockSkewMinutes: -12,
  periodEnded: false,
};

const HUB: HubStatus = {
  addresses: ["192.168.0.10"],
  port: 47443,
  fingerprint: "3f9c2b7100aaff01deadbeefcafe00423f9c2b7100aaff01deadbeefcafe0042",
  serving: true,
};

const LOCKED: TeacherStatus = { passwordSet: false, unlocked: false, hub: null };
const OPEN: TeacherStatus = { passwordSet: true, unlocked: true, hub: null };

const NEEDS_HUB: ErrorPayload = { code: "hub_not_running", messageId: "teacher-period-needs-hub", args: {} };
const PROVISION_NEEDS_HUB: ErrorPayload = {
  code: "hub_not_running",
  messageId: "teacher-provision-needs-hub",
  args: {},
};

const saved = (path: string, count: number): Saved => ({ path, count });
const EXPORTS: Record<string, string> = { csv: "csv", xlsx: "xlsx", summary: "html", certificates: "pdf", ledger: "xlsx" };

const ROLLOVER: RolloverReport = {
  year: 2027,
  archive: "/home/teacher/hub/archive/2026",
  moved: 2,
  added: 1,
  left: 0,
  classes: 1,
  archivedRecords: 120,
};
const PURGED: PurgedView = {
  bundle: "/home/teacher/지킴묶음-정리전-2026-11-27.jikim",
  before: "2026-03-01",
  records: 120,
  students: 2,
};
const MERGED: Merged[] = [{ file: "/media/usb/2-3.jikim", classes: 1, students: 4, records: 120, present: 0 }];
const HUB_CLASSES: ReportClass[] = [{ grade: 2, classNo: 3 }];
const SCHOOL_CLASSES: ReportClass[] = [
  { grade: 2, classNo: 3 },
  { grade: 3, classNo: 1 },
];

const hubStarted = { cmd: "hub_start" };
const passwordSet = { cmd: "teacher_set_password" };

export const SHELL: Reply[] = [
  { cmd: "get_settings", reply: DEFAULT_SETTINGS },
  { cmd: "sign_out", reply: null },
  { cmd: "sync_status", reply: SYNC },
  { cmd: "teacher_status", reply: LOCKED },
  { cmd: "teacher_status", after: [passwordSet], reply: OPEN },
  { cmd: "teacher_status", after: [passwordSet, hubStarted], reply: { ...OPEN, hub: HUB } },
  { cmd: "teacher_set_password", reply: OPEN },
  { cmd: "teacher_unlock", reply: OPEN },
  { cmd: "teacher_lock", reply: null },
  { cmd: "hub_interfaces", reply: ["192.168.0.10", "127.0.0.1"] },
  { cmd: "hub_start", reply: HUB },
  { cmd: "class_create", reply: null },
  { cmd: "period_view", reply: null },
  { cmd: "period_flush", error: NEEDS_HUB },
  { cmd: "period_end", error: NEEDS_HUB },
  { cmd: "provision_write", error: PROVISION_NEEDS_HUB },
  { cmd: "provision_write", after: [hubStarted], reply: saved("/home/teacher/provision.toml", 1) },
  { cmd: "report_classes", args: { scope: "school" }, reply: SCHOOL_CLASSES },
  { cmd: "report_classes", reply: HUB_CLASSES },
  ...Object.entries(EXPORTS).map(([kind, ext]) => ({
    cmd: "report_export",
    args: { request: { kind } },
    reply: saved(`/home/teacher/이수현황.${ext}`, 3),
  })),
  { cmd: "report_bundle", reply: saved("/home/teacher/지킴묶음.jikim", 42) },
  { cmd: "report_merge", reply: MERGED },
  { cmd: "report_years", reply: [] },
  { cmd: "report_years", after: [{ cmd: "report_rollover" }], reply: [2026] },
  { cmd: "report_rollover", reply: ROLLOVER },
  { cmd: "report_purge", reply: PURGED },
];
