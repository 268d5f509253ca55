// UI text comes only from the Fluent files under locales/ (the same files Rust embeds). `t` is
// typed by messages.ts, generated from locales/ko: tsc checks every id and argument name.

import { FluentBundle, FluentResource } from "@fluent/bundle";
import type { FluentArg, MessageId, Messages } from "./messages";

export type { MessageId } from "./messages";

const files = import.meta.glob("../../locales/*/*.ftl", { query: "?raw", import: "default", eager: true }) as Record<
  string,
  string
>;

export type Lang = "ko" | "en";

function bundleFor(lang: Lang): FluentBundle {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  for (const [path, text] of Object.entries(files)) {
    if (path.includes(`/locales/${lang}/`)) {
      bundle.addResource(new FluentResource(text));
    }
  }
  return bundle;
}

const bundles: Record<Lang, FluentBundle> = { ko: bundleFor("ko"), en: bundleFor("en") };
let current: Lang = "ko";

export function setLang(lang: Lang): void {
  current = lang;
  document.documentElement.lang = lang;
}

export function lang(): Lang {
  return current;
}

/** What `t` takes after the id: nothing for a message without variables, else exactly its variables. */
export type ArgsOf<K extends MessageId> = K extends MessageId
  ? Messages[K] extends null
    ? []
    : [args: Messages[K]]
  : never;

/** Formats message `id`, e.g. `t("home-score", { percent })`; falls back to Korean, then to the id. */
export function t<K extends MessageId>(id: K, ...args: ArgsOf<K>): string {
  return format(id, args[0] ?? {});
}

/**
 * A message that arrived as data: an error's, an issue's or the sync state's `messageId` and
 * `args`, made by the core through its own typed accessors (checked by rustc there).
 */
export function tMessage(id: string, args: Record<string, FluentArg> = {}): string {
  return format(id, args);
}

function format(id: string, args: Record<string, FluentArg>): string {
  for (const bundle of [bundles[current], bundles.ko]) {
    const msg = bundle.getMessage(id);
    if (msg?.value) {
      return bundle.formatPattern(msg.value, args);
    }
  }
  return id;
}
