import { useEffect, useState } from "preact/hooks";
import { commands } from "../api/commands";
import type { Learner, ModuleSummary, SyncStatusView } from "../api/types";
import { type MessageId, t, tMessage } from "../i18n";

const SYNC_REFRESH_MS = 5000;

/** Where my answers are, in words (never by colour alone); refreshed every few seconds. */
function SyncLine({ onPeriodEnded }: { onPeriodEnded: () => void }) {
  const [status, setStatus] = useState<SyncStatusView | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      commands.syncStatus().then(
        (s) => {
          if (!live) return;
          // The home screen is a page boundary: the teacher's end of lesson applies at once.
          if (s.periodEnded) onPeriodEnded();
          else setStatus(s);
        },
        () => undefined,
      );
    load();
    const timer = window.setInterval(load, SYNC_REFRESH_MS);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, []);
  if (status === null) return null;
  return (
    <div role="status" data-sync-state={status.state}>
      <p>{t(`home-sync-${status.state}`, { count: status.pending })}</p>
      {status.messageId !== null && status.state !== "refused" && <p class="hint">{tMessage(status.messageId)}</p>}
      {status.clockSkewMinutes !== null && (
        <p class="hint" data-clock-skew={status.clockSkewMinutes}>
          {t("home-clock-skew", { minutes: Math.abs(status.clockSkewMinutes) })}
        </p>
      )}
    </div>
  );
}

const STATUS_KEY: Record<ModuleSummary["status"], MessageId> = {
  notStarted: "home-status-not-started",
  inProgress: "home-status-in-progress",
  passed: "home-status-passed",
  notPassed: "home-status-not-passed",
};

export function Home({
  learner,
  modules,
  onOpen,
  onPeriodEnded,
}: {
  learner: Learner;
  modules: ModuleSummary[];
  onOpen: (id: string) => void;
  onPeriodEnded: () => void;
}) {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t("home-title")}
      </h1>
      <p>
        {t("home-greeting", {
          grade: learner.grade,
          class: learner.classNo,
          number: learner.number,
          name: learner.name,
        })}
      </p>
      <SyncLine onPeriodEnded={onPeriodEnded} />
      <h2>{t("home-modules")}</h2>
      <ul class="module-list">
        {modules.map((m) => (
          <li key={m.id} class="card" data-module={m.id}>
            <h3>{m.title}</h3>
            <p>{m.summary}</p>
            <p class="meta">
              <span class={`status ${m.status}`}>{t(STATUS_KEY[m.status])}</span>
              <span>{t("home-progress", { answered: m.answered, total: m.itemCount })}</span>
              {m.scorePercent !== null && <span>{t("home-score", { percent: m.scorePercent })}</span>}
              <span>{t("home-minutes", { minutes: m.estimatedMinutes })}</span>
              {m.due !== null && (
                <span class="status" data-due={m.due}>
                  {t("home-due", { date: m.due })}
                </span>
              )}
              <span class="law-as-of">{t("common-law-as-of", { date: m.lawAsOf })}</span>
            </p>
            <button
              type="button"
              class="primary"
              data-action="open-module"
              data-module={m.id}
              aria-label={t("home-open-named", { title: m.title })}
              onClick={() => onOpen(m.id)}
            >
              {t("home-open")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
