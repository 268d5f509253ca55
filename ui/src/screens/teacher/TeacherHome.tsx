// The teacher's start screen: the class hub (start it, see its address and fingerprint) and the
// classes with their join codes.

import { useEffect, useState } from "preact/hooks";
import { commands } from "../../api/commands";
import { LIMITS } from "../../api/constants";
import type { ClassView, ErrorPayload, HubStatus, Settings } from "../../api/types";
import { NumberInput } from "../../components/NumberInput";
import { t, tMessage } from "../../i18n";

interface Props {
  hub: HubStatus | null;
  classes: ClassView[];
  busy: boolean;
  onStartHub: (address: string, port: number) => void;
  onCreateClass: (grade: number, classNo: number) => void;
  onOpenClass: (c: ClassView) => void;
  onOpenReports: () => void;
  settings: Settings;
  onSettings: (s: Settings) => void;
}

/** Idle sign-out choices for lab PCs, in minutes (0 = never). */
const IDLE_MINUTES = [0, 3, 5, 10, 15, 30];

export function TeacherHome({
  hub,
  classes,
  busy,
  onStartHub,
  onCreateClass,
  onOpenClass,
  onOpenReports,
  settings,
  onSettings,
}: Props) {
  const [grade, setGrade] = useState("");
  const [classNo, setClassNo] = useState("");
  const [port, setPort] = useState("7443");
  // This PC's addresses; null until known, empty when they could not be read (then typed).
  const [interfaces, setInterfaces] = useState<string[] | null>(null);
  const [address, setAddress] = useState("");
  const [provisionSaved, setProvisionSaved] = useState("");
  useEffect(() => {
    if (hub) return;
    commands.hubInterfaces().then(
      (list) => {
        setInterfaces(list);
        setAddress(list[0] ?? "");
      },
      () => setInterfaces([]),
    );
  }, [hub]);
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t("teacher-title")}
      </h1>
      <section class="card" aria-labelledby="title-of-hub">
        <h2 id="title-of-hub">{t("teacher-hub-title")}</h2>
        {hub && !hub.serving && (
          <p role="alert" data-hub-stopped="true">
            {t("teacher-hub-stopped")}
          </p>
        )}
        {hub?.serving ? (
          <div data-hub-running="true">
            <p>{t("teacher-hub-running")}</p>
            <ul>
              {hub.addresses.map((a) => (
                <li key={a}>
                  <code>
                    {a}:{hub.port}
                  </code>
                </li>
              ))}
            </ul>
            <p class="hint">{t("teacher-hub-fingerprint", { fingerprint: hub.fingerprint })}</p>
            <button
              type="button"
              data-action="write-lab-setup"
              onClick={() =>
                commands.provisionWrite().then(
                  (saved) =>
                    setProvisionSaved(
                      saved ? t("teacher-provision-saved", { path: saved.path }) : t("teacher-report-cancelled"),
                    ),
                  (e: ErrorPayload) => setProvisionSaved(tMessage(e.messageId, e.args)),
                )
              }
            >
              {t("teacher-provision-write")}
            </button>
            <p role="status" data-provision-saved={provisionSaved ? "true" : "false"}>
              {provisionSaved}
            </p>
          </div>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              onStartHub(address, Number(port));
            }}
          >
            <p>{t("teacher-hub-intro")}</p>
            {interfaces?.length === 0 ? (
              <>
                <p class="hint" id="interface-of-hub-hint">
                  {t("teacher-hub-interface-typed")}
                </p>
                <label>
                  {t("teacher-hub-interface")}{" "}
                  <input
                    id="interface-of-hub"
                    type="text"
                    inputMode="decimal"
                    required
                    autoComplete="off"
                    spellcheck={false}
                    placeholder="192.168.0.10"
                    aria-describedby="interface-of-hub-hint"
                    value={address}
                    onInput={(e) => setAddress(e.currentTarget.value.trim())}
                  />
                </label>
              </>
            ) : (
              <label>
                {t("teacher-hub-interface")}{" "}
                <select id="interface-of-hub" value={address} onChange={(e) => setAddress(e.currentTarget.value)}>
                  {(interfaces ?? []).map((a) => (
                    <option key={a} value={a}>
                      {a}
                    </option>
                  ))}
                </select>
              </label>
            )}{" "}
            <label>
              {t("teacher-hub-port")}{" "}
              <NumberInput id="port-of-hub" limit={LIMITS.hubPort} value={port} onValue={setPort} />
            </label>{" "}
            <button type="submit" class="primary" data-action="start-hub" disabled={busy}>
              {t("teacher-hub-start")}
            </button>
          </form>
        )}
      </section>
      <section class="card" aria-labelledby="reports-entry-title">
        <h2 id="reports-entry-title">{t("teacher-report-title")}</h2>
        <p>{t("teacher-report-entry")}</p>
        <button type="button" class="primary" data-action="open-reports" onClick={onOpenReports}>
          {t("teacher-report-open")}
        </button>
      </section>
      <section class="card" aria-labelledby="device-title">
        <h2 id="device-title">{t("teacher-device-title")}</h2>
        <label>
          {t("teacher-idle-label")}{" "}
          <select
            id="idle-minutes"
            value={String(Math.round(settings.idleSeconds / 60))}
            onChange={(e) => onSettings({ ...settings, idleSeconds: Number(e.currentTarget.value) * 60 })}
          >
            {IDLE_MINUTES.map((m) => (
              <option key={m} value={String(m)}>
                {m === 0 ? t("teacher-idle-never") : t("teacher-idle-minutes", { minutes: m })}
              </option>
            ))}
          </select>
        </label>
      </section>
      <h2>{t("teacher-classes")}</h2>
      {classes.length === 0 && <p>{t("teacher-no-classes")}</p>}
      <ul class="module-list">
        {classes.map((c) => (
          <li key={c.id} class="card" data-class={c.id}>
            <h3>{t("teacher-class-name", { grade: c.grade, class: c.classNo })}</h3>
            <p data-joining={c.join ? "open" : "closed"}>
              {c.join ? (
                <>
                  {t("teacher-join-code")}: <code class="join-code">{c.join.code}</code>
                </>
              ) : (
                t("teacher-join-closed")
              )}
            </p>
            <p class="meta">{t("teacher-student-count", { count: c.studentCount })}</p>
            <button type="button" class="primary" data-action="open-class" onClick={() => onOpenClass(c)}>
              {t("teacher-open-class")}
            </button>
          </li>
        ))}
      </ul>
      <form
        class="card"
        aria-labelledby="new-class-title"
        onSubmit={(e) => {
          e.preventDefault();
          onCreateClass(Number(grade), Number(classNo));
          setGrade("");
          setClassNo("");
        }}
      >
        <h3 id="new-class-title">{t("teacher-new-class")}</h3>
        <label>
          {t("signin-grade")}{" "}
          <NumberInput id="class-grade" required limit={LIMITS.grade} value={grade} onValue={setGrade} />
        </label>{" "}
        <label>
          {t("signin-class")}{" "}
          <NumberInput id="class-no" required limit={LIMITS.classNo} value={classNo} onValue={setClassNo} />
        </label>{" "}
        <button type="submit" data-action="class-create" disabled={busy}>
          {t("teacher-create-class")}
        </button>
      </form>
    </section>
  );
}
