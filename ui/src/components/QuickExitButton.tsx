// The quick-exit button: the same look, label and hint wherever it stands (the header, the help
// dialog). `action` names the place for tests; the exit itself is app.tsx's `quickExit`.
import { t } from "../i18n";

export function QuickExitButton({ action, onQuickExit }: { action: string; onQuickExit: () => void }) {
  return (
    <button
      type="button"
      class="quick-exit"
      data-action={action}
      onClick={onQuickExit}
      title={t("common-quick-exit-hint")}
    >
      {t("common-quick-exit")}
    </button>
  );
}
