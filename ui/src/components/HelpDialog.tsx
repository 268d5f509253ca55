// The help page. It is a dialog over whatever screen is open, so it is reachable from every
// screen; opening it calls only `help_page`, which records and logs nothing.

import { useEffect, useRef, useState } from "preact/hooks";
import { commands } from "../api/commands";
import type { HelpView } from "../api/types";
import { lang, t } from "../i18n";
import { QuickExitButton } from "./QuickExitButton";
import { RichText } from "./RichText";

export function HelpDialog({ onClose, onQuickExit }: { onClose: () => void; onQuickExit: () => void }) {
  const [help, setHelp] = useState<HelpView | null>(null);
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    commands.helpPage(lang()).then(setHelp, () => setFailed(true));
    heading.current?.focus();
  }, []);

  return (
    <div class="dialog-backdrop">
      {/* Esc closes the dialog; a second Esc within a second is still the quick exit (app.tsx). */}
      <div
        class="dialog-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        onKeyDown={(e) => {
          if (e.key === "Escape") onClose();
        }}
      >
        {/* Stays in view while the help scrolls: quick exit and close are always one click away. */}
        <div class="dialog-top">
          <h1 id="help-title" tabIndex={-1} ref={heading}>
            {t("help-title")}
          </h1>
          <p class="dialog-actions">
            <QuickExitButton action="quick-exit-from-help" onQuickExit={onQuickExit} />
            <button type="button" class="primary" data-action="help-close" onClick={onClose}>
              {t("help-close")}
            </button>
          </p>
        </div>
        <p>{t("help-intro")}</p>
        <p class="hint">{t("help-not-logged")}</p>
        {failed && <p role="alert">{t("help-unavailable")}</p>}
        {help && (
          <>
            <h2>{t("help-services")}</h2>
            <ul class="module-list">
              {help.services.map((s) => (
                <li key={s.id} class="card" data-service={s.id}>
                  <h3>{s.name}</h3>
                  {s.phone && <p class="phone">{t("help-phone", { phone: s.phone })}</p>}
                  {s.url && <p>{t("help-website", { url: s.url })}</p>}
                  {s.hours && <p>{t("help-hours", { hours: s.hours })}</p>}
                  <p>{s.what}</p>
                </li>
              ))}
            </ul>
            {help.guides.map((g) => (
              <section key={g.id} class="card" aria-labelledby={`guide-${g.id}`}>
                <h2 id={`guide-${g.id}`}>{g.title}</h2>
                <RichText text={g.body} />
              </section>
            ))}
            <p class="hint">{t("help-as-of", { date: help.asOf })}</p>
          </>
        )}
      </div>
    </div>
  );
}
