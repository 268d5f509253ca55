// The window's two start-up calls, sent as soon as this module is evaluated. boot.ts loads it
// once the first screen is painted, beside the app's script (main.tsx, about 230 KB), which then
// still has to be fetched and compiled: the Rust side opens the database and parses the module
// library meanwhile (`bootstrap` lets it begin: src-tauri/src/state.rs, OpeningGate), and not
// while the first screen is being laid out and painted. main.tsx takes the replies from here.
import { commands } from "./commands";

export const booting = commands.bootstrap();
export const gettingSettings = commands.getSettings();
// Handled where they are awaited (main.tsx); never an unhandled rejection meanwhile.
booting.catch(() => undefined);
gettingSettings.catch(() => undefined);
