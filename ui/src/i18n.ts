// UI text comes only from the Fluent files under locales/ (the same files Rust embeds). `t` is
// typed by messages.ts, generated from locales/ko: tsc checks every id and argument name.

import { FluentBundle, type FluentResource } from "@fluent/bundle";
import type { FluentArg, MessageId, Messages } from "./messages";

export type { MessageId } from "./messages";

// Parsed at build time (vite.config.ts, `precompiledFluent`): each file arrives as JSON of the
// messages @fluent/bundle's parser makes of it, the `body` of a FluentResource.
const files = import.meta.glob("../../locales/*/*.ftl", { query: "?fluent", import: "default", eager: true }) as Record<
  string,
  string
>;

export type Lang = "ko" | "en";

// Each file is added to its language's bundle the first time one of its messages is shown (a
// message id starts with its file's name, tested in tests/locales.rs, and no message refers to
// another).
const sources = new Map(
  Object.entries(files).map(([path, json]) => [path.replace(/^.*\/locales\/(\w+)\/(\w+)\.ftl$/, "$1/$2"), json]),
);
const bundles = new Map<Lang, FluentBundle>();

/** The language's bundle, holding the file of message `id`. */
function bundleFor(lang: Lang, id: string): FluentBundle {
  let bundle = bundles.get(lang);
  if (!bundle) {
    bundle = new FluentBundle(lang, { useIsolating: false });
    bundles.set(lang, bundle);
  }
  const file = `${lang}/${id.split("-", 1)[0]}`;
  const json = sources.get(file);
  if (json !== undefined) {
    sources.delete(file);
    // A FluentResource is its `body` and nothing else; the bundle reads only that.
    bundle.addResource({ body: JSON.parse(json) } as FluentResource);
  }
  return bundle;
}

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
export function tMessage(id: MessageId, args: Record<string, FluentArg> = {}): string {
  return format(id, args);
}

function format(id: string, args: Record<string, FluentArg>): string {
  for (const bundle of [bundleFor(current, id), bundleFor("ko", id)]) {
    const msg = bundle.getMessage(id);
    if (msg?.value) {
      return bundle.formatPattern(msg.value, args);
    }
  }
  return id;
}
