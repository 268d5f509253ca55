// Reports for the teacher in charge and the administrator: completion exports (CSV for Excel and
// Hancell, XLSX, the printable summary page), certificates (PDF), and the school-wide merge of
// teachers' bundles. Files are chosen in the system's save dialog (shown by Rust); the screen
// says where each file went. Long work shows a progress bar fed by `progress:report` events.

import { listen } from "@tauri-apps/api/event";
import { useEffect, useState } from "preact/hooks";
import { commands } from "../../api/commands";
import { LIMITS } from "../../api/constants";
import type {
  AccessEntry,
  ErrorPayload,
  ExportKind,
  Merged,
  ModuleOption,
  Owed,
  PurgedView,
  ReportClass,
  ReportScope,
  Requirement,
  RolloverReport,
  Saved,
  Settings,
} from "../../api/types";
import { NumberInput } from "../../components/NumberInput";
import { type MessageId, t, tMessage } from "../../i18n";
import { Refusal } from "../ErrorScreen";

interface Props {
  modules: ModuleOption[];
  settings: Settings;
  onSettings: (s: Settings) => void;
  onBack: () => void;
  onError: (e: ErrorPayload) => void;
}

const KINDS: { kind: ExportKind; label: MessageId }[] = [
  { kind: "csv", label: "teacher-report-csv" },
  { kind: "xlsx", label: "teacher-report-xlsx" },
  { kind: "summary", label: "teacher-report-summary" },
  { kind: "certificates", label: "teacher-report-certificates" },
  { kind: "ledger", label: "teacher-report-ledger" },
];

const PROGRESS_EVENT = "progress:report";

export function Reports({ modules, settings, onSettings, onBack, onError }: Props) {
  const [scope, setScope] = useState<ReportScope>("hub");
  const [classes, setClasses] = useState<ReportClass[]>([]);
  const [cls, setCls] = useState("");
  const [moduleId, setModuleId] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [school, setSchool] = useState(settings.schoolName);
  const [number, setNumber] = useState("");
  const [working, setWorking] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState("");
  // A refused export, bundle or merge (a file not a bundle, a folder not writable) is said here,
  // on the screen the teacher set up, not on an error screen of its own.
  const [refused, setRefused] = useState<ErrorPayload | null>(null);

  // Past school years archived at a rollover, reportable like a hub.
  const [archiveYears, setArchiveYears] = useState<number[]>([]);
  useEffect(() => {
    commands.reportYears().then(setArchiveYears, onError);
  }, [message]);

  useEffect(() => {
    setCls("");
    commands.reportClasses(scope).then(setClasses, onError);
  }, [scope]);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    listen<{ done: number; total: number }>(PROGRESS_EVENT, (e) => setProgress(e.payload)).then(
      (un) => {
        if (cancelled) un();
        else stop = un;
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);

  const run = async (work: () => Promise<string | null>) => {
    setWorking(true);
    setProgress(null);
    setMessage("");
    setRefused(null);
    try {
      const said = await work();
      if (said) setMessage(said);
    } catch (e) {
      setRefused(e as ErrorPayload);
    } finally {
      setWorking(false);
      setProgress(null);
    }
  };

  const saved = (s: Saved | null) =>
    s ? t("teacher-report-saved", { path: s.path, count: s.count }) : t("teacher-report-cancelled");

  const exportAs = (kind: ExportKind) =>
    run(async () =>
      saved(
        await commands.reportExport({
          kind,
          scope,
          class: cls,
          moduleId,
          from,
          to,
          school: school.trim(),
          number: kind === "certificates" && cls ? Number(number) || 0 : 0,
        }),
      ),
    );

  const [years, setYears] = useState("1");
  const [confirmPurge, setConfirmPurge] = useState(false);
  const purged = (p: PurgedView | null) =>
    p
      ? t("teacher-purge-done", { bundle: p.bundle, before: p.before, records: p.records, students: p.students })
      : t("teacher-report-cancelled");

  const merged = (list: Merged[] | null) =>
    list
      ? list
          .map((m) =>
            t("teacher-report-merged", {
              file: m.file,
              classes: m.classes,
              students: m.students,
              records: m.records,
              present: m.present,
              certificates: m.certificates,
            }),
          )
          .join("\n")
      : t("teacher-report-cancelled");

  return (
    <section aria-labelledby="screen-title" data-reports="true">
      <h1 id="screen-title" tabIndex={-1}>
        {t("teacher-report-title")}
      </h1>
      <p>{t("teacher-report-intro")}</p>
      <div class="pager">
        <button type="button" onClick={onBack} data-action="reports-back">
          {t("common-back")}
        </button>
      </div>

      <section class="card" aria-labelledby="export-title">
        <h2 id="export-title">{t("teacher-report-export-title")}</h2>
        <fieldset>
          <legend>{t("teacher-report-scope")}</legend>
          <label>
            <input type="radio" name="scope" value="hub" checked={scope === "hub"} onChange={() => setScope("hub")} />{" "}
            {t("teacher-report-scope-hub")}
          </label>{" "}
          <label>
            <input
              type="radio"
              name="scope"
              value="school"
              checked={scope === "school"}
              onChange={() => setScope("school")}
            />{" "}
            {t("teacher-report-scope-school")}
          </label>
          {archiveYears.map((y) => (
            <label key={y}>
              {" "}
              <input
                type="radio"
                name="scope"
                value={`archive-${y}`}
                checked={scope === `archive-${y}`}
                onChange={() => setScope(`archive-${y}`)}
              />{" "}
              {t("teacher-report-scope-archive", { year: String(y) })}
            </label>
          ))}
        </fieldset>
        <div class="form-row">
          <label>
            {t("teacher-report-class")}{" "}
            <select id="export-class" value={cls} onChange={(e) => setCls(e.currentTarget.value)}>
              <option value="">{t("teacher-report-all-classes")}</option>
              {classes.map((c) => (
                <option key={`${c.grade}-${c.classNo}`} value={`${c.grade}-${c.classNo}`}>
                  {t("teacher-class-name", { grade: c.grade, class: c.classNo })}
                </option>
              ))}
            </select>
          </label>{" "}
          <label>
            {t("teacher-report-module")}{" "}
            <select id="export-module" value={moduleId} onChange={(e) => setModuleId(e.currentTarget.value)}>
              <option value="">{t("teacher-report-all-modules")}</option>
              {modules.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div class="form-row">
          <label>
            {t("teacher-report-from")}{" "}
            <input id="export-from" type="date" value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
          </label>{" "}
          <label>
            {t("teacher-report-to")}{" "}
            <input id="export-to" type="date" value={to} onInput={(e) => setTo(e.currentTarget.value)} />
          </label>
        </div>
        <p class="hint">{t("teacher-report-period-hint")}</p>
        <label>
          {t("teacher-report-number")}{" "}
          <NumberInput
            id="certificate-number"
            disabled={!cls}
            limit={LIMITS.number}
            value={number}
            onValue={setNumber}
          />
        </label>
        <label>
          {t("teacher-report-school")}{" "}
          <input
            id="school-name"
            type="text"
            maxLength={LIMITS.schoolNameChars}
            value={school}
            onInput={(e) => setSchool(e.currentTarget.value)}
            onBlur={() =>
              school.trim() !== settings.schoolName && onSettings({ ...settings, schoolName: school.trim() })
            }
          />
        </label>
        <div class="pager" role="group" aria-label={t("teacher-report-export-title")}>
          {KINDS.map(({ kind, label }) => (
            <button
              key={kind}
              type="button"
              class="primary"
              data-action={`export-${kind}`}
              disabled={working}
              onClick={() => void exportAs(kind)}
            >
              {t(label)}
            </button>
          ))}
        </div>
        <p class="hint">{t("teacher-report-privacy")}</p>
      </section>

      <OwedHours working={working} onError={onError} />

      <section class="card" aria-labelledby="merge-title">
        <h2 id="merge-title">{t("teacher-report-merge-title")}</h2>
        <p>{t("teacher-report-merge-intro")}</p>
        <div class="pager">
          <button
            type="button"
            data-action="bundle-write"
            disabled={working}
            onClick={() => void run(async () => saved(await commands.reportBundle()))}
          >
            {t("teacher-report-bundle")}
          </button>
          <button
            type="button"
            data-action="bundle-merge"
            disabled={working}
            onClick={() => void run(async () => merged(await commands.reportMerge()))}
          >
            {t("teacher-report-merge")}
          </button>
        </div>
      </section>

      <Rollover working={working} run={run} />

      <section class="card" aria-labelledby="purge-title">
        <h2 id="purge-title">{t("teacher-purge-title")}</h2>
        <p>{t("teacher-purge-intro")}</p>
        <label>
          {t("teacher-purge-years")}{" "}
          <select id="purge-years" value={years} onChange={(e) => setYears(e.currentTarget.value)}>
            {["1", "2", "3", "5"].map((y) => (
              <option key={y} value={y}>
                {t("teacher-purge-years-option", { years: Number(y) })}
              </option>
            ))}
          </select>
        </label>
        <div class="pager">
          {confirmPurge ? (
            <button
              type="button"
              data-action="purge-confirm"
              disabled={working}
              onClick={() => {
                setConfirmPurge(false);
                void run(async () => purged(await commands.reportPurge(Number(years))));
              }}
            >
              {t("teacher-purge-confirm")}
            </button>
          ) : (
            <button type="button" data-action="purge" disabled={working} onClick={() => setConfirmPurge(true)}>
              {t("teacher-purge")}
            </button>
          )}
        </div>
      </section>

      <AccessLog refresh={message} onError={onError} />

      <div role="status" aria-live="polite" class="export-status">
        {working && (
          <p>
            {t("teacher-report-working")}{" "}
            {progress && progress.total > 0 ? (
              <progress max={progress.total} value={progress.done} aria-label={t("teacher-report-working")}>
                {Math.round((progress.done * 100) / progress.total)}%
              </progress>
            ) : (
              <progress aria-label={t("teacher-report-working")} />
            )}
          </p>
        )}
        {message && (
          <p data-report-message="true" class="saved-path">
            {message}
          </p>
        )}
      </div>
      <Refusal error={refused} marker="report-refused" />
    </section>
  );
}

/** Who opened whose answers and every export (newest first), for the school's privacy officer. */
function AccessLog({ refresh, onError }: { refresh: string; onError: (e: ErrorPayload) => void }) {
  const [entries, setEntries] = useState<AccessEntry[]>([]);
  useEffect(() => {
    commands.accessLog().then(setEntries, onError);
  }, [refresh]);
  return (
    <section class="card" aria-labelledby="access-log-title">
      <h2 id="access-log-title">{t("teacher-access-log-title")}</h2>
      <p class="hint">{t("teacher-access-log-intro")}</p>
      {entries.length === 0 ? (
        <p>{t("teacher-access-log-empty")}</p>
      ) : (
        <div class="table-scroll">
          <table class="review" data-access-log={entries.length}>
            <caption class="visually-hidden">{t("teacher-access-log-title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("teacher-access-log-at")}</th>
                <th scope="col">{t("teacher-access-log-who")}</th>
                <th scope="col">{t("teacher-access-log-action")}</th>
                <th scope="col">{t("teacher-access-log-scope")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.slice(0, 50).map((e, i) => (
                <tr key={i}>
                  <td>{e.at.slice(0, 19).replace("T", " ")}</td>
                  <td>{e.who}</td>
                  <td>{e.actionName ? tMessage(e.actionName) : e.action}</td>
                  <td>{e.scope}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The next school year (진급): the new roster CSV moves students up; last year is archived. */
// Years are passed as text: Fluent would print 2027 as "2,027".
function Rollover({ working, run }: { working: boolean; run: (f: () => Promise<string | null>) => Promise<void> }) {
  // A Korean school year starts in March: until April the year to start is this one, later the next.
  const now = new Date();
  const [year, setYear] = useState(String(now.getMonth() <= 3 ? now.getFullYear() : now.getFullYear() + 1));
  const [confirm, setConfirm] = useState(false);
  const done = (r: RolloverReport | null) =>
    r
      ? t("teacher-rollover-done", {
          year: String(r.year),
          moved: r.moved,
          added: r.added,
          left: r.left,
          classes: r.classes,
          archive: r.archive,
        })
      : t("teacher-report-cancelled");
  return (
    <section class="card" aria-labelledby="rollover-title">
      <h2 id="rollover-title">{t("teacher-rollover-title")}</h2>
      <p>{t("teacher-rollover-intro")}</p>
      <p class="hint">{t("teacher-rollover-format")}</p>
      <label>
        {t("teacher-rollover-year")}{" "}
        <NumberInput id="rollover-year" limit={LIMITS.schoolYear} value={year} onValue={setYear} />
      </label>
      <div class="pager">
        {confirm ? (
          <button
            type="button"
            data-action="rollover-confirm"
            disabled={working}
            onClick={() => {
              setConfirm(false);
              void run(async () => done(await commands.reportRollover(Number(year))));
            }}
          >
            {t("teacher-rollover-confirm", { year })}
          </button>
        ) : (
          <button type="button" data-action="rollover" disabled={working} onClick={() => setConfirm(true)}>
            {t("teacher-rollover")}
          </button>
        )}
      </div>
    </section>
  );
}

/** Every requirement (a missing one fails the type check), in the order reports list them. */
const REQUIREMENT_ORDER: Record<Requirement, number> = {
  "sexual-violence-prevention": 0,
  "sex-education": 1,
  "school-violence-prevention": 2,
};
const REQUIREMENTS = (Object.keys(REQUIREMENT_ORDER) as Requirement[]).sort(
  (a, b) => REQUIREMENT_ORDER[a] - REQUIREMENT_ORDER[b],
);

/** A requirement's name (content.ftl of each locale). */
const requirementName = (r: Requirement): MessageId => `content-requirement-${r}`;

/**
 * What every student of a grade owes this school year, per requirement: what the hours ledger
 * measures credited minutes against. Set here or with `jikim hub owe`; the core checks the bounds.
 */
function OwedHours({ working, onError }: { working: boolean; onError: (e: ErrorPayload) => void }) {
  const [owed, setOwed] = useState<Owed[]>([]);
  const [grade, setGrade] = useState("");
  const [requirement, setRequirement] = useState<Requirement>(REQUIREMENTS[0] ?? "sexual-violence-prevention");
  const [minutes, setMinutes] = useState("");
  const [refused, setRefused] = useState<ErrorPayload | null>(null);
  useEffect(() => {
    commands.reportOwed().then(setOwed, onError);
  }, []);
  const set = (g: number, r: Requirement, m: number) =>
    commands.reportSetOwed(g, r, m).then(
      (list) => {
        setOwed(list);
        setRefused(null);
      },
      (e: ErrorPayload) => setRefused(e),
    );
  return (
    <section class="card" aria-labelledby="owed-title">
      <h2 id="owed-title">{t("teacher-owed-title")}</h2>
      <p>{t("teacher-owed-intro")}</p>
      {owed.length === 0 ? (
        <p data-owed-count="0">{t("teacher-owed-none")}</p>
      ) : (
        <table class="review" data-owed-count={owed.length}>
          <caption class="visually-hidden">{t("teacher-owed-title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("teacher-owed-grade")}</th>
              <th scope="col">{t("teacher-owed-requirement")}</th>
              <th scope="col">{t("teacher-owed-minutes")}</th>
              <th scope="col">{t("teacher-owed-change")}</th>
            </tr>
          </thead>
          <tbody>
            {owed.map((o) => (
              <tr key={`${o.grade}-${o.requirement}`}>
                <td>{t("teacher-owed-grade-value", { grade: o.grade })}</td>
                <td>{t(requirementName(o.requirement))}</td>
                <td>{t("teacher-owed-minutes-value", { minutes: o.minutes })}</td>
                <td>
                  <button
                    type="button"
                    data-action="owed-remove"
                    disabled={working}
                    aria-label={t("teacher-owed-remove-label", {
                      grade: o.grade,
                      requirement: t(requirementName(o.requirement)),
                    })}
                    onClick={() => void set(o.grade, o.requirement, 0)}
                  >
                    {t("teacher-owed-remove")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void set(Number(grade), requirement, Number(minutes));
        }}
      >
        <div class="form-row">
          <label>
            {t("teacher-owed-grade")}{" "}
            <NumberInput id="owed-grade" required limit={LIMITS.grade} value={grade} onValue={setGrade} />
          </label>{" "}
          <label>
            {t("teacher-owed-requirement")}{" "}
            <select
              id="owed-requirement"
              value={requirement}
              onChange={(e) => setRequirement(e.currentTarget.value as Requirement)}
            >
              {REQUIREMENTS.map((r) => (
                <option key={r} value={r}>
                  {t(requirementName(r))}
                </option>
              ))}
            </select>
          </label>{" "}
          <label>
            {t("teacher-owed-minutes")}{" "}
            <NumberInput
              id="owed-minutes"
              required
              aria-describedby="owed-minutes-hint"
              limit={LIMITS.owedMinutes}
              value={minutes}
              onValue={setMinutes}
            />
          </label>
        </div>
        <p class="hint" id="owed-minutes-hint">
          {t("teacher-owed-minutes-hint")}
        </p>
        <button type="submit" data-action="owed-set" disabled={working}>
          {t("teacher-owed-set")}
        </button>
      </form>
      <Refusal error={refused} marker="owed-refused" />
    </section>
  );
}
