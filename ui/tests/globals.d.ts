// What the test build (src/testing/harness.tsx) and axe-core put on the page's `window`, as the
// tests read it from inside `page.evaluate`.

/** The arguments of one recorded IPC call, as far as the tests read them. */
interface IpcArgs {
  [name: string]: unknown;
  settings?: { highContrast: boolean; schoolName: string };
  request?: {
    kind: string;
    scope: string;
    class: string;
    moduleId: string;
    from: string;
    to: string;
    school: string;
    number: number;
  };
  year?: number;
  scope?: string;
  chosen?: string[];
  itemId?: string;
  activeMs?: number;
}

interface IpcCall {
  cmd: string;
  args: IpcArgs;
}

interface Window {
  __ipcLog: IpcCall[];
  __ipcUnknown: string[];
  __scenario: string;
  __ipcDelay: Record<string, number>;
  axe: typeof import("axe-core");
}
