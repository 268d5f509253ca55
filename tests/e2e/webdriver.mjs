// A minimal W3C WebDriver client over fetch (no client library): enough to drive the real Jikim
// window through tauri-driver + WebKitWebDriver, and to start/stop tauri-driver cleanly.

import { execFileSync, spawn } from "node:child_process";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** A free TCP port on loopback. */
export async function freePort() {
  return await new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** Starts tauri-driver with `env` (passed through to the app); resolves once it accepts requests. */
export async function startDriver(env) {
  const port = await freePort();
  const nativePort = await freePort();
  const bin = process.env.TAURI_DRIVER ?? "tauri-driver";
  const proc = spawn(bin, ["--port", String(port), "--native-port", String(nativePort)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`${base}/status`);
      if (r.ok) return { base, proc };
    } catch {
      /* not up yet */
    }
    await sleep(100);
  }
  proc.kill("SIGKILL");
  throw new Error("tauri-driver did not start");
}

/** Stops tauri-driver: SIGTERM (it then stops WebKitWebDriver and the app), SIGKILL if it lingers. */
export async function stopDriver(driver) {
  if (driver.proc.exitCode !== null) return;
  driver.proc.kill("SIGTERM");
  for (let i = 0; i < 30 && driver.proc.exitCode === null; i++) await sleep(100);
  if (driver.proc.exitCode === null) driver.proc.kill("SIGKILL");
}

async function wd(base, method, path, body) {
  const r = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await r.json().catch(() => ({}));
  if (!r.ok) {
    const err = new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json.value ?? json)}`);
    err.status = r.status;
    err.value = json.value;
    throw err;
  }
  return json.value;
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async create(driver, application) {
    const value = await wd(driver.base, "POST", "/session", {
      capabilities: { alwaysMatch: { "tauri:options": { application } } },
    });
    return new Session(driver.base, value.sessionId);
  }

  req(method, path, body) {
    return wd(this.base, method, `/session/${this.id}${path}`, body);
  }

  async delete() {
    await this.req("DELETE", "").catch(() => undefined);
  }

  /** Waits up to `ms` for `css` to match; returns the element id. */
  async find(css, ms = 10000) {
    const end = Date.now() + ms;
    let last;
    while (Date.now() < end) {
      try {
        const v = await this.req("POST", "/element", { using: "css selector", value: css });
        return v[ELEMENT];
      } catch (e) {
        last = e;
      }
      await sleep(50);
    }
    throw new Error(`element not found: ${css} (${last?.message})`);
  }

  async findAll(css) {
    const v = await this.req("POST", "/elements", { using: "css selector", value: css });
    return v.map((e) => e[ELEMENT]);
  }

  async exists(css) {
    return (await this.findAll(css)).length > 0;
  }

  async click(css) {
    const el = await this.find(css);
    await this.req("POST", `/element/${el}/click`, {});
  }

  async type(css, text) {
    const el = await this.find(css);
    await this.req("POST", `/element/${el}/clear`, {}).catch(() => undefined);
    await this.req("POST", `/element/${el}/value`, { text });
  }

  async text(css) {
    const el = await this.find(css);
    return await this.req("GET", `/element/${el}/text`);
  }

  async attr(css, name) {
    const el = await this.find(css);
    return await this.req("GET", `/element/${el}/attribute/${name}`);
  }

  /** Sends keys to the focused element (W3C actions). */
  async keys(...keys) {
    const actions = [];
    for (const k of keys) actions.push({ type: "keyDown", value: k }, { type: "keyUp", value: k });
    await this.req("POST", "/actions", { actions: [{ type: "key", id: "kbd", actions }] });
    await this.req("DELETE", "/actions").catch(() => undefined);
  }

  async activeElementAttr(name) {
    const v = await this.req("GET", "/element/active");
    return await this.req("GET", `/element/${v[ELEMENT]}/attribute/${name}`);
  }

  async exec(script, args = []) {
    return await this.req("POST", "/execute/sync", { script, args });
  }

  /** Waits until `fn` resolves truthy. */
  async until(fn, what, ms = 10000) {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      try {
        const v = await fn();
        if (v) return v;
      } catch {
        /* retry */
      }
      await sleep(50);
    }
    throw new Error(`timed out waiting for ${what}`);
  }
}

/** Kills every process running `binary` with SIGKILL (a crash, as far as the app can tell). */
export function killApp(binary) {
  try {
    execFileSync("pkill", ["-9", "-f", `^${binary}`]);
  } catch {
    /* no process */
  }
}

export const Keys = {
  TAB: "\uE004",
  ENTER: "\uE007",
  SPACE: "\uE00D",
  ESCAPE: "\uE00C",
  LEFT: "\uE012",
  RIGHT: "\uE014",
  DOWN: "\uE015",
  UP: "\uE013",
};
