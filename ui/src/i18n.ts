// UI text comes only from the Fluent files under locales/ (the same files Rust embeds).

import { FluentBundle, FluentResource } from "@fluent/bundle";

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

/** Formats message `id`; falls back to Korean, then to the id itself (tests catch gaps). */
export function t(id: string, args?: Record<string, string | number>): string {
  for (const bundle of [bundles[current], bundles.ko]) {
    const msg = bundle.getMessage(id);
    if (msg?.value) {
      return bundle.formatPattern(msg.value, args ?? {});
    }
  }
  return id;
}
