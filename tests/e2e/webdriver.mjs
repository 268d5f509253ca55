// @ts-check
// A minimal W3C WebDriver client over fetch (no client library): enough to drive the real Jikim
// window through tauri-driver + WebKitWebDriver, and to start/stop tauri-driver cleanly.

import { execFileSync, spawn } from "node:child_process";
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** @typedef {{ base: string, proc: import("node:child_process").ChildProcess }} Driver */
/** @typedef {Record<string, string>} ElementRef A W3C element reference: `{ [ELEMENT]: id }`. */

/** A WebDriver error reply: the HTTP status and the `value` the driver sent. */
export class WebDriverError extends Error {
  /**
   * @param {string} message
   * @param {number} status
   * @param {unknown} value
   */
  constructor(message, status, value) {
    super(message);
    this.status = status;
    this.value = value;
  }
}

/**
 * A free TCP port on loopback.
 * @returns {Promise<number>}
 */
export async function freePort() {
  return await new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = /** @type {import("node:net").AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/**
 * Starts tauri-driver with `env` (passed through to the app); resolves once it accepts requests.
 * @param {Record<string, string>} env
 * @returns {Promise<Driver>}
 */
export async function startDriver(env) {
  const port = await freePort();
  const nativePort = await freePort();
  const bin = process.env.TAURI_DRIVER ?? "tauri-driver";
  // A process group of its own, so stopDriver can stop what it started (WebKitWebDriver, the app)
  // even when tauri-driver itself is gone.
  const proc = spawn(bin, ["--port", String(port), "--native-port", String(nativePort)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
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

/**
 * Whether any process of group `pgid` is left.
 * @param {number} pgid
 */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops tauri-driver: SIGTERM (it then stops WebKitWebDriver and the app), SIGKILL if it lingers.
 * Then whatever of its process group is still there after 3 s more goes too: killing only
 * tauri-driver left WebKitWebDriver and an app that was slow to close running, which kept the
 * test's output open so that node never exited (seen once in CI, 2026-11-28).
 * @param {Driver} driver
 */
export async function stopDriver(driver) {
  const pgid = driver.proc.pid;
  if (driver.proc.exitCode === null) {
    driver.proc.kill("SIGTERM");
    for (let i = 0; i < 30 && driver.proc.exitCode === null; i++) await sleep(100);
    if (driver.proc.exitCode === null) driver.proc.kill("SIGKILL");
  }
  if (pgid === undefined) return;
  for (let i = 0; i < 30 && groupAlive(pgid); i++) await sleep(100);
  if (groupAlive(pgid)) {
    console.error(`tauri-driver's processes outlived it by 3 s (group ${pgid}): killed`);
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      /* gone meanwhile */
    }
  }
}

/**
 * One WebDriver request; resolves to the reply's `value`.
 * @param {string} base
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body]
 * @returns {Promise<unknown>}
 */
async function wd(base, method, path, body) {
  const r = await fetch(`${base}${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = /** @type {{ value?: unknown }} */ (await r.json().catch(() => ({})));
  if (!r.ok) {
    throw new WebDriverError(
      `${method} ${path}: ${r.status} ${JSON.stringify(json.value ?? json)}`,
      r.status,
      json.value,
    );
  }
  return json.value;
}

export class Session {
  /**
   * @param {string} base
   * @param {string} id
   */
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  /**
   * @param {Driver} driver
   * @param {string} application the app binary
   */
  static async create(driver, application) {
    const value = /** @type {{ sessionId: string }} */ (
      await wd(driver.base, "POST", "/session", {
        capabilities: { alwaysMatch: { "tauri:options": { application } } },
      })
    );
    const session = new Session(driver.base, value.sessionId);
    // The page first shows the sign-in screen pre-rendered into index.html, inert; a test starts
    // once the live app has replaced it (typing into the picture would be lost).
    await session.find("#app:not([inert])", 30000);
    return session;
  }

  /**
   * A request in this session; resolves to the reply's `value`.
   * @param {string} method
   * @param {string} path
   * @param {unknown} [body]
   */
  req(method, path, body) {
    return wd(this.base, method, `/session/${this.id}${path}`, body);
  }

  async delete() {
    await this.req("DELETE", "").catch(() => undefined);
  }

  /**
   * Waits up to `ms` for `css` to match; returns the element id.
   * @param {string} css
   * @returns {Promise<string>}
   */
  async find(css, ms = 10000) {
    const end = Date.now() + ms;
    let last;
    while (Date.now() < end) {
      try {
        const v = /** @type {ElementRef} */ (await this.req("POST", "/element", { using: "css selector", value: css }));
        return /** @type {string} */ (v[ELEMENT]);
      } catch (e) {
        last = e;
      }
      await sleep(50);
    }
    throw new Error(`element not found: ${css} (${last instanceof Error ? last.message : last})`);
  }

  /**
   * The ids of every element `css` matches now (no waiting).
   * @param {string} css
   * @returns {Promise<string[]>}
   */
  async findAll(css) {
    const v = /** @type {ElementRef[]} */ (await this.req("POST", "/elements", { using: "css selector", value: css }));
    return v.map((e) => /** @type {string} */ (e[ELEMENT]));
  }

  /** @param {string} css */
  async exists(css) {
    return (await this.findAll(css)).length > 0;
  }

  /** @param {string} css */
  async click(css) {
    const el = await this.find(css);
    // WebKit's WebDriver does not scroll an element below the fold into view before it clicks
    // when the page has a scroll padding (the app keeps one for its sticky header; the keyboard
    // and the page's own scrolling honour it): "element not interactable". So the page scrolls
    // the element into view first, as a user scrolls before clicking.
    await this.exec("arguments[0].scrollIntoView({ block: 'center' })", [{ [ELEMENT]: el }]);
    await this.req("POST", `/element/${el}/click`, {});
  }

  /**
   * @param {string} css
   * @param {string} text
   */
  async type(css, text) {
    const el = await this.find(css);
    await this.req("POST", `/element/${el}/clear`, {}).catch(() => undefined);
    await this.req("POST", `/element/${el}/value`, { text });
  }

  /**
   * The rendered text of the element `css` matches.
   * @param {string} css
   * @returns {Promise<string>}
   */
  async text(css) {
    const el = await this.find(css);
    return /** @type {string} */ (await this.req("GET", `/element/${el}/text`));
  }

  /**
   * An attribute of the element `css` matches; null when it has none.
   * @param {string} css
   * @param {string} name
   * @returns {Promise<string | null>}
   */
  async attr(css, name) {
    const el = await this.find(css);
    return /** @type {string | null} */ (await this.req("GET", `/element/${el}/attribute/${name}`));
  }

  /**
   * Sends keys to the focused element (W3C actions).
   * @param {...string} keys
   */
  async keys(...keys) {
    const actions = [];
    for (const k of keys) actions.push({ type: "keyDown", value: k }, { type: "keyUp", value: k });
    await this.req("POST", "/actions", { actions: [{ type: "key", id: "kbd", actions }] });
    await this.req("DELETE", "/actions").catch(() => undefined);
  }

  /**
   * @param {string} name
   * @returns {Promise<string | null>}
   */
  async activeElementAttr(name) {
    const v = /** @type {ElementRef} */ (await this.req("GET", "/element/active"));
    return /** @type {string | null} */ (await this.req("GET", `/element/${v[ELEMENT]}/attribute/${name}`));
  }

  /**
   * Runs `script` in the page (`arguments[i]` are `args`); resolves to what it returns.
   * @param {string} script
   * @param {unknown[]} [args]
   */
  async exec(script, args = []) {
    return await this.req("POST", "/execute/sync", { script, args });
  }

  /**
   * Waits until `fn` resolves truthy; resolves to that value.
   * @template T
   * @param {() => Promise<T>} fn
   * @param {string} what
   * @returns {Promise<NonNullable<T>>}
   */
  async until(fn, what, ms = 10000) {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      try {
        const v = await fn();
        if (v) return /** @type {NonNullable<T>} */ (v);
      } catch {
        /* retry */
      }
      await sleep(50);
    }
    throw new Error(`timed out waiting for ${what}`);
  }
}

/**
 * Kills every process running `binary` with SIGKILL (a crash, as far as the app can tell).
 * @param {string} binary
 */
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
