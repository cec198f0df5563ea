//! Calendar periods (month, quarter, half, year): their names, bounds and occurrences.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

use crate::message::Said as _;
use crate::text::fold;

/// How often a periodic task recurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Every {
    Month,
    Quarter,
    Half,
    Year,
}

impl Every {
    pub fn as_str(self) -> &'static str {
        match self {
            Every::Month => "month",
            Every::Quarter => "quarter",
            Every::Half => "half",
            Every::Year => "year",
        }
    }

    /// How many periods of this length a year holds.
    fn per_year(self) -> u32 {
        match self {
            Every::Month => 12,
            Every::Quarter => 4,
            Every::Half => 2,
            Every::Year => 1,
        }
    }

    /// How many months one period of this length lasts.
    pub fn months(self) -> u32 {
        12 / self.per_year()
    }
}

impl Every {
    /// The length's name, said in the person's language.
    pub fn said(self) -> crate::message::Message {
        match self {
            Every::Month => crate::msg!("month"),
            Every::Quarter => crate::msg!("quarter"),
            Every::Half => crate::msg!("half"),
            Every::Year => crate::msg!("year"),
        }
    }
}

impl fmt::Display for Every {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One named stretch of a year: `2023-01`, `2023-Q1`, `2023-H1` or `2023`.
///
/// `index` counts from 1 within the year (month 1–12, quarter 1–4, half 1–2; always 1 for a year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Period {
    pub year: i32,
    pub every: Every,
    pub index: u32,
}

impl Period {
    /// The period, or `None` when `index` is out of range for `every`.
    pub fn new(year: i32, every: Every, index: u32) -> Option<Period> {
        (1..=every.per_year())
            .contains(&index)
            .then_some(Period { year, every, index })
    }

    pub fn month(year: i32, month: u32) -> Option<Period> {
        Period::new(year, Every::Month, month)
    }

    pub fn quarter(year: i32, quarter: u32) -> Option<Period> {
        Period::new(year, Every::Quarter, quarter)
    }

    pub fn half(year: i32, half: u32) -> Option<Period> {
        Period::new(year, Every::Half, half)
    }

    pub fn year(year: i32) -> Period {
        Period {
            year,
            every: Every::Year,
            index: 1,
        }
    }

    /// The period of kind `every` that contains `date`.
    pub fn containing(every: Every, date: NaiveDate) -> Period {
        Period {
            year: date.year(),
            every,
            index: date.month0() / every.months() + 1,
        }
    }

    pub fn first_month(self) -> u32 {
        (self.index - 1) * self.every.months() + 1
    }

    pub fn start(self) -> NaiveDate {
        ymd(self.year, self.first_month(), 1)
    }

    pub fn end(self) -> NaiveDate {
        let last_month = self.first_month() + self.every.months() - 1;
        end_of_month(self.year, last_month)
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        self.start() <= date && date <= self.end()
    }

    /// Every period of kind `every` in `year`, in order.
    pub fn all_in_year(year: i32, every: Every) -> impl Iterator<Item = Period> {
        (1..=every.per_year()).map(move |index| Period { year, every, index })
    }
}

/// The years a plan covers: from its `year` to the last year anything in it is due (a
/// multi-year plan, 2026–2030, has its periodic tasks recur in each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Years {
    pub first: i32,
    pub last: i32,
}

impl Years {
    /// Every period of kind `every` in these years, in order.
    pub fn all(self, every: Every) -> impl Iterator<Item = Period> {
        (self.first..=self.last.max(self.first))
            .flat_map(move |year| Period::all_in_year(year, every))
    }
}

impl fmt::Display for Years {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.last > self.first {
            true => write!(f, "{}–{}", self.first, self.last),
            false => write!(f, "{}", self.first),
        }
    }
}

/// The occurrence named `text` of task `id`, which recurs every `every` in `years`; or the
/// message and help saying why not. A name without a year means the first year.
pub fn occurrence(
    text: &str,
    every: Every,
    years: Years,
    id: &str,
) -> Result<Period, crate::message::Error> {
    let year = years.first;
    let all: Vec<Period> = years.all(every).collect();
    let name = |p: Option<&Period>| p.map(|p| p.to_string()).unwrap_or_default();
    let help = crate::msg!(
        "use one of `{first}` … `{last}`",
        first = name(all.first()),
        last = name(all.last())
    );
    let period: Period = match text.trim().parse() {
        Ok(period) => period,
        Err(e) => loose(text, every, year).ok_or_else(|| e.said().help(help.clone()))?,
    };
    if all.contains(&period) {
        return Ok(period);
    }
    Err(crate::msg!(
        "`{period}` is not an occurrence of `{id}`, which recurs every {every} in {years}",
        period,
        id,
        every = every.said(),
        years
    )
    .help(help))
}

/// An occurrence of a task that recurs `every` period, named as people write it. A missing year
/// is `year`'s.
fn loose(text: &str, every: Every, year: i32) -> Option<Period> {
    let (given, number) = named(text, every)?;
    Period::new(given.unwrap_or(year), every, number)
}

/// A period of the kind `every`, named as people write it: `2023-Q1`, `Q1`, `I`, `Quý 1`,
/// `Quý II/2023`, `1` for a quarter; `2023-06`, `06/2023`, `Tháng 6`, `6` for a month; `H1`,
/// `6 tháng đầu năm` for a half; `2023`, `Năm 2023` for a year. The year, if it is given, and
/// the period's number in its year (not checked against the kind: `Q5` is 5).
pub fn named(text: &str, every: Every) -> Option<(Option<i32>, u32)> {
    let folded = fold(text).replace(' ', "");
    // A year given after `-` or `/` (`Q1/2023`, `06/2023`) or before `-` (`2023-Q1`).
    let four = |s: &str| {
        (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (given, rest) = match folded.rsplit_once(['/', '-']) {
        Some((rest, y)) if four(y).is_some() => (four(y), rest.to_string()),
        _ => match folded.split_once('-') {
            Some((y, rest)) if four(y).is_some() => (four(y), rest.to_string()),
            _ => (None, folded.clone()),
        },
    };
    let number = |rest: &str, prefixes: &[&str]| -> Option<u32> {
        let rest = prefixes
            .iter()
            .find_map(|p| rest.strip_prefix(p))
            .unwrap_or(rest);
        match rest {
            "i" => Some(1),
            "ii" => Some(2),
            "iii" => Some(3),
            "iv" => Some(4),
            digits => digits.parse().ok(),
        }
    };
    let number = match every {
        Every::Quarter => number(&rest, &["quy", "qui", "q"])?,
        Every::Month => number(&rest, &["thang", "t"])?,
        Every::Half => match rest.as_str() {
            "6thangdaunam" | "6thangdau" | "dau" | "nuadaunam" => 1,
            "6thangcuoinam" | "6thangcuoi" | "cuoi" | "nuacuoinam" => 2,
            _ => number(&rest, &["h"])?,
        },
        Every::Year => match rest.strip_prefix("nam").unwrap_or(&rest) {
            "" => 1,
            digits => return four(digits).map(|year| (Some(year), 1)),
        },
    };
    Some((given, number))
}

/// The last day of a month; `month` must be 1–12.
pub fn end_of_month(year: i32, month: u32) -> NaiveDate {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    ymd(next_year, next_month, 1)
        .pred_opt()
        .unwrap_or(NaiveDate::MAX)
}

/// A date from parts known to be valid (month 1–12, day 1).
fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MAX)
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.every {
            // Four digits, as the names are parsed (the year 223 is `0223`).
            Every::Month => write!(f, "{:04}-{:02}", self.year, self.index),
            Every::Quarter => write!(f, "{:04}-Q{}", self.year, self.index),
            Every::Half => write!(f, "{:04}-H{}", self.year, self.index),
            Every::Year => write!(f, "{:04}", self.year),
        }
    }
}

/// A period is written as its name, as in `plan`'s own files.
impl serde::Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Why a period name was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodError(String);

impl crate::message::Said for PeriodError {
    fn said(&self) -> crate::message::Message {
        crate::msg!(
            "`{text}` is not a period: write `2023-01` (month), `2023-Q1`, `2023-H1` or `2023`",
            text = self.0
        )
    }
}

impl FromStr for Period {
    type Err = PeriodError;

    fn from_str(text: &str) -> Result<Period, PeriodError> {
        let err = || PeriodError(text.to_string());
        let trimmed = text.trim();
        let (year, rest) = match trimmed.split_once('-') {
            Some((year, rest)) => (year, Some(rest)),
            None => (trimmed, None),
        };
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err());
        }
        let year: i32 = year.parse().map_err(|_| err())?;
        let Some(rest) = rest else {
            return Ok(Period::year(year));
        };
        let number = |digits: &str| -> Option<u32> {
            if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            digits.parse().ok()
        };
        let period = if let Some(q) = rest.strip_prefix(['Q', 'q']) {
            number(q).and_then(|q| Period::quarter(year, q))
        } else if let Some(h) = rest.strip_prefix(['H', 'h']) {
            number(h).and_then(|h| Period::half(year, h))
        } else {
            number(rest).and_then(|m| Period::month(year, m))
        };
        period.ok_or_else(err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn quarter_ends() {
        let ends: Vec<_> = Period::all_in_year(2023, Every::Quarter)
            .map(Period::end)
            .collect();
        assert_eq!(
            ends,
            [
                date(2023, 3, 31),
                date(2023, 6, 30),
                date(2023, 9, 30),
                date(2023, 12, 31)
            ]
        );
    }

    #[test]
    fn month_ends_including_leap_february() {
        assert_eq!(end_of_month(2023, 2), date(2023, 2, 28));
        assert_eq!(end_of_month(2024, 2), date(2024, 2, 29));
        assert_eq!(end_of_month(2023, 4), date(2023, 4, 30));
        assert_eq!(end_of_month(2023, 12), date(2023, 12, 31));
        assert_eq!(Period::month(2023, 1).unwrap().end(), date(2023, 1, 31));
    }

    #[test]
    fn halves_and_years() {
        let h1 = Period::half(2023, 1).unwrap();
        assert_eq!(
            (h1.start(), h1.end()),
            (date(2023, 1, 1), date(2023, 6, 30))
        );
        let h2 = Period::half(2023, 2).unwrap();
        assert_eq!(
            (h2.start(), h2.end()),
            (date(2023, 7, 1), date(2023, 12, 31))
        );
        let y = Period::year(2023);
        assert_eq!((y.start(), y.end()), (date(2023, 1, 1), date(2023, 12, 31)));
    }

    #[test]
    fn containing_date() {
        let d = date(2023, 8, 15);
        assert_eq!(Period::containing(Every::Month, d).to_string(), "2023-08");
        assert_eq!(Period::containing(Every::Quarter, d).to_string(), "2023-Q3");
        assert_eq!(Period::containing(Every::Half, d).to_string(), "2023-H2");
        assert_eq!(Period::containing(Every::Year, d).to_string(), "2023");
        assert!(Period::quarter(2023, 3).unwrap().contains(d));
        assert!(!Period::quarter(2023, 2).unwrap().contains(d));
    }

    #[test]
    fn occurrences_are_taken_as_people_write_them() {
        // An occurrence of a task of 2023 named by `text`, if it is one.
        let read = |text: &str, every: Every| {
            let year = Years {
                first: 2023,
                last: 2023,
            };
            occurrence(text, every, year, "I.1").ok()
        };
        let q1 = Period::quarter(2023, 1);
        for text in [
            "2023-Q1",
            "Q1",
            "q1",
            "I",
            "Quý 1",
            "Quý I",
            "quy 1",
            "1",
            "Q1/2023",
            "Quý I/2023",
        ] {
            assert_eq!(read(text, Every::Quarter), q1, "{text}");
        }
        let june = Period::month(2023, 6);
        for text in [
            "2023-06",
            "06/2023",
            "6",
            "06",
            "Tháng 6",
            "tháng 06/2023",
            "T6",
        ] {
            assert_eq!(read(text, Every::Month), june, "{text}");
        }
        let h1 = Period::half(2023, 1);
        for text in [
            "2023-H1",
            "H1",
            "h1",
            "1",
            "6 tháng đầu năm",
            "6 thang dau nam",
        ] {
            assert_eq!(read(text, Every::Half), h1, "{text}");
        }
        assert_eq!(read("6 tháng cuối năm", Every::Half), Period::half(2023, 2));
        for text in ["2023", "Năm 2023", "năm"] {
            assert_eq!(read(text, Every::Year), Some(Period::year(2023)), "{text}");
        }
        // Another year's occurrence, or a number past the last, is still refused.
        assert!(read("2024-Q1", Every::Quarter).is_none());
        assert!(read("Q5", Every::Quarter).is_none());
        assert!(read("13", Every::Month).is_none());
    }

    #[test]
    fn occurrences_in_a_year() {
        assert_eq!(Period::all_in_year(2023, Every::Month).count(), 12);
        assert_eq!(Period::all_in_year(2023, Every::Half).count(), 2);
        let names: Vec<String> = Period::all_in_year(2023, Every::Quarter)
            .map(|p| p.to_string())
            .collect();
        assert_eq!(names, ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]);
    }

    #[test]
    fn names_round_trip() {
        for name in [
            "2023-01", "2023-12", "2023-Q1", "2023-Q4", "2023-H1", "2023-H2", "2023",
        ] {
            let period: Period = name.parse().unwrap();
            assert_eq!(period.to_string(), name);
        }
        assert_eq!("2023-q2".parse::<Period>().unwrap().to_string(), "2023-Q2");
        assert_eq!("2023-3".parse::<Period>().unwrap().to_string(), "2023-03");
    }

    #[test]
    fn early_years_keep_four_digits_found_by_fuzzing() {
        // fuzz/corpus/dates/crash-0223-Q1: printed as `223-Q1`, which did not parse back.
        let period: Period = "0223-Q1".parse().unwrap();
        assert_eq!(period.to_string(), "0223-Q1");
        assert_eq!(period.to_string().parse::<Period>(), Ok(period));
    }

    #[test]
    fn impossible_names_are_refused() {
        for name in [
            "2023-13", "2023-00", "2023-Q5", "2023-Q0", "2023-H3", "23", "2023-", "Q1", "",
            "2023-Q", "2023-x1",
        ] {
            assert!(name.parse::<Period>().is_err(), "{name} parsed");
        }
    }

    #[test]
    fn new_checks_range() {
        assert!(Period::month(2023, 13).is_none());
        assert!(Period::quarter(2023, 0).is_none());
        assert!(Period::half(2023, 2).is_some());
    }
}
