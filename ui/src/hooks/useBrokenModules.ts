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
        if (live) setBroken(list);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [boot]);
  return broken;
}
