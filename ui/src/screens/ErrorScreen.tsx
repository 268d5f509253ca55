import { REFUSED_FILE_ARG } from "../api/constants";
import type { BrokenView, ErrorPayload } from "../api/types";
import { t, tMessage } from "../i18n";

/** A clear error in the learner's language, naming the file when there is one. */
export function ErrorScreen({ error, onRetry }: { error: ErrorPayload; onRetry?: () => void }) {
  return (
    <section class="error-screen" role="alert" aria-labelledby="screen-title" data-error-code={error.code}>
      <h1 id="screen-title" tabIndex={-1}>
        {t("common-error-title")}
      </h1>
      <p>{tMessage(error.messageId, error.args)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t("common-error-retry")}
        </button>
      )}
    </section>
  );
}

/**
 * A refusal said where the teacher acted (an edit, a file, an export), as an alert beside what it
 * left unchanged, not on a screen of its own. `marker` names the place for tests
 * (`data-<marker>` holds the error's code).
 */
export function Refusal({ error, marker }: { error: ErrorPayload | null; marker: string }) {
  if (!error) return null;
  // Of several files picked (a merge), the one refused (`Message::about_file` in the core).
  const file = error.args[REFUSED_FILE_ARG];
  return (
    <p role="alert" {...{ [`data-${marker}`]: error.code }}>
      {file !== undefined && (
        <>
          {t("report-refused-file", { file: String(file) })}
          <br />
        </>
      )}
      {tMessage(error.messageId, error.args)}
    </p>
  );
}

/** Modules that failed to load; the others still work. */
export function BrokenModules({ broken }: { broken: BrokenView[] }) {
  if (broken.length === 0) return null;
  return (
    <section class="error-screen" aria-labelledby="broken-title" data-broken-modules={broken.length}>
      <h2 id="broken-title">{t("common-broken-modules")}</h2>
      <ul>
        {broken.map((b) => (
          <li key={b.file}>
            <p>{t("common-broken-module-file", { file: b.file })}</p>
            <ul>
              {b.issues.slice(0, 5).map((i, n) => (
                <li key={n}>
                  <code>
                    {b.file}:{i.line}
                  </code>{" "}
                  {tMessage(i.messageId, i.args)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
