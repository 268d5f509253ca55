// The one way the window calls a command (the typed wrappers in ./commands.ts are generated from
// the Rust side). Every failure arrives as an ErrorPayload (code + Fluent message id); anything
// else is wrapped as "unexpected".

import { invoke } from "@tauri-apps/api/core";
import type { ErrorPayload } from "./types";

export function isErrorPayload(e: unknown): e is ErrorPayload {
  return typeof e === "object" && e !== null && "messageId" in e && "code" in e;
}

export async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    if (isErrorPayload(e)) throw e;
    const unexpected: ErrorPayload = { code: "unexpected", messageId: "errors-unexpected", args: {} };
    throw unexpected;
  }
}
