// Entry point of the test build (ui/harness.html, `npm run build:harness`): installs Tauri's IPC
// mock with the fixtures of mock-core.ts, then loads the real app (../main) unchanged. Every call
// is recorded on `window.__ipcLog`; commands the mock does not know go to `window.__ipcUnknown`.
// `?scenario=normal|corrupt-db|broken-module` picks the startup the Rust side reports.

import { mockIPC, mockWindows } from "@tauri-apps/api/mocks";
import { createMockCore, SCENARIOS, type Scenario } from "./mock-core";

export interface IpcCall {
  cmd: string;
  args: Record<string, unknown>;
}

declare global {
  interface Window {
    __ipcLog: IpcCall[];
    __ipcUnknown: string[];
    __scenario: Scenario;
    /** Milliseconds a command's reply is held back (tests of races: a slow sign-in or answer). */
    __ipcDelay: Record<string, number>;
  }
}

const requested = new URLSearchParams(window.location.search).get("scenario") ?? "normal";
const scenario: Scenario = SCENARIOS.find((s) => s === requested) ?? "normal";
if (requested !== scenario) throw new Error(`unknown test scenario: ${requested}`);

const core = createMockCore(scenario);
window.__scenario = scenario;
window.__ipcLog = [];
window.__ipcUnknown = [];
window.__ipcDelay = {};

mockWindows("main");
mockIPC((cmd, payload) => {
  const args = payload && !Array.isArray(payload) && !(payload instanceof ArrayBuffer) && !(payload instanceof Uint8Array) ? (payload as Record<string, unknown>) : {};
  // A deep copy: the log shows what was sent, whatever the UI does with the object later.
  window.__ipcLog.push({ cmd, args: structuredClone(args) });
  const handler = core[cmd];
  if (!handler) {
    window.__ipcUnknown.push(cmd);
    throw `command ${cmd} not found`;
  }
  const delay = window.__ipcDelay[cmd] ?? 0;
  if (delay <= 0) return handler(args);
  // The call is made now (its effects happen in order), the reply arrives late.
  const reply = (() => {
    try {
      return { ok: true as const, value: handler(args) };
    } catch (e) {
      return { ok: false as const, error: e };
    }
  })();
  return new Promise((resolve, reject) =>
    window.setTimeout(() => (reply.ok ? resolve(reply.value) : reject(reply.error)), delay),
  );
}, { shouldMockEvents: true });

// Only now load the app: main.tsx calls get_settings and bootstrap as soon as it is evaluated.
// (Top-level await is not available at the build target ES2021.)
void (async () => {
  await import("../main");
})();
