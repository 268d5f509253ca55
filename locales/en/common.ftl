### Text shared by every screen: header, quick exit, help, settings.

common-app-name = Jikim
common-app-tagline = Digital sex crime prevention education
common-skip-to-content = Skip to main content
common-loading = Loading…
## Quick exit: lets a student who may have been harmed hide the screen at once.
common-quick-exit = Quick exit
common-quick-exit-hint = Press Esc twice to leave at once
common-help = Get help
common-sign-out = Sign out
common-settings = Display settings
common-language = Language
common-language-ko = 한국어
common-language-en = English
common-font-size = Text size
common-font-smaller = Smaller text
common-font-larger = Larger text
common-high-contrast = High contrast
common-law-as-of = Law as of { $date }
common-back = Back
common-error-title = Something went wrong
common-error-retry = Try again
common-broken-modules = Some modules could not be opened
common-broken-module-file = File: { $file }
## The neutral screen after a quick exit. It does not reveal what was being studied.
common-neutral-title = New screen
common-neutral-body = Press the button below to start.
common-neutral-continue = Go to start screen
