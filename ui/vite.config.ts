import { readFile } from "node:fs/promises";
import { FluentResource } from "@fluent/bundle";
import { createServer, defineConfig, type Plugin } from "vite";
import { NEUTRAL_TEMPLATE_ID } from "./src/safetyAtStart";

const esbuild = { jsx: "automatic", jsxImportSource: "preact" } as const;

/**
 * `locales/<lang>/<file>.ftl?fluent` (src/i18n.ts): the Fluent file parsed here, at build time, by the
 * same @fluent/bundle the window runs, and shipped as the parsed messages in a JSON string, which
 * the window parses when the file is first needed (src/i18n.ts). The window then never runs Fluent's
 * parser: at start it ran hot enough (a `replace` per pattern) for WebKit to
 * compile it with its optimising JIT, whose code alone is about 2.5 MB of memory (issue 18).
 */
function precompiledFluent(): Plugin {
  return {
    name: "jikim-precompiled-fluent",
    enforce: "pre",
    async load(id) {
      const [file, query] = id.split("?", 2);
      if (query !== "fluent" || !file?.endsWith(".ftl")) return null;
      this.addWatchFile(file);
      const { body } = new FluentResource(await readFile(file, "utf8"));
      return `export default ${JSON.stringify(JSON.stringify(body))};`;
    },
  };
}

/** The neutral screen the quick exit shows before the App is there (src/safetyAtStart.ts). */
function neutralTemplate({ html, title }: { html: string; title: string }): string {
  const attr = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return `<template id="${NEUTRAL_TEMPLATE_ID}" data-title="${attr}">${html}</template>`;
}

/**
 * Writes the first screen (src/prerender.tsx: the App's sign-in screen in Korean with default
 * settings) into `<div id="app">` of the built page, inert until main.tsx renders the live App onto
 * it: the window paints the sign-in screen as soon as the HTML is parsed, as a plain page does
 * (the page's entry, src/boot.ts, loads the app's script only after that first frame).
 * The App is loaded through a Vite server in middleware mode (no port), so its imports resolve as
 * in the bundle (the Fluent files' `import.meta.glob`, `?raw`).
 */
function prerenderFirstScreen(): Plugin {
  return {
    name: "jikim-prerender-first-screen",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      async handler(html, ctx) {
        const server = await createServer({
          configFile: false,
          root: import.meta.dirname,
          logLevel: "error",
          esbuild,
          plugins: [precompiledFluent()],
          server: { middlewareMode: true, hmr: false, watch: null, fs: { allow: [".."] } },
          appType: "custom",
        });
        try {
          const mod = (await server.ssrLoadModule("/src/prerender.tsx")) as typeof import("./src/prerender");
          const empty = '<div id="app"></div>';
          if (!html.includes(empty)) throw new Error(`prerender: no ${empty} in the page`);
          // The first font subsets (scripts/subset-fonts.sh) are fetched with the page, not once the
          // style sheet is parsed and the screen laid out: the first screen's text waits for them.
          const fonts = Object.keys(ctx.bundle ?? {}).filter((f) => /\.first-[\w-]+\.woff2$/.test(f));
          const preload = fonts
            .map((f) => `<link rel="preload" href="/${f}" as="font" type="font/woff2" crossorigin>`)
            .join("\n    ");
          return html
            .replace("</title>", `</title>\n    ${preload}`)
            .replace(
              empty,
              `<div id="app" inert>${mod.renderFirstScreen()}</div>\n    ${neutralTemplate(mod.renderNeutralScreen())}`,
            );
        } finally {
          await server.close();
        }
      },
    },
  };
}

// Plain Vite + esbuild's JSX transform for Preact: no framework plugin needed.
export default defineConfig({
  clearScreen: false,
  esbuild,
  plugins: [precompiledFluent(), prerenderFirstScreen()],
  server: { port: 5173, strictPort: true, fs: { allow: [".."] } },
  build: { target: "es2021", outDir: "dist", emptyOutDir: true, assetsInlineLimit: 0 },
});
