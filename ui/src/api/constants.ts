// Generated from the Rust side by src-tauri/src/contract.rs (`cargo test -p jikim-app contract`): do not edit.

import type { Limits, Settings } from "./types";

/** What a person may type: the bounds the core checks (`jikim_core::limits`). */
export const LIMITS: Limits = {
  "grade": {
    "min": 1,
    "max": 12
  },
  "classNo": {
    "min": 1,
    "max": 99
  },
  "number": {
    "min": 1,
    "max": 99
  },
  "nameChars": 40,
  "pinDigits": {
    "min": 4,
    "max": 6
  },
  "teacherPasswordMinChars": 8,
  "schoolNameChars": 60,
  "schoolYear": {
    "min": 2000,
    "max": 2100
  },
  "hubPort": {
    "min": 1024,
    "max": 65535
  },
  "owedMinutes": {
    "min": 0,
    "max": 6000
  }
};

/** A fresh PC's settings (`Settings::default()` in src-tauri). */
export const DEFAULT_SETTINGS: Settings = {
  "locale": "ko",
  "fontScale": 1.0,
  "highContrast": false,
  "role": "student",
  "hubAddress": "",
  "idleSeconds": 600,
  "schoolName": ""
};

/** The error argument naming the file of several picked that was refused (`jikim_core::i18n::REFUSED_FILE_ARG`). */
export const REFUSED_FILE_ARG = "refusedFile";
