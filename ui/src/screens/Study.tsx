// The study screens of one module: lesson pages, quiz items with immediate feedback, result.

import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import type { FeedbackView, ItemView, PageView, ResultView, StudyView } from "../api/types";
import { LegalBasis } from "../components/LegalBasis";
import { InlineText, RichText } from "../components/RichText";
import { t } from "../i18n";

export interface StudyActions {
  goPage: (index: number) => void;
  startQuiz: () => void;
  answer: (itemId: string, chosen: string[]) => void;
  next: () => void;
  retryMissed: () => void;
  restart: () => void;
  home: () => void;
}

interface Props {
  view: StudyView;
  feedback: FeedbackView | null;
  busy: boolean;
  actions: StudyActions;
}

export function Study({ view, feedback, busy, actions }: Props) {
  const s = view.state;
  return (
    <article aria-labelledby="module-title" data-attempt={view.attemptId} data-module={view.module.id}>
      <p class="law-as-of" id="module-title">
        <strong>{view.module.title}</strong> · {t("common-law-as-of", { date: view.module.lawAsOf })}
      </p>
      {s.kind === "page" && <Page page={s.page} busy={busy} actions={actions} />}
      {s.kind === "item" && (
        <Item key={`${s.item.id}-${s.item.round}`} item={s.item} feedback={feedback} busy={busy} actions={actions} />
      )}
      {s.kind === "result" && <Result result={s.result} busy={busy} actions={actions} />}
    </article>
  );
}

function Page({ page, busy, actions }: { page: PageView; busy: boolean; actions: StudyActions }) {
  const last = page.index + 1 >= page.total;
  // One listener for the page's lifetime that reads the latest state through a ref: a key pressed
  // right after a page change must not reach a stale handler (and be dropped as "busy").
  const latest = useRef({ page, last, busy, actions });
  latest.current = { page, last, busy, actions };
  // Layout effect: the listener is in place before the page is painted, so no early key is lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const tag = (e.target as HTMLElement | null)?.tagName ?? "";
      const { page: p, last: l, busy: b, actions: a } = latest.current;
      if (["INPUT", "SELECT", "TEXTAREA"].includes(tag) || b) return;
      if (e.key === "ArrowRight" && !l) a.goPage(p.index + 1);
      if (e.key === "ArrowLeft" && p.index > 0) a.goPage(p.index - 1);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <section aria-labelledby="screen-title" data-page={page.id}>
      <p id="page-progress-label">{t("lesson-page-of", { page: page.index + 1, total: page.total })}</p>
      <progress max={page.total} value={page.index + 1} aria-labelledby="page-progress-label" />
      <h1 id="screen-title" tabIndex={-1}>
        {page.title}
      </h1>
      <RichText text={page.body} />
      <LegalBasis bases={page.legalBasis} headingId="page-legal" />
      <nav class="pager" aria-label={t("lesson-progress-label")}>
        <button
          type="button"
          data-action="prev-page"
          disabled={busy || page.index === 0}
          onClick={() => actions.goPage(page.index - 1)}
        >
          {t("lesson-prev")}
        </button>
        <button type="button" onClick={actions.home} data-action="home">
          {t("lesson-home")}
        </button>
        {last ? (
          <button type="button" class="primary" data-action="start-quiz" disabled={busy} onClick={actions.startQuiz}>
            {t("lesson-start-quiz")}
          </button>
        ) : (
          <button
            type="button"
            class="primary"
            data-action="next-page"
            disabled={busy}
            onClick={() => actions.goPage(page.index + 1)}
          >
            {t("lesson-next")}
          </button>
        )}
      </nav>
      <p class="hint">{t("lesson-keyboard-hint")}</p>
    </section>
  );
}

function optionLabel(kind: string, id: string, text: string): string {
  if (kind === "ox") return id === "o" ? t("quiz-option-o") : t("quiz-option-x");
  return text;
}

function Item({
  item,
  feedback,
  busy,
  actions,
}: {
  item: ItemView;
  feedback: FeedbackView | null;
  busy: boolean;
  actions: StudyActions;
}) {
  const [chosen, setChosen] = useState<string[]>([]);
  const answered = feedback !== null && feedback.itemId === item.id;
  const feedbackRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (answered) feedbackRef.current?.focus();
  }, [answered]);
  const toggle = (id: string, on: boolean) =>
    setChosen((prev) => (item.multi ? (on ? [...prev, id] : prev.filter((x) => x !== id)) : [id]));
  return (
    <section aria-labelledby="screen-title" data-item={item.id} data-round={item.round}>
      <p>
        {t("quiz-item-of", { number: item.number, count: item.count })}
        {item.round > 1 && <> · {t("quiz-round", { round: item.round - 1 })}</>}
      </p>
      {item.scenario && (
        <div class="scenario">
          <RichText text={item.scenario} />
        </div>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!answered && chosen.length > 0) actions.answer(item.id, chosen);
        }}
      >
        <fieldset>
          <legend>
            <h1 id="screen-title" tabIndex={-1}>
              <InlineText text={item.prompt} />
            </h1>
          </legend>
          <p class="hint" id="choose-hint">
            {item.multi ? t("quiz-choose-many") : t("quiz-choose-one")}
          </p>
          {item.options.map((o) => (
            <label key={o.id} class="option">
              <input
                type={item.multi ? "checkbox" : "radio"}
                name={`item-${item.id}`}
                value={o.id}
                checked={chosen.includes(o.id)}
                disabled={answered || busy}
                aria-describedby="choose-hint"
                onChange={(e) => toggle(o.id, e.currentTarget.checked)}
              />
              <span>{optionLabel(item.kind, o.id, o.text)}</span>
            </label>
          ))}
        </fieldset>
        {!answered && (
          <button type="submit" class="primary" data-action="submit-answer" disabled={busy || chosen.length === 0}>
            {t("quiz-submit")}
          </button>
        )}
      </form>
      {answered && feedback && (
        <div ref={feedbackRef} tabIndex={-1}>
          <FeedbackBox feedback={feedback} kind={item.kind} />
          <button type="button" class="primary" data-action="next" onClick={actions.next}>
            {t("quiz-next")}
          </button>
        </div>
      )}
    </section>
  );
}

function FeedbackBox({ feedback, kind }: { feedback: FeedbackView; kind: string }) {
  return (
    <div class={`feedback ${feedback.correct ? "correct" : "incorrect"}`} data-correct={String(feedback.correct)}>
      <p class="verdict">{feedback.correct ? t("quiz-feedback-correct") : t("quiz-feedback-incorrect")}</p>
      <h2>{t("quiz-your-choice")}</h2>
      <ul>
        {feedback.chosen.map((c) => (
          <li key={c.id}>
            <strong>{optionLabel(kind, c.id, c.text)}</strong>: <InlineText text={c.feedback} />
          </li>
        ))}
      </ul>
      {!feedback.correct && (
        <p>
          <strong>{t("quiz-correct-answer")}</strong>:{" "}
          {feedback.correctOptions.map((o) => optionLabel(kind, o.id, o.text)).join(", ")}
        </p>
      )}
      <h2>{t("quiz-explanation")}</h2>
      <RichText text={feedback.explanation} />
      <LegalBasis bases={feedback.legalBasis} headingId="feedback-legal" />
    </div>
  );
}

function Result({ result, busy, actions }: { result: ResultView; busy: boolean; actions: StudyActions }) {
  return (
    <section aria-labelledby="screen-title" data-result-passed={String(result.passed)}>
      <h1 id="screen-title" tabIndex={-1}>
        {t("quiz-result-title")}
      </h1>
      <p class="verdict" id="result-score">
        {t("quiz-result-score", { correct: result.correct, total: result.total, percent: result.percent })}
      </p>
      <p>
        {result.passed
          ? t("quiz-result-passed", { passMark: result.passMark })
          : t("quiz-result-not-passed", { passMark: result.passMark })}
      </p>
      <p>{t("quiz-result-time", { minutes: result.activeMinutes })}</p>
      <p>{result.missed > 0 ? t("quiz-result-missed", { missed: result.missed }) : t("quiz-result-all-mastered")}</p>
      <div class="pager">
        {result.missed > 0 && (
          <button
            type="button"
            class="primary"
            data-action="retry-missed"
            disabled={busy}
            onClick={actions.retryMissed}
          >
            {t("quiz-retry-missed")}
          </button>
        )}
        <button type="button" data-action="reread" disabled={busy} onClick={() => actions.goPage(0)}>
          {t("quiz-reread")}
        </button>
        <button type="button" data-action="restart" disabled={busy} onClick={actions.restart}>
          {t("quiz-restart")}
        </button>
        <button type="button" data-action="home" onClick={actions.home}>
          {t("quiz-back-home")}
        </button>
      </div>
      <h2>{t("quiz-review-title")}</h2>
      <table class="review">
        <tbody>
          {result.review.map((r) => (
            <tr key={r.itemId} data-review-item={r.itemId}>
              <td>
                <InlineText text={r.prompt} />
              </td>
              <td>{r.firstCorrect ? t("quiz-review-first-correct") : t("quiz-review-first-wrong")}</td>
              <td>{r.mastered ? t("quiz-review-mastered") : t("quiz-review-not-mastered")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
