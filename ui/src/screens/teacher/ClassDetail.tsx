// One class: roster (CSV import and manual editing), assignments, and the live dashboard with
// item analysis. Results refresh every few seconds while the dashboard is open.

import { useEffect, useState } from "preact/hooks";
import { commands } from "../../api/commands";
import { LIMITS } from "../../api/constants";
import type {
  AccessAction,
  AssignmentView,
  ClassResults,
  ClassView,
  ErrorPayload,
  ItemStat,
  JoinWindow,
  ModuleOption,
  ModuleStatus,
  PeriodView,
  RosterEntry,
  SeatView,
  StudentAccess,
  StudentItem,
} from "../../api/types";
import { NumberInput } from "../../components/NumberInput";
import { InlineText } from "../../components/RichText";
import { type MessageId, t } from "../../i18n";
import { Refusal } from "../ErrorScreen";

type Tab = "results" | "roster" | "assignments" | "access";
const REFRESH_MS = 3000;

const STATUS_KEY: Record<ModuleStatus, MessageId> = {
  notStarted: "home-status-not-started",
  inProgress: "home-status-in-progress",
  passed: "home-status-passed",
  notPassed: "home-status-not-passed",
};

interface Props {
  cls: ClassView;
  modules: ModuleOption[];
  onBack: () => void;
  onError: (e: ErrorPayload) => void;
}

export function ClassDetail({ cls, modules, onBack, onError }: Props) {
  const [tab, setTab] = useState<Tab>("results");
  return (
    <section aria-labelledby="screen-title" data-class-detail={cls.id}>
      <h1 id="screen-title" tabIndex={-1}>
        {t("teacher-class-name", { grade: cls.grade, class: cls.classNo })}
      </h1>
      <Joining cls={cls} onError={onError} />
      <Period cls={cls} onError={onError} />
      <NewDevices cls={cls} onError={onError} />
      <div class="pager" role="group" aria-label={t("teacher-views")}>
        {(["results", "roster", "assignments", "access"] as Tab[]).map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={tab === name}
            data-tab={name}
            class={tab === name ? "primary" : ""}
            onClick={() => setTab(name)}
          >
            {t(`teacher-tab-${name}`)}
          </button>
        ))}
        <button type="button" onClick={onBack} data-action="classes-back">
          {t("common-back")}
        </button>
      </div>
      {tab === "results" && <Results cls={cls} modules={modules} onError={onError} />}
      {tab === "roster" && <Roster cls={cls} onError={onError} />}
      {tab === "assignments" && <Assignments cls={cls} modules={modules} onError={onError} />}
      {tab === "access" && <Access cls={cls} onError={onError} />}
    </section>
  );
}

/** "14:30" in the teacher's locale, from Unix seconds. */
function clock(unix: number): string {
  return new Date(unix * 1000).toLocaleTimeString(document.documentElement.lang || "ko", {
    hour: "2-digit",
    minute: "2-digit",
  });
}

/** A time from the hub (RFC 3339) in the teacher's own time zone and language. */
function when(rfc3339: string): string {
  const d = new Date(rfc3339);
  return Number.isNaN(d.getTime())
    ? rfc3339
    : d.toLocaleString(document.documentElement.lang || "ko", {
        month: "numeric",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
      });
}

/** Joining: closed, or open with the short code students type, until a time; a new code in one click. */
function Joining({ cls, onError }: { cls: ClassView; onError: (e: ErrorPayload) => void }) {
  const [join, setJoin] = useState<JoinWindow | null>(cls.join);
  return (
    <section class="card" aria-labelledby="join-title" data-joining={join ? "open" : "closed"}>
      <h2 id="join-title">{t("teacher-join-title")}</h2>
      {join ? (
        <>
          <p>
            {t("teacher-join-code")}: <code class="join-code">{join.code}</code>
          </p>
          <p class="meta">{t("teacher-join-open-until", { time: clock(join.openUntil) })}</p>
          <p class="hint">{t("teacher-join-hint")}</p>
          <button
            type="button"
            data-action="join-rotate"
            onClick={() => commands.joinRotate(cls.id).then(setJoin, onError)}
          >
            {t("teacher-join-rotate")}
          </button>{" "}
          <button
            type="button"
            data-action="join-close"
            onClick={() => commands.joinClose(cls.id).then(() => setJoin(null), onError)}
          >
            {t("teacher-join-close")}
          </button>
        </>
      ) : (
        <>
          <p>{t("teacher-join-closed")}</p>
          <button
            type="button"
            class="primary"
            data-action="join-open"
            onClick={() => commands.joinOpen(cls.id, null).then(setJoin, onError)}
          >
            {t("teacher-join-open")}
          </button>
        </>
      )}
    </section>
  );
}

/** A student's line in words (never by colour alone). */
function seatState(seat: SeatView): string {
  switch (seat.state) {
    case "absent":
      return t("teacher-period-state-absent");
    case "sent":
      return t("teacher-period-state-sent");
    case "waiting":
      return t("teacher-period-state-waiting", { count: seat.pending ?? 0 });
    case "disconnected":
      return seat.pending
        ? t("teacher-period-state-disconnected", { count: seat.pending, seconds: seat.lastContactAgo ?? 0 })
        : t("teacher-period-state-silent", { seconds: seat.lastContactAgo ?? 0 });
  }
}

/**
 * The lab period, live (issue 14): the class line ("전송 완료 28/30 · 대기 2명 · 연결 끊김 1명"),
 * per student the PC, records waiting there and the last record received, and the teacher's
 * "지금 전송" and "수업 끝내기". After the end, who is still unsent and why.
 */
function Period({ cls, onError }: { cls: ClassView; onError: (e: ErrorPayload) => void }) {
  // `undefined`: not loaded yet; `null`: this PC runs no hub.
  const [view, setView] = useState<PeriodView | null | undefined>(undefined);
  const load = () => commands.periodView(cls.id).then(setView, onError);
  useEffect(() => {
    load();
    const timer = window.setInterval(load, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [cls.id]);
  if (view === undefined) return null;
  if (view === null) {
    return (
      <section class="card" aria-labelledby="period-title" data-period="no-hub">
        <h2 id="period-title">{t("teacher-period-title")}</h2>
        <p class="hint">{t("teacher-period-needs-hub")}</p>
      </section>
    );
  }
  const unsent = view.seats.filter((s) => s.state === "waiting" || s.state === "disconnected");
  return (
    <section class="card" aria-labelledby="period-title" data-period={view.endedAt !== null ? "ended" : "live"}>
      <h2 id="period-title">{t("teacher-period-title")}</h2>
      {view.storageFault !== null && (
        <p role="alert" data-hub-storage-fault={view.storageFault}>
          {t("teacher-period-storage-fault", { reason: view.storageFault })}
        </p>
      )}
      {view.present === 0 ? (
        <p data-period-line="0/0">{t("teacher-period-nobody")}</p>
      ) : (
        <p
          role="status"
          data-period-line={`${view.sent}/${view.present}`}
          data-period-waiting={view.waiting}
          data-period-disconnected={view.disconnected}
        >
          <strong>
            {t("teacher-period-line", {
              sent: view.sent,
              present: view.present,
              waiting: view.waiting,
              disconnected: view.disconnected,
            })}
          </strong>
        </p>
      )}
      <p>
        <button
          type="button"
          data-action="period-flush"
          onClick={() => commands.periodFlush(cls.id).then(load, onError)}
        >
          {t("teacher-period-flush")}
        </button>{" "}
        <button
          type="button"
          class="primary"
          data-action="period-end"
          onClick={() => commands.periodEnd(cls.id).then(load, onError)}
        >
          {t("teacher-period-end")}
        </button>
      </p>
      {view.flushAt !== null && view.endedAt !== view.flushAt && (
        <p class="hint">{t("teacher-period-flush-asked", { time: clock(view.flushAt) })}</p>
      )}
      {view.endedAt !== null && (
        <div data-period-ended={view.endedAt}>
          <p class="hint">{t("teacher-period-ended", { time: clock(view.endedAt) })}</p>
          {unsent.length === 0 ? (
            <p data-period-all-sent="true">{t("teacher-period-all-sent")}</p>
          ) : (
            <>
              <h3>{t("teacher-period-unsent-title")}</h3>
              <ul data-period-unsent={unsent.length}>
                {unsent.map((s) => (
                  <li key={s.studentId}>
                    {s.number} {s.name} · {s.device ?? ""} · {seatState(s)}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {view.present > 0 && (
        <table class="results">
          <thead>
            <tr>
              <th scope="col">{t("teacher-period-col-number")}</th>
              <th scope="col">{t("teacher-period-col-name")}</th>
              <th scope="col">{t("teacher-period-col-device")}</th>
              <th scope="col">{t("teacher-period-col-pending")}</th>
              <th scope="col">{t("teacher-period-col-received")}</th>
              <th scope="col">{t("teacher-period-col-state")}</th>
            </tr>
          </thead>
          <tbody>
            {view.seats.map((s) => (
              <tr key={s.studentId} data-seat={s.number} data-seat-state={s.state}>
                <td>{s.number}</td>
                <th scope="row">{s.name}</th>
                <td>
                  {s.device ?? ""}
                  {s.signedIn && <span class="meta"> ({t("teacher-period-signed-in")})</span>}
                </td>
                <td data-pending={s.pending ?? ""}>{s.pending ?? ""}</td>
                <td>{s.lastReceived ? when(s.lastReceived) : t("teacher-period-never")}</td>
                <td>{seatState(s)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Devices first seen in the last 24 hours: a classmate taking someone's place shows here. */
function NewDevices({ cls, onError }: { cls: ClassView; onError: (e: ErrorPayload) => void }) {
  const [access, setAccess] = useState<StudentAccess[]>([]);
  useEffect(() => {
    const load = () => commands.classAccess(cls.id).then(setAccess, onError);
    load();
    const timer = window.setInterval(load, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [cls.id]);
  const fresh = access.flatMap((s) => s.devices.filter((d) => d.new && !d.revoked).map((d) => ({ s, d })));
  if (fresh.length === 0) return null;
  return (
    <section class="card" aria-labelledby="new-devices-title" data-new-devices={fresh.length}>
      <h2 id="new-devices-title">{t("teacher-new-devices")}</h2>
      <ul>
        {fresh.map(({ s, d }) => (
          <li key={d.id}>{t("teacher-new-device", { number: s.number, name: s.name, device: d.name })}</li>
        ))}
      </ul>
      <p class="hint">{t("teacher-new-devices-hint")}</p>
    </section>
  );
}

/** Each student's PIN and devices, and what the teacher can do about them. */
function Access({ cls, onError }: { cls: ClassView; onError: (e: ErrorPayload) => void }) {
  const [access, setAccess] = useState<StudentAccess[]>([]);
  const [confirming, setConfirming] = useState<string | null>(null);
  const load = () => commands.classAccess(cls.id).then(setAccess, onError);
  useEffect(() => {
    load();
  }, [cls.id]);
  const act = (s: StudentAccess, action: AccessAction) =>
    commands.studentAccess(s.studentId, action).then(load, onError);
  const pinState = (s: StudentAccess) =>
    s.locked ? "teacher-pin-locked" : s.pinSet ? "teacher-pin-set" : "teacher-pin-none";
  return (
    <section aria-labelledby="access-title">
      <h2 id="access-title">{t("teacher-tab-access")}</h2>
      <p class="hint">{t("teacher-access-hint")}</p>
      <table class="review" data-access-count={access.length}>
        <caption class="visually-hidden">{t("teacher-tab-access")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("signin-number")}</th>
            <th scope="col">{t("signin-name")}</th>
            <th scope="col">{t("teacher-access-pin")}</th>
            <th scope="col">{t("teacher-access-devices")}</th>
            <th scope="col">{t("teacher-access-actions")}</th>
          </tr>
        </thead>
        <tbody>
          {access.map((s) => (
            <tr key={s.studentId} data-student={s.number}>
              <td>{s.number}</td>
              <td>{s.name}</td>
              <td data-pin={s.locked ? "locked" : s.pinSet ? "set" : "none"}>{t(pinState(s))}</td>
              <td>
                {s.devices.length === 0 && t("teacher-access-no-devices")}
                <ul>
                  {s.devices.map((d) => (
                    <li key={d.id} data-device={d.name}>
                      {t(d.revoked ? "teacher-device-revoked" : "teacher-device-line", {
                        device: d.name,
                        first: when(d.firstSeen),
                        last: when(d.lastSeen),
                      })}{" "}
                      {!d.revoked && (
                        <button
                          type="button"
                          aria-label={t("teacher-device-revoke-named", { device: d.name, name: s.name })}
                          onClick={() => commands.deviceRevoke(d.id).then(load, onError)}
                        >
                          {t("teacher-device-revoke")}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                {s.locked && (
                  <button
                    type="button"
                    data-action="unlock"
                    aria-label={t("teacher-unlock-pin-named", { name: s.name })}
                    onClick={() => act(s, "unlock")}
                  >
                    {t("teacher-unlock-pin")}
                  </button>
                )}{" "}
                {s.devices.some((d) => !d.revoked) && (
                  <button
                    type="button"
                    data-action="revoke-devices"
                    aria-label={t("teacher-revoke-devices-named", { name: s.name })}
                    onClick={() => act(s, "revoke-devices")}
                  >
                    {t("teacher-revoke-devices")}
                  </button>
                )}{" "}
                {s.pinSet && (
                  <button
                    type="button"
                    data-action="reset-pin"
                    aria-label={t("teacher-reset-pin-named", { name: s.name })}
                    onClick={() => act(s, "reset-pin")}
                  >
                    {t("teacher-reset-pin")}
                  </button>
                )}{" "}
                {confirming === s.studentId ? (
                  <button
                    type="button"
                    class="danger"
                    data-action="delete-confirm"
                    aria-label={t("teacher-delete-student-confirm-named", { name: s.name })}
                    onClick={() => {
                      setConfirming(null);
                      void act(s, "delete");
                    }}
                  >
                    {t("teacher-delete-student-confirm")}
                  </button>
                ) : (
                  <button
                    type="button"
                    data-action="delete-student"
                    aria-label={t("teacher-delete-student-named", { name: s.name })}
                    onClick={() => setConfirming(s.studentId)}
                  >
                    {t("teacher-delete-student")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Roster({ cls, onError }: { cls: ClassView; onError: (e: ErrorPayload) => void }) {
  const [entries, setEntries] = useState<RosterEntry[]>([]);
  const [number, setNumber] = useState("");
  const [name, setName] = useState("");
  // A refused edit or file (e.g. a CSV row without a name) is said here, beside the roster it
  // left unchanged, not on a screen of its own: the teacher fixes the file and picks it again.
  const [refused, setRefused] = useState<ErrorPayload | null>(null);
  useEffect(() => {
    commands.rosterGet(cls.id).then(setEntries, onError);
  }, [cls.id]);
  const stored = (next: RosterEntry[]) => {
    setEntries(next);
    setRefused(null);
  };
  const save = (next: RosterEntry[]) => commands.rosterSet(cls.id, next).then(stored, setRefused);
  return (
    <section aria-labelledby="roster-title">
      <h2 id="roster-title">{t("teacher-tab-roster")}</h2>
      <label>
        {t("teacher-roster-import")}{" "}
        <input
          id="roster-file"
          type="file"
          accept=".csv,text/csv"
          onChange={async (e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            const bytes = Array.from(new Uint8Array(await file.arrayBuffer()));
            // Cleared, so the same file, once fixed, can be picked again.
            input.value = "";
            commands.rosterImportCsv(cls.id, bytes).then(stored, setRefused);
          }}
        />
      </label>
      <p class="hint">{t("teacher-roster-import-hint")}</p>
      <Refusal error={refused} marker="roster-refused" />
      <table class="review" data-roster-count={entries.length}>
        <caption class="visually-hidden">{t("teacher-tab-roster")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("signin-number")}</th>
            <th scope="col">{t("signin-name")}</th>
            <th scope="col">
              <span class="visually-hidden">{t("teacher-roster-remove")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.number}>
              <td>{e.number}</td>
              <td>{e.name}</td>
              <td>
                <button
                  type="button"
                  aria-label={t("teacher-roster-remove-named", { name: e.name })}
                  onClick={() => save(entries.filter((x) => x.number !== e.number))}
                >
                  {t("teacher-roster-remove")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          const n = Number(number);
          save(
            [...entries.filter((x) => x.number !== n), { number: n, name: name.trim() }].sort(
              (a, b) => a.number - b.number,
            ),
          );
          setNumber("");
          setName("");
        }}
      >
        <label>
          {t("signin-number")}{" "}
          <NumberInput id="roster-number" required limit={LIMITS.number} value={number} onValue={setNumber} />
        </label>{" "}
        <label>
          {t("signin-name")}{" "}
          <input
            id="roster-name"
            type="text"
            required
            maxLength={LIMITS.nameChars}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>{" "}
        <button type="submit" data-action="roster-add">
          {t("teacher-roster-add")}
        </button>
      </form>
    </section>
  );
}

function Assignments({
  cls,
  modules,
  onError,
}: {
  cls: ClassView;
  modules: ModuleOption[];
  onError: (e: ErrorPayload) => void;
}) {
  const [list, setList] = useState<AssignmentView[]>([]);
  const [moduleId, setModuleId] = useState(modules[0]?.id ?? "");
  const [due, setDue] = useState("");
  useEffect(() => {
    commands.assignmentList(cls.id).then(setList, onError);
  }, [cls.id]);
  return (
    <section aria-labelledby="assign-title">
      <h2 id="assign-title">{t("teacher-tab-assignments")}</h2>
      <ul data-assignment-count={list.length}>
        {list.map((a) => (
          <li key={a.moduleId}>
            {a.title} — {t("teacher-due", { date: a.due })}
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          commands.assignmentAdd(cls.id, moduleId, due).then(setList, onError);
        }}
      >
        <label>
          {t("teacher-assign-module")}{" "}
          <select id="assign-module" value={moduleId} onChange={(e) => setModuleId(e.currentTarget.value)}>
            {modules.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("teacher-assign-due")}{" "}
          <input id="assign-due" type="date" required value={due} onInput={(e) => setDue(e.currentTarget.value)} />
        </label>{" "}
        <button type="submit" data-action="assign-add">
          {t("teacher-assign-add")}
        </button>
      </form>
    </section>
  );
}

function Bar({ value, label }: { value: number; label: string }) {
  return (
    <div class="bar-row">
      <div class="bar" role="img" aria-label={label}>
        <div class="bar-fill" style={{ width: `${value}%` }} />
      </div>
      <span aria-hidden="true">{value}%</span>
    </div>
  );
}

function Results({
  cls,
  modules,
  onError,
}: {
  cls: ClassView;
  modules: ModuleOption[];
  onError: (e: ErrorPayload) => void;
}) {
  const [results, setResults] = useState<ClassResults | null>(null);
  const [moduleId, setModuleId] = useState(modules[0]?.id ?? "");
  const [items, setItems] = useState<ItemStat[]>([]);
  const [detailOf, setDetailOf] = useState<{ number: number; name: string } | null>(null);
  const [detail, setDetail] = useState<StudentItem[]>([]);
  useEffect(() => {
    if (detailOf && moduleId) commands.studentDetail(cls.id, moduleId, detailOf.number).then(setDetail, onError);
  }, [detailOf, moduleId, results]);
  useEffect(() => {
    let alive = true;
    const load = () => {
      commands.classResults(cls.id).then((r) => alive && setResults(r), onError);
      if (moduleId) commands.itemAnalysis(cls.id, moduleId).then((i) => alive && setItems(i), onError);
    };
    load();
    const timer = window.setInterval(load, REFRESH_MS);
    return () => {
      alive = false;
      window.clearInterval(timer);
    };
  }, [cls.id, moduleId]);
  if (!results) return <p>{t("common-loading")}</p>;
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{t("teacher-tab-results")}</h2>
      <p class="hint">{t("teacher-live-hint")}</p>
      <h3>{t("teacher-completion")}</h3>
      <ul class="module-list">
        {results.modules.map((m) => (
          <li key={m.id} data-completion={m.id}>
            {m.title}: {t("teacher-passed-of", { passed: m.passed, enrolled: m.enrolled })}
            <Bar
              value={m.passedPercent}
              label={t("teacher-completion-rate", { title: m.title, percent: m.passedPercent })}
            />
          </li>
        ))}
      </ul>
      <div class="table-scroll">
        <table class="review" data-results>
          <caption class="visually-hidden">{t("teacher-tab-results")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("signin-number")}</th>
              <th scope="col">{t("signin-name")}</th>
              {results.modules.map((m) => (
                <th scope="col" key={m.id}>
                  {m.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {results.students.map((s) => (
              <tr key={s.number} data-student={s.number}>
                <td>{s.number}</td>
                <th scope="row">
                  <button
                    type="button"
                    class="link"
                    data-student-detail={s.number}
                    onClick={() => setDetailOf({ number: s.number, name: s.name })}
                  >
                    {s.name}
                  </button>
                  {s.setAside > 0 && (
                    <>
                      <br />
                      <span class="meta" data-set-aside={s.setAside}>
                        {t("teacher-set-aside", { count: s.setAside })}
                      </span>
                    </>
                  )}
                  {s.refusedPushes > 0 && (
                    <>
                      <br />
                      <span class="meta" data-refused-pushes={s.refusedPushes}>
                        {t("teacher-refused-pushes", { count: s.refusedPushes })}
                      </span>
                    </>
                  )}
                  {s.endedSignIns > 0 && (
                    <>
                      <br />
                      <span class="meta" data-ended-sign-ins={s.endedSignIns}>
                        {t("teacher-ended-sign-ins", { count: s.endedSignIns })}
                      </span>
                    </>
                  )}
                </th>
                {s.cells.map((c) => (
                  <td key={c.moduleId} data-cell={`${s.number}-${c.moduleId}`} data-status={c.status}>
                    <span class={`status ${c.status}`}>{t(STATUS_KEY[c.status])}</span>
                    {c.scorePercent !== null && <> · {t("home-score", { percent: c.scorePercent })}</>}
                    <br />
                    <span class="meta">
                      {t("teacher-cell-detail", { answered: c.answered, minutes: c.activeMinutes })}
                    </span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {detailOf && (
        <section class="card" aria-labelledby="detail-title" data-detail={detailOf.number}>
          <h3 id="detail-title">{t("teacher-student-detail", { name: detailOf.name })}</h3>
          <ol>
            {detail.map((d) => (
              <li key={d.itemId}>
                <InlineText text={d.prompt} /> —{" "}
                {d.firstCorrect === null
                  ? t("teacher-detail-unanswered")
                  : d.firstCorrect
                    ? t("quiz-review-first-correct")
                    : t("teacher-detail-first-wrong", { chosen: d.firstChosen.join(", ") })}
                {d.firstCorrect === false && (
                  <> · {d.mastered ? t("quiz-review-mastered") : t("quiz-review-not-mastered")}</>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      <h3 id="items-title">{t("teacher-item-analysis")}</h3>
      <label>
        {t("teacher-assign-module")}{" "}
        <select id="analysis-module" value={moduleId} onChange={(e) => setModuleId(e.currentTarget.value)}>
          {modules.map((m) => (
            <option key={m.id} value={m.id}>
              {m.title}
            </option>
          ))}
        </select>
      </label>
      <ol aria-labelledby="items-title" data-items>
        {items.map((i) => (
          <li key={i.itemId} class="card" data-item-stat={i.itemId}>
            <p>
              <InlineText text={i.prompt} />
            </p>
            <Bar
              value={i.correctPercent}
              label={t("teacher-item-correct", {
                percent: i.correctPercent,
                correct: i.correct,
                answered: i.answered,
              })}
            />
            <p class="meta">
              {t("teacher-item-correct", {
                percent: i.correctPercent,
                correct: i.correct,
                answered: i.answered,
              })}
              {i.topWrong && (
                <> · {t("teacher-item-top-wrong", { option: i.topWrong.text, count: i.topWrong.count })}</>
              )}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
