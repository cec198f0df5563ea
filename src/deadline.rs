//! Deadline wording ("Quý 2/ 2023", "Thường xuyên", "Định kỳ quý, năm" ...) read into a kind
//! and, where there is one, a due date.

use std::fmt;

use chrono::NaiveDate;

use crate::period::{Every, Period};
use crate::text::fold;

/// The deadline kinds of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Dated,
    Continuous,
    Periodic,
    Event,
    External,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Dated => "dated",
            Kind::Continuous => "continuous",
            Kind::Periodic => "periodic",
            Kind::Event => "event",
            Kind::External => "external",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a deadline's wording means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deadline {
    /// Due on a day: the end of the named period (`period`), or a date given outright.
    Dated {
        due: NaiveDate,
        period: Option<Period>,
    },
    /// "Thường xuyên": ongoing, never overdue.
    Continuous,
    /// Recurs every `Every` within the plan's year, each occurrence due at its period's end.
    Periodic(Every),
    /// Triggered by an event ("Sau khi có thông báo ..."): no due date until one is set.
    Event,
    /// Set by another document ("Theo Kế hoạch số ..."): no due date until one is set.
    External,
}

impl Deadline {
    pub fn kind(self) -> Kind {
        match self {
            Deadline::Dated { .. } => Kind::Dated,
            Deadline::Continuous => Kind::Continuous,
            Deadline::Periodic(_) => Kind::Periodic,
            Deadline::Event => Kind::Event,
            Deadline::External => Kind::External,
        }
    }

    pub fn due(self) -> Option<NaiveDate> {
        match self {
            Deadline::Dated { due, .. } => Some(due),
            _ => None,
        }
    }

    pub fn every(self) -> Option<Every> {
        match self {
            Deadline::Periodic(every) => Some(every),
            _ => None,
        }
    }

    /// How the wording was read, in a few words, for `plan show`.
    pub fn describe(self) -> String {
        match self {
            Deadline::Dated {
                due,
                period: Some(period),
            } => format!("dated: end of {period}, due {due}"),
            Deadline::Dated { due, period: None } => format!("dated: due {due}"),
            Deadline::Continuous => "continuous: ongoing, never overdue".to_string(),
            Deadline::Periodic(every) => {
                format!("periodic: every {every}, each occurrence due at the end of its {every}")
            }
            Deadline::Event => "event: no due date until one is set with `plan due`".to_string(),
            Deadline::External => {
                "external: set by another document; no due date until one is set with `plan due`"
                    .to_string()
            }
        }
    }
}

/// Wording that could not be read, with what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadlineError {
    pub message: String,
    pub help: String,
}

impl fmt::Display for DeadlineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DeadlineError {}

const EXAMPLES: &str = "write it as the document does (`Quý 2/2023`, `Tháng 10/2023`, `Năm 2023`, \
     `Trước ngày 15/12/2023`, `Thường xuyên`, `Định kỳ quý`, `Khi có văn bản hướng dẫn ...`), \
     or add `due = 2023-06-30` to the task";

/// Reads deadline wording; a missing year means `plan_year`.
pub fn parse(wording: &str, plan_year: i32) -> Result<Deadline, DeadlineError> {
    let text = tidy(&fold(wording));
    let unreadable = || DeadlineError {
        message: format!("deadline `{}` fits no kind", wording.trim()),
        help: EXAMPLES.to_string(),
    };
    if text.is_empty() {
        return Err(DeadlineError {
            message: "deadline is empty".to_string(),
            help: "leave `deadline` out when the document gives none, or write its wording"
                .to_string(),
        });
    }
    if ["thuong xuyen", "lien tuc", "hang ngay"]
        .iter()
        .any(|p| text.starts_with(p))
    {
        return Ok(Deadline::Continuous);
    }
    if let Some(every) = periodic(&text) {
        return every.map(Deadline::Periodic).ok_or_else(|| DeadlineError {
            message: format!("deadline `{}` says periodic but not how often", wording.trim()),
            help: "name the period: `Định kỳ tháng`, `Định kỳ quý`, `Định kỳ 6 tháng` or `Định kỳ năm`"
                .to_string(),
        });
    }
    const EVENT: [&str; 7] = [
        "sau khi ",
        "khi ",
        "ngay khi ",
        "ngay sau khi ",
        "dot xuat",
        "theo yeu cau",
        "khi co yeu cau",
    ];
    if EVENT.iter().any(|p| text.starts_with(p)) {
        return Ok(Deadline::Event);
    }
    if text.starts_with("theo ") {
        return Ok(Deadline::External);
    }
    match dated(&text, plan_year) {
        Some(Ok(deadline)) => Ok(deadline),
        Some(Err(date)) => Err(DeadlineError {
            message: format!(
                "deadline `{}` names an impossible date ({date})",
                wording.trim()
            ),
            help: "check the day and month: the date does not exist in the calendar".to_string(),
        }),
        None => Err(unreadable()),
    }
}

/// Single spaces, no space around `/`, no final full stop, and the old spelling "quí" as "quý".
fn tidy(folded: &str) -> String {
    folded
        .replace(" /", "/")
        .replace("/ ", "/")
        .trim_end_matches(['.', ' ', ';'])
        .split(' ')
        .map(|word| match word {
            "qui" => "quy",
            "qui," => "quy,",
            word => word,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `None` if the wording is not periodic; `Some(None)` if it is but names no frequency.
fn periodic(text: &str) -> Option<Option<Every>> {
    let rest = [
        "dinh ky",
        "hang ",
        "moi ",
        "6 thang mot lan",
        "sau thang mot lan",
    ]
    .iter()
    .find_map(|p| text.strip_prefix(p).map(|_| text))?;
    // "6 tháng" and "nửa năm" are halves; take them out before looking for "tháng" and "năm".
    let mut rest = rest.to_string();
    let mut found = Vec::new();
    for half in ["6 thang", "sau thang", "nua nam"] {
        if rest.contains(half) {
            found.push(Every::Half);
            rest = rest.replace(half, " ");
        }
    }
    for word in rest.split(|c: char| !c.is_alphanumeric()) {
        match word {
            "thang" => found.push(Every::Month),
            "quy" => found.push(Every::Quarter),
            "nam" => found.push(Every::Year),
            _ => {}
        }
    }
    Some(found.into_iter().min())
}

/// A dated deadline; `Some(Err(text))` when the words fit but the date does not exist.
fn dated(text: &str, plan_year: i32) -> Option<Result<Deadline, String>> {
    let text = ["hoan thanh ", "trong ", "cuoi "]
        .iter()
        .fold(text, |t, p| t.strip_prefix(p).unwrap_or(t));
    let by_period = |period: Option<Period>| {
        period.map(|period| {
            Ok(Deadline::Dated {
                due: period.end(),
                period: Some(period),
            })
        })
    };
    if let Some(rest) = text.strip_prefix("quy ") {
        let (number, year) = number_and_year(rest, true, plan_year)?;
        return by_period(Period::quarter(year, number));
    }
    if let Some(rest) = text.strip_prefix("thang ") {
        let (number, year) = number_and_year(rest, false, plan_year)?;
        return by_period(Period::month(year, number));
    }
    for (prefix, half) in [("6 thang dau nam", 1), ("6 thang cuoi nam", 2)] {
        if let Some(rest) = text.strip_prefix(prefix) {
            let year = match rest.trim_start_matches(['/', ' ']) {
                "" => plan_year,
                y => year(y)?,
            };
            return by_period(Period::half(year, half));
        }
    }
    if text == "nam" {
        return by_period(Some(Period::year(plan_year)));
    }
    if let Some(rest) = text.strip_prefix("nam ") {
        return by_period(Some(Period::year(year(rest)?)));
    }
    if let Some(y) = year(text) {
        return by_period(Some(Period::year(y)));
    }
    let rest = ["truoc ngay ", "truoc ", "ngay ", "han "]
        .iter()
        .find_map(|p| text.strip_prefix(p))
        .unwrap_or(text);
    date(rest, plan_year).map(|parsed| parsed.map(|due| Deadline::Dated { due, period: None }))
}

/// "2", "02", "II" (when `roman`), then an optional year: "/2023", " nam 2023", "-2023".
fn number_and_year(text: &str, roman: bool, plan_year: i32) -> Option<(u32, i32)> {
    let split = text.find(['/', ' ', '-']).unwrap_or(text.len());
    let (head, tail) = text.split_at(split);
    let number = match head {
        _ if head.bytes().all(|b| b.is_ascii_digit()) && (1..=2).contains(&head.len()) => {
            head.parse().ok()?
        }
        "i" if roman => 1,
        "ii" if roman => 2,
        "iii" if roman => 3,
        "iv" if roman => 4,
        _ => return None,
    };
    let tail = tail.trim_start();
    let tail = ["/", "nam ", "-"]
        .iter()
        .find_map(|p| tail.strip_prefix(p))
        .unwrap_or(tail)
        .trim();
    let year = if tail.is_empty() {
        plan_year
    } else {
        year(tail)?
    };
    Some((number, year))
}

fn year(text: &str) -> Option<i32> {
    let text = text.trim();
    (text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// `dd/mm/yyyy`, `dd/mm` (the plan's year), `dd-mm-yyyy`, `dd.mm.yyyy`, `yyyy-mm-dd`, or
/// `dd thang mm nam yyyy`; `Some(Err)` for a day that does not exist, such as 31/02/2023.
pub fn date(text: &str, plan_year: i32) -> Option<Result<NaiveDate, String>> {
    let text = text.trim();
    let spelled = text.replace(" thang ", "/").replace(" nam ", "/");
    let parts: Vec<&str> = spelled.split(['/', '-', '.']).collect();
    let numbers: Vec<u32> = parts
        .iter()
        .map(|p| {
            (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        })
        .collect::<Option<_>>()?;
    let (y, m, d) = match (parts.as_slice(), numbers.as_slice()) {
        ([y, _, _], [year, month, day]) if y.len() == 4 => (*year as i32, *month, *day),
        ([d, m, y], [day, month, year]) if y.len() == 4 && d.len() <= 2 && m.len() <= 2 => {
            (*year as i32, *month, *day)
        }
        ([d, m], [day, month]) if d.len() <= 2 && m.len() <= 2 => (plan_year, *month, *day),
        _ => return None,
    };
    Some(NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| text.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn due(wording: &str) -> NaiveDate {
        match parse(wording, 2023) {
            Ok(Deadline::Dated { due, .. }) => due,
            other => panic!("{wording:?} read as {other:?}"),
        }
    }

    fn kind(wording: &str) -> Kind {
        parse(wording, 2023)
            .unwrap_or_else(|e| panic!("{wording:?}: {e}"))
            .kind()
    }

    fn every(wording: &str) -> Every {
        parse(wording, 2023)
            .unwrap_or_else(|e| panic!("{wording:?}: {e}"))
            .every()
            .unwrap_or_else(|| panic!("{wording:?} is not periodic"))
    }

    #[test]
    fn every_phrase_of_the_seed() {
        assert_eq!(due("Quý 1/ 2023"), day(2023, 3, 31));
        assert_eq!(due("Quý 2/ 2023"), day(2023, 6, 30));
        assert_eq!(due("Tháng 10/2023"), day(2023, 10, 31));
        assert_eq!(due("Tháng 01/2023"), day(2023, 1, 31));
        assert_eq!(due("Năm 2023"), day(2023, 12, 31));
        assert_eq!(kind("Thường xuyên"), Kind::Continuous);
        assert_eq!(every("Định kỳ quý, năm"), Every::Quarter);
        assert_eq!(every("Định kỳ quý hoặc đột xuất"), Every::Quarter);
        assert_eq!(
            kind("Theo Kế hoạch số 3989/KH-UBND ngày 21/11/2022 của UBND tỉnh"),
            Kind::External
        );
        assert_eq!(
            kind("Sau khi có thông báo giao biên chế của tỉnh"),
            Kind::Event
        );
        assert_eq!(
            kind("Khi có văn bản hướng dẫn của Sở Thông tin và Truyền thông"),
            Kind::Event
        );
    }

    #[test]
    fn quarters_arabic_and_roman_with_any_spacing() {
        for (wording, end) in [
            ("Quý 2/2023", day(2023, 6, 30)),
            ("Quý 2 / 2023", day(2023, 6, 30)),
            ("Quý 2 /2023", day(2023, 6, 30)),
            ("Quý II", day(2023, 6, 30)),
            ("Quý II/2023", day(2023, 6, 30)),
            ("Quý IV/2023", day(2023, 12, 31)),
            ("Quý III năm 2023", day(2023, 9, 30)),
            ("quý 3", day(2023, 9, 30)),
            ("QUÝ I", day(2023, 3, 31)),
            ("Quy 4/2023", day(2023, 12, 31)),
            ("Quý 1/2024", day(2024, 3, 31)),
            ("Trong quý 3/2023", day(2023, 9, 30)),
            ("Cuối quý II", day(2023, 6, 30)),
            ("Quý 02/2023", day(2023, 6, 30)),
            ("Quý 4-2023", day(2023, 12, 31)),
        ] {
            assert_eq!(due(wording), end, "{wording}");
        }
    }

    #[test]
    fn months_and_years() {
        for (wording, end) in [
            ("Tháng 02/2023", day(2023, 2, 28)),
            ("Tháng 2/2024", day(2024, 2, 29)),
            ("Tháng 12", day(2023, 12, 31)),
            ("tháng 6", day(2023, 6, 30)),
            ("Tháng 11 năm 2023", day(2023, 11, 30)),
            ("Tháng 9/ 2023", day(2023, 9, 30)),
            ("Trong tháng 4/2023", day(2023, 4, 30)),
            ("Năm 2024", day(2024, 12, 31)),
            ("Trong năm 2023", day(2023, 12, 31)),
            ("2023", day(2023, 12, 31)),
            ("6 tháng đầu năm", day(2023, 6, 30)),
            ("6 tháng cuối năm 2023", day(2023, 12, 31)),
            ("Hoàn thành trong quý 2/2023", day(2023, 6, 30)),
            ("Quí 2/2023", day(2023, 6, 30)),
            ("Trong năm", day(2023, 12, 31)),
            ("Năm", day(2023, 12, 31)),
        ] {
            assert_eq!(due(wording), end, "{wording}");
        }
    }

    #[test]
    fn dates_in_every_spelling() {
        for (wording, end) in [
            ("Trước ngày 15/12/2023", day(2023, 12, 15)),
            ("trước ngày 31/3/2023", day(2023, 3, 31)),
            ("Trước ngày 15/12", day(2023, 12, 15)),
            ("ngày 30/6/2023", day(2023, 6, 30)),
            ("Ngày 05/01/2023", day(2023, 1, 5)),
            ("30/6/2023", day(2023, 6, 30)),
            ("30/06/2023", day(2023, 6, 30)),
            ("30-06-2023", day(2023, 6, 30)),
            ("30.06.2023", day(2023, 6, 30)),
            ("2023-06-30", day(2023, 6, 30)),
            ("15/8", day(2023, 8, 15)),
            ("Ngày 20 tháng 10 năm 2023", day(2023, 10, 20)),
            ("Trước 30/9/2023", day(2023, 9, 30)),
            ("Hạn 10/11/2023", day(2023, 11, 10)),
            ("Trước ngày 15/12/2023.", day(2023, 12, 15)),
        ] {
            assert_eq!(due(wording), end, "{wording}");
        }
    }

    #[test]
    fn continuous_wording() {
        for wording in [
            "Thường xuyên",
            "thuong xuyen",
            "THƯỜNG XUYÊN",
            "Thường xuyên, liên tục",
            "Liên tục",
            "Hằng ngày",
        ] {
            assert_eq!(kind(wording), Kind::Continuous, "{wording}");
        }
    }

    #[test]
    fn periodic_wording() {
        for (wording, expected) in [
            ("Định kỳ 6 tháng", Every::Half),
            ("Định kỳ 6 tháng, năm", Every::Half),
            ("Hằng tháng", Every::Month),
            ("Hàng tháng", Every::Month),
            ("Hằng quý", Every::Quarter),
            ("Hàng quý", Every::Quarter),
            ("Hằng năm", Every::Year),
            ("Hàng năm", Every::Year),
            ("Định kỳ hằng tháng", Every::Month),
            ("Định kỳ hàng quý", Every::Quarter),
            ("Định kỳ năm", Every::Year),
            ("Định kỳ tháng, quý, năm", Every::Month),
            ("Mỗi quý", Every::Quarter),
            ("6 tháng một lần", Every::Half),
            ("dinh ky quy, nam", Every::Quarter),
            ("Định kỳ quí", Every::Quarter),
        ] {
            assert_eq!(every(wording), expected, "{wording}");
        }
    }

    #[test]
    fn event_and_external_wording() {
        for wording in [
            "Sau khi có thông báo",
            "Khi có văn bản hướng dẫn",
            "Khi có yêu cầu",
            "Ngay sau khi có quyết định",
            "Đột xuất",
            "Theo yêu cầu của UBND tỉnh",
        ] {
            assert_eq!(kind(wording), Kind::Event, "{wording}");
        }
        for wording in [
            "Theo Kế hoạch số 3989/KH-UBND",
            "Theo lộ trình của Bộ KH&CN",
            "Theo Quyết định số 1364/QĐ-UBND",
            "Theo hướng dẫn của Sở Nội vụ",
        ] {
            assert_eq!(kind(wording), Kind::External, "{wording}");
        }
    }

    #[test]
    fn unreadable_wording_is_refused_with_help() {
        for wording in [
            "Quý 5/2023",
            "Tháng 13/2023",
            "Sớm",
            "Quý",
            "Năm 23",
            "Tháng mười",
            "x/y/z",
        ] {
            let err = parse(wording, 2023).unwrap_err();
            assert_eq!(err.message, format!("deadline `{wording}` fits no kind"));
            assert!(err.help.contains("Quý 2/2023"));
        }
    }

    #[test]
    fn impossible_dates_are_named() {
        let err = parse("Trước ngày 31/02/2023", 2023).unwrap_err();
        assert_eq!(
            err.message,
            "deadline `Trước ngày 31/02/2023` names an impossible date (31/02/2023)"
        );
        assert!(parse("29/2/2023", 2023).is_err());
        assert_eq!(due("29/2/2024"), day(2024, 2, 29));
    }

    #[test]
    fn periodic_without_frequency_is_refused() {
        let err = parse("Định kỳ", 2023).unwrap_err();
        assert_eq!(
            err.message,
            "deadline `Định kỳ` says periodic but not how often"
        );
    }

    #[test]
    fn empty_wording_is_refused() {
        assert_eq!(parse("  ", 2023).unwrap_err().message, "deadline is empty");
    }

    #[test]
    fn named_period_is_kept() {
        assert_eq!(
            parse("Quý 2/ 2023", 2023).unwrap(),
            Deadline::Dated {
                due: day(2023, 6, 30),
                period: Period::quarter(2023, 2)
            }
        );
        assert_eq!(
            parse("30/6/2023", 2023).unwrap(),
            Deadline::Dated {
                due: day(2023, 6, 30),
                period: None
            }
        );
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn spaced(separator: &'static str) -> impl Strategy<Value = String> {
            prop::sample::select(vec!["", " ", "  "]).prop_flat_map(move |before| {
                prop::sample::select(vec!["", " "])
                    .prop_map(move |after| format!("{before}{separator}{after}"))
            })
        }

        fn cased(word: &'static str) -> impl Strategy<Value = String> {
            prop::sample::select(vec![
                word.to_string(),
                word.to_uppercase(),
                word.to_lowercase(),
            ])
        }

        proptest! {
            #[test]
            fn quarters_parse_to_the_quarter_they_name(
                quarter in 1..=4u32,
                year in 2000..2100i32,
                roman in any::<bool>(),
                word in cased("Quý"),
                slash in spaced("/"),
            ) {
                let number = if roman { ["I", "II", "III", "IV"][quarter as usize - 1].to_string() } else { quarter.to_string() };
                let wording = format!("{word} {number}{slash}{year}");
                let expected = Period::quarter(year, quarter).unwrap();
                prop_assert_eq!(parse(&wording, 2023), Ok(Deadline::Dated { due: expected.end(), period: Some(expected) }));
            }

            #[test]
            fn months_parse_to_the_month_they_name(month in 1..=12u32, year in 2000..2100i32, padded in any::<bool>(), slash in spaced("/")) {
                let number = if padded { format!("{month:02}") } else { month.to_string() };
                let wording = format!("Tháng {number}{slash}{year}");
                let expected = Period::month(year, month).unwrap();
                prop_assert_eq!(parse(&wording, 2023), Ok(Deadline::Dated { due: expected.end(), period: Some(expected) }));
            }

            #[test]
            fn years_and_dates_parse_to_themselves(year in 2000..2100i32, day in 1..=28u32, month in 1..=12u32) {
                let expected = Period::year(year);
                prop_assert_eq!(parse(&format!("Năm {year}"), 2023), Ok(Deadline::Dated { due: expected.end(), period: Some(expected) }));
                let date = NaiveDate::from_ymd_opt(year, month, day).unwrap();
                prop_assert_eq!(parse(&format!("Trước ngày {day}/{month}/{year}"), 2023), Ok(Deadline::Dated { due: date, period: None }));
            }

            #[test]
            fn a_period_never_ends_before_it_starts(year in 1900..2200i32, every in prop::sample::select(vec![Every::Month, Every::Quarter, Every::Half, Every::Year]), index in 1..=12u32) {
                if let Some(period) = Period::new(year, every, index) {
                    prop_assert!(period.start() <= period.end());
                    prop_assert!(period.contains(period.start()) && period.contains(period.end()));
                    prop_assert_eq!(period.to_string().parse::<Period>(), Ok(period));
                }
            }

            #[test]
            fn any_text_is_read_or_refused_without_panic(text in "\\PC{0,40}") {
                let _ = parse(&text, 2023);
            }
        }
    }
}
