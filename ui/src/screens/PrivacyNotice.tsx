// The privacy notice, reachable from sign-in: one part for students, one for guardians, in the
// learner's language. It says only what the app does (see docs/privacy.md).

import { t } from "../i18n";

const STUDENT = ["what", "where", "who", "help", "exit", "ask"] as const;
const GUARDIAN = ["items", "purpose", "where", "who", "log", "keep", "help", "ask"] as const;

export function PrivacyNotice({ onBack }: { onBack: () => void }) {
  return (
    <section aria-labelledby="screen-title" data-privacy-notice="true">
      <h1 id="screen-title" tabIndex={-1}>
        {t("privacy-title")}
      </h1>
      <section class="card" aria-labelledby="privacy-student-title" data-privacy="student">
        <h2 id="privacy-student-title">{t("privacy-student-title")}</h2>
        <ul>
          {STUDENT.map((k) => (
            <li key={k}>{t(`privacy-student-${k}`)}</li>
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="privacy-guardian-title" data-privacy="guardian">
        <h2 id="privacy-guardian-title">{t("privacy-guardian-title")}</h2>
        <ul>
          {GUARDIAN.map((k) => (
            <li key={k}>{t(`privacy-guardian-${k}`)}</li>
          ))}
        </ul>
      </section>
      <button type="button" class="primary" data-action="close-privacy" onClick={onBack}>
        {t("common-back")}
      </button>
    </section>
  );
}
