// @ts-check
// The text of the window's first screens: the sign-in screen, the privacy notice, the header
// (settings, help button, sign-out), the quick exit and the neutral screen it leaves. The first
// font subset holds exactly these characters (scripts/subset-fonts.sh), so the sign-in screen is
// painted after a small font file; everything else is in the rest subset, which the window
// fetches only when a character needs it. ui/tests/fonts.test.mjs checks that the first subset
// still holds every character here.
//
//   node scripts/lib/first-screen.mjs   # prints the characters, one string, sorted

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Fluent files shown whole on the first screens. */
const WHOLE_FILES = ["common.ftl", "signin.ftl", "privacy.ftl"];
/** Single messages of other files that the first screens show. */
const MESSAGES = { "teacher.ftl": ["teacher-mode", "teacher-lock"], "errors.ftl": ["errors-unexpected"] };
const LANGS = ["ko", "en"];
/** The first screens' components: the few characters they draw themselves (the header's "A−"). */
const SOURCES = [
  "ui/src/app.tsx",
  "ui/src/components/Header.tsx",
  "ui/src/components/QuickExitButton.tsx",
  "ui/src/screens/PrivacyNotice.tsx",
  "ui/src/screens/SignIn.tsx",
];

/**
 * Zero-width and space characters text may carry: in the first subset's range, so that none of
 * them makes the window fetch the rest subset (they need no glyph of their own).
 */
export const INVISIBLE = [0xa0, 0xad, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0x2068, 0x2069, 0xfeff];

/**
 * The text of each message of a Fluent file (values, attributes, variants; comments left out),
 * by message id.
 * @param {string} source
 * @returns {Map<string, string>}
 */
export function messages(source) {
  /** @type {Map<string, string>} */
  const out = new Map();
  let id = "";
  for (const line of source.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const head = /^([a-zA-Z][\w-]*)\s*=\s?(.*)$/.exec(line);
    if (head) {
      id = head[1];
      out.set(id, head[2]);
    } else if (id && /^\s/.test(line)) {
      // An indented line continues the message (multi-line text, `.attribute = …`, variants).
      out.set(id, `${out.get(id)}\n${line.trim().replace(/^\.[\w-]+\s*=\s?/, "")}`);
    }
  }
  return out;
}

/**
 * Every code point of the first screens' text in both languages and of their components' own
 * characters, printable ASCII and the invisible characters, sorted.
 * @returns {number[]}
 */
export function firstScreenCodePoints() {
  /** @type {Set<number>} */
  const points = new Set(INVISIBLE);
  for (let c = 0x20; c <= 0x7e; c++) points.add(c);
  for (const lang of LANGS) {
    const read = (/** @type {string} */ file) =>
      messages(readFileSync(path.join(ROOT, "locales", lang, file), "utf8"));
    /** @type {string[]} */
    const texts = [];
    for (const file of WHOLE_FILES) texts.push(...read(file).values());
    for (const [file, ids] of Object.entries(MESSAGES)) {
      const all = read(file);
      for (const id of ids) {
        const text = all.get(id);
        if (text === undefined) throw new Error(`${lang}/${file} has no message ${id}`);
        texts.push(text);
      }
    }
    for (const text of texts) {
      for (const ch of text) {
        const c = ch.codePointAt(0);
        // Line breaks and tabs of the Fluent source are layout, not text.
        if (c !== undefined && c >= 0x20) points.add(c);
      }
    }
  }
  for (const file of SOURCES) {
    for (const ch of readFileSync(path.join(ROOT, file), "utf8")) {
      const c = ch.codePointAt(0);
      if (c !== undefined && c > 0x7e) points.add(c);
    }
  }
  return [...points].sort((a, b) => a - b);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(String.fromCodePoint(...firstScreenCodePoints()));
}
