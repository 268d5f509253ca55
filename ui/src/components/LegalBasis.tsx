import type { LegalBasisView } from "../api/types";
import { t } from "../i18n";

/** The statute + article behind a page or an answer, with its source. */
export function LegalBasis({ bases, headingId }: { bases: LegalBasisView[]; headingId: string }) {
  if (bases.length === 0) return null;
  return (
    <section class="legal" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("lesson-legal-basis")}</h3>
      <ul>
        {bases.map((b, i) => (
          <li key={i}>
            <strong>
              {b.law} {b.article}
            </strong>
            {b.sourceTitle && <span> — {b.sourceTitle}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
