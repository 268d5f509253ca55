// The page's entry. The first screen is already in index.html, pre-rendered at build time
// (prerender.tsx); this only brings the style sheet and loads the app (main.tsx) after the window
// has painted that screen once. The app's script (about 230 KB) is otherwise compiled and run
// before the first paint, which then comes about 35 ms later than a plain page's (issue 18).
import "./styles.css";
import { armSafetyAtStart } from "./safetyAtStart";

// The quick exit and help answer from the first frame, before the app does.
const root = document.getElementById("app");
if (root) armSafetyAtStart(root);

requestAnimationFrame(() => {
  // The frame this callback precedes is painted before the timer fires. The start-up calls go out
  // first, from a small script of their own, while the app's script loads (api/startup.ts).
  setTimeout(() => {
    void import("./api/startup");
    void import("./main");
  }, 0);
});
