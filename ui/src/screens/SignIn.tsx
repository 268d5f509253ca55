import { useState } from "preact/hooks";
import { LIMITS } from "../api/constants";
import type { JoinInput, SignIn as SignInData } from "../api/types";
import { NumberInput } from "../components/NumberInput";
import { type MessageId, t } from "../i18n";

interface Props {
  onSubmit: (s: SignInData, join: JoinInput | null) => void;
  hubAddress: string;
  onTeacher: () => void;
  onPrivacy: () => void;
  busy: boolean;
  notice: MessageId | null;
}

export function SignIn({ onSubmit, onTeacher, onPrivacy, busy, notice, hubAddress }: Props) {
  const [grade, setGrade] = useState("");
  const [classNo, setClassNo] = useState("");
  const [number, setNumber] = useState("");
  const [name, setName] = useState("");
  const [pin, setPin] = useState("");
  const [joinCode, setJoinCode] = useState("");
  const [address, setAddress] = useState(hubAddress);
  return (
    <section class="signin" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        {t("signin-title")}
      </h1>
      {notice && (
        <p class="card" role="status" data-notice="signed-out">
          {t(notice)}
        </p>
      )}
      <p>{t("signin-intro")}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit(
            {
              grade: Number(grade),
              classNo: Number(classNo),
              number: Number(number),
              name,
              pin: pin.trim() === "" ? null : pin.trim(),
            },
            joinCode.trim() === "" ? null : { joinCode: joinCode.trim(), hubAddress: address.trim() },
          );
        }}
      >
        {/* Who the learner is, and beside it on a wide window the optional class joining, so that
            the start button is in view without scrolling on a lab PC's 1366 x 768 screen. */}
        <div class="signin-identity">
          <div class="row">
            <label>
              {t("signin-grade")}
              <NumberInput id="signin-grade" required limit={LIMITS.grade} value={grade} onValue={setGrade} />
            </label>
            <label>
              {t("signin-class")}
              <NumberInput id="signin-class" required limit={LIMITS.classNo} value={classNo} onValue={setClassNo} />
            </label>
            <label>
              {t("signin-number")}
              <NumberInput id="signin-number" required limit={LIMITS.number} value={number} onValue={setNumber} />
            </label>
          </div>
          <label>
            {t("signin-name")}
            <input
              id="signin-name"
              type="text"
              required
              maxLength={LIMITS.nameChars}
              autoComplete="off"
              value={name}
              onInput={(e) => setName(e.currentTarget.value)}
            />
          </label>
          <label>
            {t("signin-pin")}
            <input
              id="signin-pin"
              type="password"
              inputMode="numeric"
              pattern={`[0-9]{${LIMITS.pinDigits.min},${LIMITS.pinDigits.max}}`}
              maxLength={LIMITS.pinDigits.max}
              autoComplete="off"
              aria-describedby="signin-pin-hint"
              value={pin}
              onInput={(e) => setPin(e.currentTarget.value)}
            />
          </label>
          <p class="hint" id="signin-pin-hint">
            {t("signin-pin-hint")}
          </p>
        </div>
        <fieldset>
          <legend>{t("signin-join-title")}</legend>
          <p class="hint" id="signin-join-hint">
            {t("signin-join-hint")}
          </p>
          <label>
            {t("signin-join-code")}
            <input
              id="signin-join-code"
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellcheck={false}
              maxLength={12}
              placeholder="K7Q2-M9XA"
              aria-describedby="signin-join-hint"
              value={joinCode}
              onInput={(e) => setJoinCode(e.currentTarget.value)}
            />
          </label>
          <label>
            {t("signin-hub-address")}
            <input
              id="signin-hub-address"
              type="text"
              autoComplete="off"
              spellcheck={false}
              placeholder="192.168.0.10:7443"
              value={address}
              onInput={(e) => setAddress(e.currentTarget.value)}
            />
          </label>
        </fieldset>
        <div class="signin-submit">
          <button type="submit" class="primary" data-action="sign-in" disabled={busy}>
            {t("signin-submit")}
          </button>
        </div>
      </form>
      <p>
        <button type="button" data-action="teacher-mode" onClick={onTeacher}>
          {t("teacher-mode")}
        </button>{" "}
        <button type="button" data-action="open-privacy" onClick={onPrivacy}>
          {t("privacy-open")}
        </button>
      </p>
    </section>
  );
}
