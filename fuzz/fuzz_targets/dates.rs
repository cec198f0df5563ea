//! Any text as a period name or a date on the command line: never a panic, and names that parse
//! print back as themselves.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan::cli::{parse_day, parse_quarter};
use plan::period::Period;

fuzz_target!(|text: &str| {
    if let Ok(period) = text.parse::<Period>() {
        assert!(period.start() <= period.end());
        assert_eq!(period.to_string().parse::<Period>(), Ok(period));
    }
    let _ = parse_day(text);
    let _ = parse_quarter(text);
    let _ = plan::deadline::date(text, 2023);
});
