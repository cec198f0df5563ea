//! Any text as a period name or a date on the command line: never a panic, and names that parse
//! print back as themselves.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan::cli::{parse_day, parse_quarter};
use plan::period::{Every, Period, Years, occurrence};

fuzz_target!(|text: &str| {
    if let Ok(period) = text.parse::<Period>() {
        assert!(period.start() <= period.end());
        assert_eq!(period.to_string().parse::<Period>(), Ok(period));
    }
    let _ = parse_day(text);
    let _ = parse_quarter(text);
    let _ = plan::deadline::date(text, 2023);
    // An occurrence named as people write it (`Quý 1`, `Tháng 6`, `6 tháng đầu năm`) is one of
    // the plan's years.
    let years = Years {
        first: 2023,
        last: 2024,
    };
    for every in [Every::Month, Every::Quarter, Every::Half, Every::Year] {
        if let Ok(period) = occurrence(text, every, years, "I.1") {
            assert!((2023..=2024).contains(&period.year), "{period}");
        }
    }
});
