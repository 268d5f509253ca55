// Teacher mode is behind a password set on first use (stored by the Rust side as an Argon2 hash).

import { useState } from "preact/hooks";
import { LIMITS } from "../../api/constants";
import { t } from "../../i18n";

interface Props {
  passwordSet: boolean;
  busy: boolean;
  onSubmit: (password: string, confirm: string) => void;
  onCancel: () => void;
}

export function TeacherGate({ passwordSet, busy, onSubmit, onCancel }: Props) {
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {passwordSet ? t("teacher-unlock-title") : t("teacher-setup-title")}
      </h1>
      <p>{passwordSet ? t("teacher-unlock-intro") : t("teacher-setup-intro")}</p>
      <form
        class="signin"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(password, passwordSet ? password : confirm);
        }}
      >
        <label>
          {t("teacher-password")}
          <input
            id="teacher-password"
            type="password"
            required
            minLength={LIMITS.teacherPasswordMinChars}
            autoComplete="off"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </label>
        {!passwordSet && (
          <label>
            {t("teacher-password-confirm")}
            <input
              id="teacher-password-confirm"
              type="password"
              required
              minLength={LIMITS.teacherPasswordMinChars}
              autoComplete="off"
              value={confirm}
              onInput={(e) => setConfirm(e.currentTarget.value)}
            />
          </label>
        )}
        <div class="pager">
          <button type="submit" class="primary" data-action="submit-password" disabled={busy}>
            {passwordSet ? t("teacher-unlock") : t("teacher-setup")}
          </button>
          <button type="button" onClick={onCancel}>
            {t("common-back")}
          </button>
        </div>
      </form>
    </section>
  );
}
