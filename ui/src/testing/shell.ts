// Replies only the app's shell (src-tauri) and the machine give, not the core: device settings,
// the sync worker's state, the teacher gate, the running hub, and the paths the save/open dialogs
// return. Plain values for the replay (replay.ts), no rule. Everything the core and the hub
// compute is recorded from them in fixtures/*.json (tests/ui_fixtures.rs), the year-end work
// (bundle, merge, clean-up, rollover) included. One exception: the exports' counts below are
// plain values (a recorded count would have to follow the filter each test sends).

import type {
  ErrorPayload,
  HubStatus,
  ReportClass,
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
];
