//! The reporting window of a periodic report. By the data cut-off of Nghị định 09/2019/NĐ-CP a
//! quarter's report covers the 15th of the month before the quarter to the 14th of its last
//! month and is sent by the 20th; provinces may set another cut-off day, or calendar periods.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::period::{Every, Period};

/// Where reporting windows start and end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cutoff {
    /// From this day of the month before the period to the day before it in its last month.
    Day(u32),
    /// The calendar period itself.
    Calendar,
}

impl Default for Cutoff {
    fn default() -> Cutoff {
        Cutoff::Day(15)
    }
}

/// The days a report covers, and the day it must be sent by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub span: Period,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub send_by: Option<NaiveDate>,
}

impl Window {
    pub fn new(span: Period, cutoff: Cutoff) -> Window {
        match cutoff {
            Cutoff::Calendar => Window {
                span,
                from: span.start(),
                to: span.end(),
                send_by: None,
            },
            Cutoff::Day(day) => {
                let last_month = span.end();
                let month_before = span.start().pred_opt().unwrap_or(NaiveDate::MIN);
                let on = |month: NaiveDate, day: u32| month.with_day(day).unwrap_or(month);
                Window {
                    span,
                    from: on(month_before, day),
                    to: on(last_month, day - 1),
                    send_by: Some(on(last_month, 20)),
                }
            }
        }
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }
}

/// The period's name in a report's title: "quý II năm 2023", "6 tháng đầu năm 2023".
pub struct Title(pub Period);

impl fmt::Display for Title {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Period { year, every, index } = self.0;
        match every {
            Every::Quarter => {
                let roman = ["I", "II", "III", "IV"];
                let name = roman.get(index as usize - 1).unwrap_or(&"");
                write!(f, "quý {name} năm {year}")
            }
            Every::Half if index == 1 => write!(f, "6 tháng đầu năm {year}"),
            Every::Half => write!(f, "6 tháng cuối năm {year}"),
            Every::Month => write!(f, "tháng {index} năm {year}"),
            Every::Year => write!(f, "năm {year}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn window(span: Period) -> (NaiveDate, NaiveDate, Option<NaiveDate>) {
        let w = Window::new(span, Cutoff::default());
        (w.from, w.to, w.send_by)
    }

    #[test]
    fn quarters_run_from_the_15th_to_the_14th() {
        let q = |n| Period::quarter(2023, n).unwrap();
        assert_eq!(
            window(q(1)),
            (day(2022, 12, 15), day(2023, 3, 14), Some(day(2023, 3, 20)))
        );
        assert_eq!(
            window(q(2)),
            (day(2023, 3, 15), day(2023, 6, 14), Some(day(2023, 6, 20)))
        );
        assert_eq!(
            window(q(3)),
            (day(2023, 6, 15), day(2023, 9, 14), Some(day(2023, 9, 20)))
        );
        assert_eq!(
            window(q(4)),
            (day(2023, 9, 15), day(2023, 12, 14), Some(day(2023, 12, 20)))
        );
    }

    #[test]
    fn halves_and_the_year_cross_the_new_year() {
        let h1 = Period::half(2023, 1).unwrap();
        assert_eq!(
            window(h1),
            (day(2022, 12, 15), day(2023, 6, 14), Some(day(2023, 6, 20)))
        );
        let h2 = Period::half(2023, 2).unwrap();
        assert_eq!(
            window(h2),
            (day(2023, 6, 15), day(2023, 12, 14), Some(day(2023, 12, 20)))
        );
        assert_eq!(
            window(Period::year(2023)),
            (
                day(2022, 12, 15),
                day(2023, 12, 14),
                Some(day(2023, 12, 20))
            )
        );
    }

    #[test]
    fn another_cut_off_day_or_calendar_periods() {
        let q1 = Period::quarter(2023, 1).unwrap();
        let w = Window::new(q1, Cutoff::Day(20));
        assert_eq!((w.from, w.to), (day(2022, 12, 20), day(2023, 3, 19)));
        let w = Window::new(q1, Cutoff::Calendar);
        assert_eq!(
            (w.from, w.to, w.send_by),
            (day(2023, 1, 1), day(2023, 3, 31), None)
        );
        assert!(w.contains(day(2023, 3, 31)) && !w.contains(day(2023, 4, 1)));
    }

    #[test]
    fn titles() {
        assert_eq!(
            Title(Period::quarter(2023, 2).unwrap()).to_string(),
            "quý II năm 2023"
        );
        assert_eq!(
            Title(Period::half(2023, 1).unwrap()).to_string(),
            "6 tháng đầu năm 2023"
        );
        assert_eq!(Title(Period::year(2023)).to_string(), "năm 2023");
    }
}
