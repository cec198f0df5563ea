//! The reporting window of a periodic report and the day the report is sent by. By the data
//! cut-off of Nghị định 09/2019/NĐ-CP a quarter's report covers the 15th of the month before the
//! quarter to the 14th of its last month; provinces may set another cut-off day, or calendar
//! periods. The department sends its report a few working days after the cut-off (`report_send`).

use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};

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

/// When the department's report must be sent (`report_send` in `plan.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendBy {
    /// This many working days after the window's last day.
    WorkingDays(u32),
    /// This day of the month: the first such day on or after the window's last day.
    DayOfMonth(u32),
}

impl Default for SendBy {
    fn default() -> SendBy {
        SendBy::WorkingDays(2)
    }
}

/// The days a report covers: statuses are read as of `to`, the cut-off day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub span: Period,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Window {
    pub fn new(span: Period, cutoff: Cutoff) -> Window {
        match cutoff {
            Cutoff::Calendar => Window {
                span,
                from: span.start(),
                to: span.end(),
            },
            Cutoff::Day(day) => {
                let last_month = span.end();
                let month_before = span.start().pred_opt().unwrap_or(NaiveDate::MIN);
                let on = |month: NaiveDate, day: u32| month.with_day(day).unwrap_or(month);
                Window {
                    span,
                    from: on(month_before, day),
                    to: on(last_month, day - 1),
                }
            }
        }
    }

    pub fn contains(&self, day: NaiveDate) -> bool {
        self.from <= day && day <= self.to
    }

    /// The day the report must be sent by: never before the window's last day, whatever
    /// `--from` and `--to` made the window.
    pub fn send_by(&self, rule: SendBy) -> NaiveDate {
        match rule {
            SendBy::WorkingDays(count) => {
                let mut day = self.to;
                for _ in 0..count {
                    day = next_working_day(day);
                }
                day
            }
            SendBy::DayOfMonth(wanted) => {
                let in_month = |month: NaiveDate| {
                    let last = crate::period::end_of_month(month.year(), month.month());
                    month.with_day(wanted.min(last.day())).unwrap_or(last)
                };
                let this_month = in_month(self.to);
                if this_month >= self.to {
                    this_month
                } else {
                    let next = crate::period::end_of_month(self.to.year(), self.to.month())
                        .succ_opt()
                        .unwrap_or(NaiveDate::MAX);
                    in_month(next)
                }
            }
        }
    }
}

/// The working day after `day`: Saturdays, Sundays and the public holidays of a fixed date
/// (Bộ luật Lao động 2019, Điều 112: 1/1, 30/4, 1/5, 2/9) are skipped. Tết, Giỗ Tổ and the
/// days the government moves each year follow the lunar calendar or a yearly notice and are
/// not known here.
pub fn next_working_day(day: NaiveDate) -> NaiveDate {
    let mut next = day.succ_opt().unwrap_or(NaiveDate::MAX);
    while !is_working_day(next) && next < NaiveDate::MAX {
        next = next.succ_opt().unwrap_or(NaiveDate::MAX);
    }
    next
}

pub fn is_working_day(day: NaiveDate) -> bool {
    let weekend = matches!(day.weekday(), Weekday::Sat | Weekday::Sun);
    let holiday = matches!((day.month(), day.day()), (1, 1) | (4, 30) | (5, 1) | (9, 2));
    !weekend && !holiday
}

/// The period's name in a report's title: "quý II năm 2023", "6 tháng đầu năm 2023".
pub struct Title(pub Period);

impl fmt::Display for Title {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Period { year, every, index } = self.0;
        match every {
            Every::Quarter => {
                let name = crate::text::to_roman(index);
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

    /// The window and the default sending day (two working days after the cut-off).
    fn window(span: Period) -> (NaiveDate, NaiveDate, NaiveDate) {
        let w = Window::new(span, Cutoff::default());
        (w.from, w.to, w.send_by(SendBy::default()))
    }

    #[test]
    fn quarters_run_from_the_15th_to_the_14th() {
        let q = |n| Period::quarter(2023, n).unwrap();
        // 14/03/2023 is a Tuesday: Wednesday 15, Thursday 16.
        assert_eq!(
            window(q(1)),
            (day(2022, 12, 15), day(2023, 3, 14), day(2023, 3, 16))
        );
        // 14/06/2023 is a Wednesday: Thursday 15, Friday 16.
        assert_eq!(
            window(q(2)),
            (day(2023, 3, 15), day(2023, 6, 14), day(2023, 6, 16))
        );
        // 14/09/2023 is a Thursday: Friday 15, then Monday 18.
        assert_eq!(
            window(q(3)),
            (day(2023, 6, 15), day(2023, 9, 14), day(2023, 9, 18))
        );
        // 14/12/2023 is a Thursday: Friday 15, then Monday 18.
        assert_eq!(
            window(q(4)),
            (day(2023, 9, 15), day(2023, 12, 14), day(2023, 12, 18))
        );
    }

    #[test]
    fn halves_and_the_year_cross_the_new_year() {
        let h1 = Period::half(2023, 1).unwrap();
        assert_eq!(
            window(h1),
            (day(2022, 12, 15), day(2023, 6, 14), day(2023, 6, 16))
        );
        let h2 = Period::half(2023, 2).unwrap();
        assert_eq!(
            window(h2),
            (day(2023, 6, 15), day(2023, 12, 14), day(2023, 12, 18))
        );
        assert_eq!(
            window(Period::year(2023)),
            (day(2022, 12, 15), day(2023, 12, 14), day(2023, 12, 18))
        );
    }

    #[test]
    fn another_cut_off_day_or_calendar_periods() {
        let q1 = Period::quarter(2023, 1).unwrap();
        let w = Window::new(q1, Cutoff::Day(20));
        assert_eq!((w.from, w.to), (day(2022, 12, 20), day(2023, 3, 19)));
        let w = Window::new(q1, Cutoff::Calendar);
        // 31/03/2023 is a Friday: Monday 3 and Tuesday 4 April.
        assert_eq!(
            (w.from, w.to, w.send_by(SendBy::default())),
            (day(2023, 1, 1), day(2023, 3, 31), day(2023, 4, 4))
        );
        assert!(w.contains(day(2023, 3, 31)) && !w.contains(day(2023, 4, 1)));
    }

    #[test]
    fn the_report_is_never_due_before_its_window_ends() {
        let q2 = Period::quarter(2023, 2).unwrap();
        // A window given as 01/04–30/06 (30/06/2023 a Friday): Monday 3, Tuesday 4 July,
        // not the 20th of June.
        let custom = Window {
            span: q2,
            from: day(2023, 4, 1),
            to: day(2023, 6, 30),
        };
        assert_eq!(custom.send_by(SendBy::default()), day(2023, 7, 4));
        // A day of the month: the 20th after 14/06 is 20/06; after 30/06 it is 20/07.
        let standard = Window::new(q2, Cutoff::default());
        assert_eq!(standard.send_by(SendBy::DayOfMonth(20)), day(2023, 6, 20));
        assert_eq!(custom.send_by(SendBy::DayOfMonth(20)), day(2023, 7, 20));
        // The 31st of a month of 30 days is its last day; the cut-off day itself will do.
        assert_eq!(standard.send_by(SendBy::DayOfMonth(31)), day(2023, 6, 30));
        assert_eq!(standard.send_by(SendBy::DayOfMonth(14)), day(2023, 6, 14));
        assert_eq!(standard.send_by(SendBy::WorkingDays(0)), day(2023, 6, 14));
    }

    #[test]
    fn weekends_and_fixed_public_holidays_are_not_working_days() {
        // Friday 28/04/2023: Saturday, Sunday 30/4, Monday 1/5 off; Tuesday 2, Wednesday 3.
        let w = Window {
            span: Period::quarter(2023, 2).unwrap(),
            from: day(2023, 4, 1),
            to: day(2023, 4, 28),
        };
        assert_eq!(w.send_by(SendBy::WorkingDays(2)), day(2023, 5, 3));
        // Thursday 31/08/2023: Friday 1/9, then Saturday 2/9 (a holiday anyway), Monday 4.
        assert_eq!(next_working_day(day(2023, 8, 31)), day(2023, 9, 1));
        assert_eq!(next_working_day(day(2023, 9, 1)), day(2023, 9, 4));
        assert!(!is_working_day(day(2024, 1, 1)) && is_working_day(day(2024, 1, 2)));
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
