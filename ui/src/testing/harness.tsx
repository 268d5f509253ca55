// Entry point of the test build (ui/harness.html, `npm run build:harness`): installs Tauri's IPC
// mock, which replays view models recorded from the real core (fixtures/*.json, written by
// tests/ui_fixtures.rs) and the shell's own replies (shell.ts), then loads the real app (../main)
// unchanged. No rule of the app is computed here: a call gets the recorded reply for its command,
// arguments and the calls before it (replay.ts). Every call is recorded on `window.__ipcLog`;
// commands the app does not have (src-tauri/commands.txt) go to `window.__ipcUnknown`.
// `?scenario=normal|corrupt-db|broken-module|bad-bundle|english-lab` picks the startup the Rust side
// reports (`english-lab`: a PC set to English with a remembered hub address); `&fresh` empties the
// page's pre-rendered first screen before the app loads, as a reference for the app rendered onto it;
// `&slowBoot=<ms>` delays the start-up call `bootstrap`, so the page stays the inert picture that long;
// `&bootFails` makes it fail, as if the Rust side could not answer at all; `&noInterfaces` is a PC
// whose network interfaces could not be read (the hub's address is then typed).

import { mockIPC, mockWindows } from "@tauri-apps/api/mocks";
import { DEFAULT_SETTINGS } from "../api/constants";
import type { BootView, BrokenView, ErrorPayload } from "../api/types";
import { type Call, pick, type Reply } from "./replay";
import { SHELL, VERSION } from "./shell";

export type Scenario = "normal" | "corrupt-db" | "broken-module" | "bad-bundle" | "english-lab";
const SCENARIOS: readonly Scenario[] = ["normal", "corrupt-db", "broken-module", "bad-bundle", "english-lab"];

declare global {
  interface Window {
    __ipcLog: Call[];
    __ipcUnknown: string[];
    __scenario: Scenario;
    /** Milliseconds a command's reply is held back (tests of races: a slow sign-in or answer). */
    __ipcDelay: Record<string, number>;
  }
}

const fixtures = import.meta.glob("./fixtures/*.json", { import: "default", eager: true }) as Record<string, unknown>;
const recorded = (name: string) => fixtures[`./fixtures/${name}.json`] as { replies: Reply[] };
const startup = fixtures["./fixtures/startup.json"] as {
  databaseCorrupt: ErrorPayload;
  brokenModules: BrokenView[];
  mergeRefused: ErrorPayload;
};
const REPLIES: Reply[] = [...recorded("student").replies, ...recorded("teacher").replies, ...SHELL];

// The one list of the app's commands (`module::name` per line).
const commandList = Object.values(
  import.meta.glob("../../../src-tauri/commands.txt", { query: "?raw", import: "default", eager: true }),
)[0] as string;
const COMMANDS = new Set(
  commandList
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => l.split("::")[1]),
);

// On a damaged database the shell has no study service: what needs it fails with the startup error.
const WITHOUT_SERVICE = new Set(["bootstrap", "broken_modules", "get_settings", "set_settings", "sign_out", "teacher_lock", "help_page"]);

const params = new URLSearchParams(window.location.search);
const requested = params.get("scenario") ?? "normal";
const scenario: Scenario = SCENARIOS.find((s) => s === requested) ?? "normal";
if (requested !== scenario) throw new Error(`unknown test scenario: ${requested}`);

window.__scenario = scenario;
window.__ipcLog = [];
window.__ipcUnknown = [];
window.__ipcDelay = {};
const slowBoot = Number(params.get("slowBoot") ?? 0);
if (slowBoot > 0) window.__ipcDelay.bootstrap = slowBoot;

/** The study screen the learner is on (the last one a study command answered), for current_screen. */
let screen: unknown = null;

function reply(call: Call, before: readonly Call[]): unknown {
  const { cmd, args = {} } = call;
  if (scenario === "corrupt-db" && !WITHOUT_SERVICE.has(cmd)) throw startup.databaseCorrupt;
  // The teacher picked a file to merge that is not a bundle.
  if (scenario === "bad-bundle" && cmd === "report_merge") throw startup.mergeRefused;
  if (params.has("bootFails") && cmd === "bootstrap") throw startup.databaseCorrupt;
  if (params.has("noInterfaces") && cmd === "hub_interfaces") return [];
  switch (cmd) {
    case "bootstrap": {
      const boot: BootView = {
        version: VERSION,
        startupError: scenario === "corrupt-db" ? startup.databaseCorrupt : null,
        learner: null,
      };
      return boot;
    }
    case "broken_modules":
      return scenario === "broken-module" ? startup.brokenModules : [];
    case "get_settings":
      if (scenario === "english-lab") return { ...DEFAULT_SETTINGS, locale: "en", hubAddress: "10.20.30.40:47100" };
      break;
    case "set_settings":
      return args.settings;
    case "current_screen":
      return screen;
  }
  const found = pick(REPLIES, call, before);
  if (!found) {
    console.error(`no recorded reply for ${cmd} ${JSON.stringify(args)}: record it in tests/ui_fixtures.rs`);
    throw `no recorded reply for command ${cmd}`;
  }
  if (found.error) throw found.error;
  const value = structuredClone(found.reply);
  if (cmd === "answer_item") screen = (value as { next: unknown }).next;
  else if (["open_module", "restart_module", "view_page", "start_quiz", "retry_missed"].includes(cmd)) screen = value;
  return value;
}

mockWindows("main");
mockIPC(
  (cmd, payload) => {
    const args =
      payload && !Array.isArray(payload) && !(payload instanceof ArrayBuffer) && !(payload instanceof Uint8Array)
        ? (payload as Record<string, unknown>)
        : {};
    const before = [...window.__ipcLog];
    // A deep copy: the log shows what was sent, whatever the UI does with the object later.
    window.__ipcLog.push({ cmd, args: structuredClone(args) });
    if (!COMMANDS.has(cmd)) {
      window.__ipcUnknown.push(cmd);
      throw `command ${cmd} not found`;
    }
    const delay = window.__ipcDelay[cmd] ?? 0;
    if (delay <= 0) return reply({ cmd, args }, before);
    // The call is made now (in order with the others), the reply arrives late.
    const result = (() => {
      try {
        return { ok: true as const, value: reply({ cmd, args }, before) };
      } catch (e) {
        return { ok: false as const, error: e };
      }
    })();
    return new Promise((resolve, reject) =>
      window.setTimeout(() => (result.ok ? resolve(result.value) : reject(result.error)), delay),
    );
  },
  { shouldMockEvents: true },
);

// Only now load the app (as the page does, through boot.ts): main.tsx calls get_settings and bootstrap as soon as it is evaluated.
// (Top-level await is not available at the build target ES2021.)
if (params.has("fresh")) document.getElementById("app")?.replaceChildren();
void (async () => {
  await import("../boot");
})();
