//! The rules that turn a plan and a day into answers: what a task owes (its items), whether an
//! item is overdue, the verdict on an item as of a day, which items a report or a summary
//! counts, the counts and the completion rate. Every command asks here; none decides on its
//! own, so that `list`, `show`, `overdue`, `summary`, `timeline` and `report` never disagree.
//!
//! The model (`model::Task::state_on`) says what the files say about a task on a day: its
//! status, its due date, how late it was done. This module says what that means.

use chrono::NaiveDate;
use serde::Serialize;

use crate::deadline::Kind;
use crate::model::{Band, Plan, RateOver, ReportSettings, State, Status, Task};
use crate::period::{Every, Period};
use crate::window::Window;

/// One thing that falls due: a one-off task, or one occurrence of a periodic task.
#[derive(Debug, Clone, Copy)]
pub struct Item<'p> {
    pub task: &'p Task,
    pub period: Option<Period>,
}

impl Item<'_> {
    /// The item's state as of `day`.
    pub fn state(&self, day: NaiveDate) -> State {
        self.task.state_on(day, self.period)
    }
}

/// A task's items: each occurrence of a periodic task in the plan's years, else the task itself.
pub fn items<'p>(plan: &Plan, task: &'p Task) -> impl Iterator<Item = Item<'p>> + use<'p> {
    let once = task.every().is_none().then_some(None);
    task.occurrences(plan.years())
        .map(Some)
        .chain(once)
        .map(move |period| Item { task, period })
}

/// How many days an item of `task` in `state` is overdue on `day`: it is open (not done, not
/// dropped) and its due date is before `day`. A task due on `day` itself is not yet overdue,
/// and a continuous task never is (even with a date set by `plan due`).
pub fn days_overdue(task: &Task, state: &State, day: NaiveDate) -> Option<i64> {
    if task.kind() == Some(Kind::Continuous) {
        return None;
    }
    past_due(state, day)
}

/// How many days a dated item in `state` is open past its due date on `day`.
fn past_due(state: &State, day: NaiveDate) -> Option<i64> {
    let due = state.due.filter(|due| *due < day)?;
    (!state.status.is_closed()).then(|| (day - due).num_days())
}

/// The one result of an item as of a day (a report's cut-off day, or the day a summary is for).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Done on or before the day, on or before its due date (early completions count).
    DoneOnTime,
    /// Done on or before the day, after its due date.
    DoneLate,
    /// Dropped: left out of every rate.
    Dropped,
    /// Last status `blocked`, due on or before the day.
    Blocked,
    /// Not done, due before the day ([`days_overdue`]).
    Overdue,
    /// Not done, due after the day (or on it, or with no date yet).
    NotYetDue,
    /// A continuous task: with or without a result, outside the rate.
    Continuous,
}

impl Verdict {
    /// The verdict as a heading: "On time", in Vietnamese the report's "Hoàn thành đúng hạn".
    /// `with_result` tells a continuous task with a result from one without.
    pub fn name(self, with_result: bool) -> &'static str {
        match self {
            Verdict::DoneOnTime => "On time",
            Verdict::DoneLate => "Late",
            Verdict::Dropped => "Dropped",
            Verdict::Blocked => "Blocked",
            Verdict::Overdue => "Overdue",
            Verdict::NotYetDue => "Not yet due",
            Verdict::Continuous if with_result => "With a result",
            Verdict::Continuous => "Without a result",
        }
    }

    /// Whether the completion rate is taken over items with this verdict: done, blocked and
    /// overdue ([`Counts::counted`]).
    pub fn is_rated(self) -> bool {
        matches!(
            self,
            Verdict::DoneOnTime | Verdict::DoneLate | Verdict::Blocked | Verdict::Overdue
        )
    }
}

/// The verdict on a dated item (not continuous: [`verdict_of`]) whose state on `day` is `state`.
pub fn verdict(state: &State, day: NaiveDate) -> Verdict {
    match state.status {
        Status::Done if state.days_late.is_some() => Verdict::DoneLate,
        Status::Done => Verdict::DoneOnTime,
        Status::Dropped => Verdict::Dropped,
        Status::Blocked if state.due.is_some_and(|d| d <= day) => Verdict::Blocked,
        _ if past_due(state, day).is_some() => Verdict::Overdue,
        _ => Verdict::NotYetDue,
    }
}

/// The verdict on an item as of `day`: [`Verdict::Continuous`] for a continuous task.
pub fn verdict_of(item: &Item, day: NaiveDate) -> Verdict {
    if item.task.kind() == Some(Kind::Continuous) {
        Verdict::Continuous
    } else {
        verdict(&item.state(day), day)
    }
}

/// Whether an item counts in a view of the whole plan as of `day` (`summary`): a one-off task
/// always; an occurrence of a periodic task once its period has begun, or once something was
/// recorded for it (an occurrence done ahead of time counts as done, as in the report).
pub fn counts_on(item: &Item, day: NaiveDate) -> bool {
    match item.period {
        None => true,
        Some(period) => {
            period.start() <= day || item.task.status_entry_on(day, item.period).is_some()
        }
    }
}

/// Whether a continuous task has a result in `window`: an entry in it saying `doing` or `done`.
pub fn has_result(task: &Task, window: &Window) -> bool {
    task.progress
        .iter()
        .any(|e| window.contains(e.date) && matches!(e.status, Some(Status::Doing | Status::Done)))
}

/// An item a report counts, with its verdict on the window's last day and whether it is
/// carried over from an earlier period.
#[derive(Debug, Clone, Copy)]
pub struct Reported<'p> {
    pub item: Item<'p>,
    pub verdict: Verdict,
    pub carried_over: bool,
}

/// The items of `task` that belong in a report on `window`: each one due in the period (by
/// the due date in force on the window's first day or on its last, so that a deadline
/// extended past the period in the window still shows there), each one due before the period
/// and still open when the window began (carried over), and each one done inside the window
/// whatever its due date. A continuous task is always one item.
pub fn reported<'p>(plan: &Plan, task: &'p Task, window: &Window) -> Vec<Reported<'p>> {
    let (from, to, span) = (window.from, window.to, window.span);
    if task.kind() == Some(Kind::Continuous) {
        let item = Item { task, period: None };
        return vec![Reported {
            item,
            verdict: Verdict::Continuous,
            carried_over: false,
        }];
    }
    let before = from.pred_opt().unwrap_or(from);
    let mut found = Vec::new();
    for item in items(plan, task) {
        let period = item.period;
        let state = item.state(to);
        let due_at_start = match period {
            Some(p) => Some(task.occurrence_due(p)),
            None => task.due_on(before),
        };
        let in_period = state.due.is_some_and(|d| span.contains(d))
            || due_at_start.is_some_and(|d| span.contains(d));
        let older = state.due.is_some_and(|d| d < span.start());
        let open_at_start = !item.state(before).status.is_closed();
        let done_in_window = state.status == Status::Done
            && task
                .status_entry_on(to, period)
                .is_some_and(|e| e.date >= from);
        if in_period || (older && open_at_start) || done_in_window {
            found.push(Reported {
                item,
                verdict: verdict(&state, to),
                carried_over: older,
            });
        }
    }
    found
}

/// The occurrence of a periodic task that matters on `day`: the earliest that is overdue, else
/// the one `day` falls in. `list` and `show` show it, and a mark without `--period` is meant
/// for it.
pub fn occurrence_on(plan: &Plan, task: &Task, day: NaiveDate) -> Option<Period> {
    items(plan, task)
        .filter_map(|item| {
            let overdue = days_overdue(task, &item.state(day), day).is_some();
            item.period.filter(|_| overdue)
        })
        .next()
        .or_else(|| task.current_occurrence(plan.years(), day))
}

/// The due date of an item in `state` that is still owed: open, dated, and not continuous
/// (a continuous task falls due nowhere, even with a date set by `plan due`).
pub fn owed_by(task: &Task, state: &State) -> Option<NaiveDate> {
    if task.kind() == Some(Kind::Continuous) || state.status.is_closed() {
        return None;
    }
    state.due
}

/// `part` of the `counted` items (those done, overdue or blocked) in percent, to two decimals:
/// the completion rate. `None` when nothing counts.
pub fn rate(part: usize, counted: usize) -> Option<f64> {
    (counted > 0).then(|| (part as f64 * 100.0 / counted as f64 * 100.0).round() / 100.0)
}

/// The counts of a group of items by verdict, and its rates: what a report's tables and
/// `summary` show.
#[derive(Debug, Default, Clone, PartialEq, Serialize)]
pub struct Counts {
    pub done_on_time: usize,
    pub done_late: usize,
    pub dropped: usize,
    pub blocked: usize,
    pub overdue: usize,
    pub not_yet_due: usize,
    pub continuous_with_result: usize,
    pub continuous_without: usize,
    /// (done on time + done late) / (done + overdue + blocked) × 100, to two decimals; `None`
    /// when nothing counts.
    pub rate: Option<f64>,
    /// Done on time / the same, × 100.
    pub on_time_rate: Option<f64>,
    /// The estimated budget of the tasks counted (each task once), in VND.
    pub budget: u64,
    /// How many items the rates are taken over ([`RateOver`]).
    pub rated: usize,
}

impl Counts {
    /// Counts one item; `with_result` says, for a continuous task, whether it has a result.
    pub fn count(&mut self, verdict: Verdict, with_result: bool) {
        match verdict {
            Verdict::DoneOnTime => self.done_on_time += 1,
            Verdict::DoneLate => self.done_late += 1,
            Verdict::Dropped => self.dropped += 1,
            Verdict::Blocked => self.blocked += 1,
            Verdict::Overdue => self.overdue += 1,
            Verdict::NotYetDue => self.not_yet_due += 1,
            Verdict::Continuous if with_result => self.continuous_with_result += 1,
            Verdict::Continuous => self.continuous_without += 1,
        }
    }

    pub fn done(&self) -> usize {
        self.done_on_time + self.done_late
    }

    /// The items the rate is taken over: done, overdue and blocked ([`Verdict::is_rated`]).
    pub fn counted(&self) -> usize {
        self.done() + self.overdue + self.blocked
    }

    /// Every item with a deadline (continuous tasks apart).
    pub fn items(&self) -> usize {
        self.counted() + self.dropped + self.not_yet_due
    }

    pub fn continuous(&self) -> usize {
        self.continuous_with_result + self.continuous_without
    }

    /// The counts with their rates worked out, over the items due ([`RateOver::Due`]).
    pub fn finish(self) -> Counts {
        self.finish_over(RateOver::Due)
    }

    /// The counts with their rates worked out over the items `over` says.
    pub fn finish_over(mut self, over: RateOver) -> Counts {
        self.rated = match over {
            RateOver::Due => self.counted(),
            RateOver::All => self.counted() + self.not_yet_due,
        };
        self.rate = rate(self.done(), self.rated);
        self.on_time_rate = rate(self.done_on_time, self.rated);
        self
    }

    /// Whether the rate of finished counts is above `threshold` percent ("trên 70%": exactly 70
    /// is not), worked out on the counts themselves rather than the rounded rate.
    pub fn above(&self, threshold: f64) -> Option<bool> {
        let rated = self.rated;
        (rated > 0).then(|| self.done() as f64 * 100.0 > threshold * rated as f64)
    }

    /// The word of the first of `bands` (highest first) whose lowest rate the finished counts
    /// reach, each band on its own rate (done, or done on time); `None` when nothing counts
    /// or no band is reached.
    pub fn band<'b>(&self, bands: &'b [Band]) -> Option<&'b str> {
        let rated = self.rated as f64;
        let reaches = |band: &Band| {
            let done = if band.on_time {
                self.done_on_time
            } else {
                self.done()
            };
            done as f64 * 100.0 >= band.from * rated
        };
        (self.rated > 0)
            .then(|| bands.iter().find(|band| reaches(band)))
            .flatten()
            .map(|band| band.word.as_str())
    }

    /// How a unit is rated: by the plan's bands when it has any, else "Đạt" above the bar
    /// (`report_threshold`) and "Chưa đạt" at or below it; `None` when nothing counts.
    pub fn rating<'s>(&self, settings: &'s ReportSettings) -> Option<&'s str> {
        if settings.bands.is_empty() {
            return self
                .above(settings.threshold)
                .map(|above| if above { "Đạt" } else { "Chưa đạt" });
        }
        self.band(&settings.bands)
    }
}

/// The period after `span`, of the same length.
pub fn next_period(span: Period) -> Period {
    let last = match span.every {
        Every::Month => 12,
        Every::Quarter => 4,
        Every::Half => 2,
        Every::Year => 1,
    };
    if span.index < last {
        Period::new(span.year, span.every, span.index + 1).unwrap_or(span)
    } else {
        Period::new(span.year + 1, span.every, 1).unwrap_or(span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(on_time: usize, late: usize, overdue: usize, blocked: usize) -> Counts {
        Counts {
            done_on_time: on_time,
            done_late: late,
            overdue,
            blocked,
            not_yet_due: 5,
            dropped: 2,
            ..Counts::default()
        }
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, m, d).unwrap()
    }

    fn state(status: Status, due: Option<NaiveDate>, days_late: Option<i64>) -> State {
        State {
            status,
            due,
            period: None,
            days_late,
        }
    }

    #[test]
    fn overdue_means_open_and_due_before_the_day() {
        let due = Some(day(3, 31));
        assert_eq!(past_due(&state(Status::Todo, due, None), day(3, 31)), None);
        assert_eq!(
            past_due(&state(Status::Todo, due, None), day(4, 1)),
            Some(1)
        );
        assert_eq!(
            past_due(&state(Status::Blocked, due, None), day(5, 30)),
            Some(60)
        );
        assert_eq!(
            past_due(&state(Status::Done, due, Some(3)), day(5, 30)),
            None
        );
        assert_eq!(
            past_due(&state(Status::Dropped, due, None), day(5, 30)),
            None
        );
        assert_eq!(past_due(&state(Status::Todo, None, None), day(5, 30)), None);
    }

    #[test]
    fn every_verdict_is_one_of_a_partition() {
        let due = Some(day(3, 31));
        let on = |s, d| verdict(&state(s, due, None), d);
        // Blocked once due (on the day itself too), overdue only after it.
        assert_eq!(on(Status::Blocked, day(3, 31)), Verdict::Blocked);
        assert_eq!(on(Status::Blocked, day(3, 30)), Verdict::NotYetDue);
        assert_eq!(on(Status::Todo, day(3, 31)), Verdict::NotYetDue);
        assert_eq!(on(Status::Doing, day(4, 1)), Verdict::Overdue);
        assert_eq!(
            verdict(&state(Status::Done, due, Some(2)), day(4, 2)),
            Verdict::DoneLate
        );
    }

    #[test]
    fn the_rated_verdicts_are_those_the_rate_counts() {
        use Verdict::*;
        for verdict in [
            DoneOnTime, DoneLate, Dropped, Blocked, Overdue, NotYetDue, Continuous,
        ] {
            let mut counts = Counts::default();
            counts.count(verdict, false);
            assert_eq!(counts.counted() == 1, verdict.is_rated(), "{verdict:?}");
        }
    }

    #[test]
    fn rates_leave_out_what_is_not_yet_due_dropped_or_continuous() {
        // 2 of 3 → 66.67; 1 of 3 on time → 33.33.
        let c = counts(1, 1, 1, 0).finish();
        assert_eq!((c.rate, c.on_time_rate), (Some(66.67), Some(33.33)));
        // Nothing done, overdue or blocked: no rate.
        let c = counts(0, 0, 0, 0).finish();
        assert_eq!((c.rate, c.on_time_rate), (None, None));
    }

    #[test]
    fn exactly_the_threshold_is_not_above_it() {
        // 7 of 10 is 70 %: not above 70, above 69.99.
        let c = counts(4, 3, 2, 1).finish();
        assert_eq!(c.rate, Some(70.0));
        assert_eq!(c.above(70.0), Some(false));
        assert_eq!(c.above(69.99), Some(true));
        // 2 of 3 rounds to 66.67 but is below it: the bar is checked on the counts.
        assert_eq!(counts(2, 0, 1, 0).finish().above(66.67), Some(false));
        assert_eq!(counts(0, 0, 0, 0).finish().above(70.0), None);
    }

    #[test]
    fn a_rate_over_every_item_counts_those_not_yet_due() {
        // 2 done, 1 overdue, 5 not yet due, 2 dropped: 2 of 3 due, 2 of 8 assigned.
        let due = counts(1, 1, 1, 0).finish();
        let all = counts(1, 1, 1, 0).finish_over(RateOver::All);
        assert_eq!((due.rated, due.rate), (3, Some(66.67)));
        assert_eq!((all.rated, all.rate), (8, Some(25.0)));
        // Bands, highest first: 25 % reaches "Hoàn thành" from 20, not "Tốt" from 80.
        let band = |from, word: &str, on_time| Band {
            from,
            word: word.to_string(),
            on_time,
        };
        let bands = [band(80.0, "Tốt", false), band(20.0, "Hoàn thành", false)];
        assert_eq!(all.band(&bands), Some("Hoàn thành"));
        assert_eq!(counts(0, 0, 0, 0).finish().band(&bands), None);
        // On time, 1 of 8 is 12.5 %: below 20, from 12.5 reached.
        let on_time = [band(20.0, "Tốt", true), band(12.5, "Đạt", true)];
        assert_eq!(all.band(&on_time), Some("Đạt"));
        assert_eq!(all.band(&on_time[..1]), None);
    }

    #[test]
    fn the_next_period_crosses_the_year() {
        let q = |y, n| Period::quarter(y, n).unwrap();
        assert_eq!(next_period(q(2023, 2)), q(2023, 3));
        assert_eq!(next_period(q(2023, 4)), q(2024, 1));
        assert_eq!(
            next_period(Period::half(2023, 2).unwrap()),
            Period::half(2024, 1).unwrap()
        );
        assert_eq!(next_period(Period::year(2023)), Period::year(2024));
    }
}
