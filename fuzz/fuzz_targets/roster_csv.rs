//! Roster CSV import (UTF-8 with or without BOM, or CP949): rows or a clear error, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(rows) = jikim_hub::store::parse_roster_csv(data) {
        for (number, name) in rows {
            assert!(number >= 1 && !name.trim().is_empty());
        }
    }
});
