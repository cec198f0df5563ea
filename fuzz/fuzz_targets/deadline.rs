//! Any text as deadline wording: never a panic, and a due date is never before the year began
//! when the wording names a period.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan::deadline::{Deadline, parse};

fuzz_target!(|text: &str| {
    if let Ok(Deadline::Dated {
        due,
        period: Some(period),
    }) = parse(text, 2023)
    {
        assert_eq!(due, period.end());
        assert!(period.start() <= period.end());
    }
});
