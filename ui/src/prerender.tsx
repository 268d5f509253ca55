// The first screen as static HTML, written into index.html at build time (vite.config.ts), so the
// window paints the sign-in screen as soon as the page is parsed, as a plain page does, instead of
// after the script, two IPC calls and a render. It is the App itself, rendered in Node with the
// Korean Fluent files and the default settings: the same markup the script draws on a fresh PC
// (no learner, no start-up error). main.tsx renders the live App onto it (Preact corrects what
// differs on a PC set to English, with a remembered hub address or a start-up error) and only then
// makes the page interactive.

import { renderToString } from "preact-render-to-string";
import { DEFAULT_SETTINGS } from "./api/constants";
import { App } from "./app";
import { t } from "./i18n";

// The version is not shown on any screen.
const boot = { version: "", startupError: null, learner: null };

/** The sign-in screen's markup, for `<div id="app">` of index.html. */
export function renderFirstScreen(): string {
  return renderToString(<App boot={boot} initialSettings={DEFAULT_SETTINGS} />);
}

/**
 * The neutral screen, which the quick exit shows before the App is there (safetyAtStart.ts):
 * its markup (the App's own on that screen) and its title, for `<template id="neutral-screen">`.
 */
export function renderNeutralScreen(): { html: string; title: string } {
  return {
    html: renderToString(<App boot={boot} initialSettings={DEFAULT_SETTINGS} startNeutral />),
    title: t("common-neutral-title"),
  };
}
