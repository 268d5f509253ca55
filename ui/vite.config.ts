import { defineConfig } from "vite";

// Plain Vite + esbuild's JSX transform for Preact: no framework plugin needed.
export default defineConfig({
  clearScreen: false,
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  server: { port: 5173, strictPort: true, fs: { allow: [".."] } },
  build: { target: "es2021", outDir: "dist", emptyOutDir: true, assetsInlineLimit: 0 },
});
