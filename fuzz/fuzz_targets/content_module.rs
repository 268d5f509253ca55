//! The content-pack parser and validator on arbitrary text: it must return a module or a list of
//! issues with line numbers inside the text, never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let today = jikim_core::content::Date::from_calendar_date(2026, jikim_core::content::Month::November, 24)
        .expect("valid date");
    match jikim_core::content::parse_module(text, std::path::Path::new("fuzz.toml"), today) {
        Ok(module) => {
            // A module that passed the checker has what the app relies on.
            assert!(!module.items.is_empty() && !module.pages.is_empty());
            for item in &module.items {
                assert!(!item.correct_ids().is_empty(), "every item has a correct answer");
            }
        }
        Err(issues) => {
            assert!(!issues.is_empty());
            let lines = text.lines().count().max(1);
            for issue in issues {
                assert!(issue.line >= 1 && issue.line <= lines + 1, "line {} of {lines}", issue.line);
            }
        }
    }
});
