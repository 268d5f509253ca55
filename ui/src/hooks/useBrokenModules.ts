// The module files that failed to load. The core parses the module library off the start-up
// path, so the first screen does not wait for it: the notice arrives once the parse is done.

import { useEffect, useState } from "preact/hooks";
import { commands } from "../api/commands";
import type { BootView, BrokenView } from "../api/types";

/** The broken module files (none until the core has parsed the library). */
export function useBrokenModules(boot: BootView): BrokenView[] {
  const [broken, setBroken] = useState<BrokenView[]>([]);
  useEffect(() => {
    // A damaged database shows its own error screen, never the notice.
    if (boot.startupError) return;
    let live = true;
    commands
      .brokenModules()
      .then((list) => {
        // None broken (the usual case) leaves the state as it is. A new empty list rendered the
        // whole App a second time at start, which doubled the first screen's script work: enough
        // for WebKit to compile the hottest function with its optimising JIT, paging about 3 MB
        // of the compiler into the idle sign-in screen's memory (docs/BENCHMARKS.md, issue 18).
        if (live && list.length > 0) setBroken(list);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [boot]);
  return broken;
}
