// Replay of recorded command replies for the headless UI tests: no rule of the app lives here.
// A reply is `{ cmd, args?, after?, reply | error }` (ui/src/testing/fixtures/*.json, recorded
// from the real core by tests/ui_fixtures.rs, and shell.ts). A call matches a reply when its
// command is the same, the reply's `args` are contained in the call's arguments, and the calls of
// `after` were made before it, in that order; of the matches, the one with the longest `after`
// wins (the state a sequence of calls led to), then the first.

import type { ErrorPayload } from "../api/types";

export interface Call {
  cmd: string;
  args?: Record<string, unknown>;
}

export interface Reply extends Call {
  after?: Call[];
  reply?: unknown;
  error?: ErrorPayload;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Whether `want` is in `got`: objects key by key (extra keys in `got` allowed), arrays as the same elements in any order. */
export function contains(want: unknown, got: unknown): boolean {
  if (Array.isArray(want)) {
    if (!Array.isArray(got) || got.length !== want.length) return false;
    const rest = [...got];
    return want.every((w) => {
      const i = rest.findIndex((g) => contains(w, g) && contains(g, w));
      return i >= 0 && rest.splice(i, 1).length === 1;
    });
  }
  if (isObject(want)) return isObject(got) && Object.entries(want).every(([k, v]) => contains(v, got[k]));
  return want === got;
}

function matches(want: Call, call: Call): boolean {
  return want.cmd === call.cmd && contains(want.args ?? {}, call.args ?? {});
}

/** Whether the calls of `after` are in `log`, in that order (others may come between). */
function happened(after: Call[], log: readonly Call[]): boolean {
  let at = 0;
  for (const call of log) {
    const next = after[at];
    if (next && matches(next, call)) at += 1;
  }
  return at === after.length;
}

/** The reply for `call`, given the calls made before it (`log`). */
export function pick(replies: readonly Reply[], call: Call, log: readonly Call[]): Reply | undefined {
  let best: Reply | undefined;
  for (const r of replies) {
    if (!matches(r, call) || !happened(r.after ?? [], log)) continue;
    if (!best || (r.after?.length ?? 0) > (best.after?.length ?? 0)) best = r;
  }
  return best;
}
