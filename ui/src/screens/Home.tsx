import type { Learner, ModuleSummary } from "../api/types";
import { t } from "../i18n";

const STATUS_KEY: Record<ModuleSummary["status"], string> = {
  notStarted: "home-status-not-started",
  inProgress: "home-status-in-progress",
  passed: "home-status-passed",
  notPassed: "home-status-not-passed",
};

export function Home({ learner, modules, onOpen }: { learner: Learner; modules: ModuleSummary[]; onOpen: (id: string) => void }) {
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t("home-title")}
      </h1>
      <p>{t("home-greeting", { grade: learner.grade, class: learner.classNo, number: learner.number, name: learner.name })}</p>
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
            <button type="button" class="primary" data-action="open-module" data-module={m.id} aria-label={t("home-open-named", { title: m.title })} onClick={() => onOpen(m.id)}>
              {t("home-open")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
