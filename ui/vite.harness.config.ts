import { defineConfig, mergeConfig, type UserConfig } from "vite";
import base from "./vite.config";

// The test build for ui/tests/: the same app and settings as the production build, entered through
// harness.html (Tauri IPC mocked, src/testing/) and written to dist-harness, so ui/dist is
// untouched and the production bundle never contains the mock.
export default mergeConfig(
  base as UserConfig,
  defineConfig({
    build: {
      outDir: "dist-harness",
      emptyOutDir: true,
      rolldownOptions: { input: "harness.html" },
    },
  }),
);
