//! The plan as the program sees it once loaded: units, sections, tasks and their history, and
//! the rules that read a task's status and due date on a given day.

use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use chrono::NaiveDate;

use crate::deadline::{Deadline, Kind};
use crate::period::{Every, Period, Years};
use crate::text::fold;

#[derive(Debug, Clone)]
pub struct Plan {
    /// The plan directory as the user would type it (relative where possible).
    pub dir: String,
    pub title: String,
    pub organization: Option<String>,
    pub document: Option<String>,
    pub year: i32,
    /// The last year anything in the plan is due (`year` for a plan of one year): periodic
    /// tasks recur until its end.
    pub last_year: i32,
    /// Where reporting windows start and end (`report_cutoff` in `plan.toml`).
    pub report_cutoff: crate::window::Cutoff,
    /// What reports need beyond the window: the document's header, signer and recipients,
    /// the bar a unit must pass, the sending day (the `report_*` keys and a few others).
    pub report: ReportSettings,
    pub units: Vec<Unit>,
    pub sections: Vec<Section>,
    /// Every task, section by section, in file order.
    pub tasks: Tasks,
    /// The figures the report gives beside the tasks (`[[indicator]]`), with their values.
    pub indicators: Vec<Indicator>,
}

/// A figure the report's outline asks for, such as the share of applications filed online
/// (`[[indicator]]` in `plan.toml`), and the values recorded for it (`[[record]]`).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Indicator {
    /// What `plan record` calls it: `dvc-truc-tuyen`.
    pub id: String,
    pub name: String,
    /// What its values count: "%", "thủ tục", "văn bản".
    pub unit: Option<String>,
    pub target: Option<f64>,
    /// The section of the plan (and of the report) it belongs to.
    pub section: Option<String>,
    /// In the order they were recorded.
    pub records: Vec<Record>,
}

/// A value recorded for an indicator over a period.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Record {
    pub period: Period,
    pub value: f64,
    /// The day it was recorded.
    pub date: NaiveDate,
    pub note: Option<String>,
}

impl Indicator {
    /// The value a report on `period` gives: the last recorded for that very period, else the
    /// last recorded for the latest period of the same year that ends within it (a quarter's
    /// in a year's report); `None` when there is none.
    pub fn value_for(&self, period: Period) -> Option<&Record> {
        let exact = self.records.iter().rev().find(|r| r.period == period);
        exact.or_else(|| {
            self.records
                .iter()
                .filter(|r| {
                    r.period.year == period.year
                        && period.contains(r.period.end())
                        && r.period.start() >= period.start()
                })
                .max_by_key(|r| (r.period.end(), r.date))
        })
    }
}

/// What `plan.toml` says about the report. Every key is optional; [`ReportSettings::default`]
/// is what a plan without them gets.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportSettings {
    /// The body above the issuer in a document's header (`parent_organization`), such as
    /// "Ủy ban nhân dân tỉnh Tây Ninh".
    pub parent_organization: Option<String>,
    /// The issuer as the header prints it under its parent (`issuer`): "Sở Khoa học và Công
    /// nghệ"; `organization` when not set.
    pub issuer: Option<String>,
    /// The issuer's abbreviation in document numbers (`symbol`): `KHCN` in "Số: …/BC-KHCN".
    pub symbol: Option<String>,
    /// The place a document is dated at (`place`): "Tây Ninh, ngày … tháng … năm …".
    pub place: Option<String>,
    /// Who signs (`report_signer`), such as "Giám đốc" or "KT. Giám đốc\nPhó Giám đốc".
    pub signer: Option<String>,
    /// The signer's name, if it is known (`report_signer_name`).
    pub signer_name: Option<String>,
    /// "Nơi nhận" (`report_recipients`), in order.
    pub recipients: Vec<String>,
    /// The report's word for a lead unit (`report_lead_term`): "Đơn vị chủ trì".
    pub lead_term: String,
    /// A unit reaches the bar when its rate is above this percentage (`report_threshold`).
    pub threshold: f64,
    /// When the report must be sent (`report_send`).
    pub send: crate::window::SendBy,
    /// Which items the rates are taken over (`[report] rate_over`).
    pub rate_over: RateOver,
    /// How units are rated (`[[report.band]]`), highest first; none: by `threshold`.
    pub bands: Vec<Band>,
}

/// Which items a completion rate is taken over: those due, done or blocked once due (the usual
/// rule), or every item assigned, those not yet due too (as some provinces score their
/// departments). Dropped and continuous items never count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RateOver {
    #[default]
    Due,
    All,
}

/// A rating band: a unit whose rate is `from` percent or more (its rate of items done, or of
/// items done on time) earns `word`, unless a higher band took it first.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Band {
    pub from: f64,
    pub word: String,
    pub on_time: bool,
}

impl Default for ReportSettings {
    fn default() -> ReportSettings {
        ReportSettings {
            parent_organization: None,
            issuer: None,
            symbol: None,
            place: None,
            signer: None,
            signer_name: None,
            recipients: Vec::new(),
            lead_term: "Đơn vị chủ trì".to_string(),
            threshold: 70.0,
            send: crate::window::SendBy::default(),
            rate_over: RateOver::default(),
            bands: Vec::new(),
        }
    }
}

/// A plan's tasks in plan order, kept in the runs they were read in. A large plan is read in
/// pieces side by side; joining the pieces into one vector would copy every task once more.
#[derive(Debug, Clone, Default)]
pub struct Tasks {
    runs: Vec<Vec<Task>>,
    /// The index of each run's first task.
    starts: Vec<usize>,
}

impl Tasks {
    /// Adds a run of tasks after those already there.
    pub fn push_run(&mut self, run: Vec<Task>) {
        if !run.is_empty() {
            self.starts.push(self.len());
            self.runs.push(run);
        }
    }

    pub fn len(&self) -> usize {
        match (self.starts.last(), self.runs.last()) {
            (Some(start), Some(run)) => start + run.len(),
            _ => 0,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Task> {
        self.runs.iter().flatten()
    }

    /// The run holding task `index`, and the task's place in it.
    fn locate(&self, index: usize) -> (usize, usize) {
        let run = self
            .starts
            .partition_point(|&start| start <= index)
            .saturating_sub(1);
        (run, index - self.starts.get(run).copied().unwrap_or(0))
    }
}

impl std::ops::Index<usize> for Tasks {
    type Output = Task;

    fn index(&self, index: usize) -> &Task {
        let (run, at) = self.locate(index);
        &self.runs[run][at]
    }
}

impl std::ops::IndexMut<usize> for Tasks {
    fn index_mut(&mut self, index: usize) -> &mut Task {
        let (run, at) = self.locate(index);
        &mut self.runs[run][at]
    }
}

#[derive(Debug, Clone, Default)]
pub struct Unit {
    pub name: String,
    pub aliases: Vec<String>,
    /// For a collective unit ("Các phòng, đơn vị"): the canonical names of its members.
    pub members: Vec<String>,
    /// The unit's life (`from`, `until`): a unit set up or ended mid-plan (renamed, merged).
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// Who takes over its work after `until` (canonical name).
    pub successor: Option<String>,
    /// The document that made the change ("Quyết định số …").
    pub doc: Option<String>,
}

impl Unit {
    /// Whether the unit has ended by `day` (its last day is before it).
    pub fn ended_by(&self, day: NaiveDate) -> bool {
        self.until.is_some_and(|until| until < day)
    }
}

#[derive(Debug, Clone)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub file: String,
    /// The document a section added later comes from (`document`: a supplement's number and
    /// date), when it is not the plan's.
    pub document: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Task {
    pub id: String,
    /// Shared by every task of the section: a plan may hold tens of thousands of tasks.
    pub section: Arc<str>,
    pub parent: Option<String>,
    pub title: String,
    /// Canonical unit names, shared with the plan's other tasks.
    pub lead: Vec<Arc<str>>,
    pub support: Vec<Arc<str>>,
    pub budget: Option<u64>,
    /// The wording as the document has it, and what it was read as (`None` if unreadable).
    /// Shared by the tasks with the same wording.
    pub deadline_text: Option<Arc<str>>,
    pub deadline: Option<Deadline>,
    /// A `due` key on the task: overrides the wording.
    pub due: Option<NaiveDate>,
    /// The expected result ("Sản phẩm"), the source of funds in words ("Nguồn kinh phí"), a
    /// note ("Ghi chú"), and the task of an earlier plan this one carries on
    /// (`"2023:II.4"`), as the files have them.
    pub product: Option<String>,
    pub funding: Option<String>,
    pub note: Option<String>,
    /// What the task consists of, where the annex has it beside the task's name ("Nội dung
    /// chính" beside "Tên nhiệm vụ"), and the state the annex gave it in words ("Tình
    /// trạng": "Đang thực hiện"), kept as written; `plan mark` records progress.
    pub detail: Option<String>,
    pub annex_status: Option<String>,
    pub carried_from: Option<String>,
    /// Who takes over this task when a unit leading it ends (`successor`): overrides the
    /// unit's own successor, for work split between several.
    pub successor: Option<Arc<str>>,
    pub progress: Vec<Entry>,
    /// Ids of the tasks that name this one as parent, in file order.
    pub children: Vec<String>,
    /// Shared by every task of the file.
    pub file: Arc<str>,
    pub line: usize,
    /// The byte just past the task's last value in its file (BOM excluded): where `plan mark`
    /// appends.
    pub end: usize,
}

/// One `[[task.progress]]` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub date: NaiveDate,
    pub status: Option<Status>,
    pub note: Option<String>,
    pub period: Option<Period>,
    pub due: Option<NaiveDate>,
    /// The document that proves it (`doc`), as written: number and date.
    pub doc: Option<String>,
    /// Who issued the document (`doc_by`).
    pub doc_by: Option<String>,
    /// A file of it, a path inside the repository (`file`).
    pub file: Option<String>,
    pub line: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Not started.
    Todo,
    /// In progress.
    Doing,
    /// Finished.
    Done,
    /// Stuck, waiting on something.
    Blocked,
    /// Will not be done.
    Dropped,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Todo,
        Status::Doing,
        Status::Done,
        Status::Blocked,
        Status::Dropped,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Todo => "todo",
            Status::Doing => "doing",
            Status::Done => "done",
            Status::Blocked => "blocked",
            Status::Dropped => "dropped",
        }
    }

    /// The words a clerk may type for each status, besides its own name: the report's terms
    /// and everyday ones, matched whatever the case and with or without diacritics.
    pub const WORDS: [(Status, &'static [&'static str]); 5] = [
        (
            Status::Todo,
            &["chưa làm", "chưa thực hiện", "chưa bắt đầu"],
        ),
        (
            Status::Doing,
            &["đang làm", "đang thực hiện", "đang triển khai"],
        ),
        (
            Status::Done,
            &[
                "xong",
                "đã xong",
                "hoàn thành",
                "đã hoàn thành",
                "đã thực hiện",
            ],
        ),
        (
            Status::Blocked,
            &["vướng mắc", "gặp vướng mắc", "vướng", "tạm dừng"],
        ),
        (
            Status::Dropped,
            &["hủy", "huỷ", "đã hủy", "không thực hiện"],
        ),
    ];

    /// The status `text` names on the command line: its name or one of its [`Status::WORDS`].
    pub fn from_words(text: &str) -> Option<Status> {
        let wanted = fold(text);
        Status::WORDS.into_iter().find_map(|(status, words)| {
            let named = fold(status.as_str()) == wanted;
            (named || words.iter().any(|w| fold(w) == wanted)).then_some(status)
        })
    }

    /// The status as people of `lang` read it: `done`, or "hoàn thành" in Vietnamese.
    pub fn word(self, lang: crate::lang::Lang) -> &'static str {
        lang.tr(self.as_str())
    }

    /// Done or dropped: nothing more is owed.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Done | Status::Dropped)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = crate::message::Message;

    fn from_str(text: &str) -> Result<Status, crate::message::Message> {
        Status::ALL
            .into_iter()
            .find(|s| s.as_str().eq_ignore_ascii_case(text.trim()))
            .ok_or_else(|| {
                crate::msg!(
                    "unknown status `{text}`; the statuses are {statuses}",
                    text,
                    statuses = crate::text::quoted_list(Status::ALL)
                )
            })
    }
}

impl Task {
    /// Whether the task names `unit` (a canonical name) as its lead.
    pub fn led_by(&self, unit: &str) -> bool {
        self.lead.iter().any(|name| **name == *unit)
    }

    /// Whether the task names `unit` (a canonical name) among its supporting units.
    pub fn supported_by(&self, unit: &str) -> bool {
        self.support.iter().any(|name| **name == *unit)
    }

    /// A heading groups other tasks and is not itself a piece of work.
    pub fn is_heading(&self) -> bool {
        self.lead.is_empty() && !self.children.is_empty()
    }

    pub fn kind(&self) -> Option<Kind> {
        self.deadline.map(Deadline::kind)
    }

    pub fn every(&self) -> Option<Every> {
        self.deadline.and_then(Deadline::every)
    }

    /// The due date on `day`: the `due` of the last entry dated on or before `day` that has one,
    /// else the task's own `due`, else the one its wording gives.
    pub fn due_on(&self, day: NaiveDate) -> Option<NaiveDate> {
        last_on(&self.progress, day, |e| e.due)
            .map(|(_, due)| due)
            .or(self.due)
            .or_else(|| self.deadline.and_then(Deadline::due))
    }

    /// The entry that sets the status on `day` (for a periodic task, of occurrence `period`).
    pub fn status_entry_on(&self, day: NaiveDate, period: Option<Period>) -> Option<&Entry> {
        last_on(&self.progress, day, |e| {
            (e.period == period).then_some(e.status).flatten()
        })
        .map(|(entry, _)| entry)
    }

    /// The occurrence of a periodic task that `day` falls in, kept within the plan's `years`.
    pub fn current_occurrence(&self, years: Years, day: NaiveDate) -> Option<Period> {
        let every = self.every()?;
        let inside = Period::containing(every, day);
        if self.occurrences(years).any(|p| p == inside) {
            Some(inside)
        } else if day < Period::year(years.first).start() {
            self.occurrences(years).next()
        } else {
            self.occurrences(years).last()
        }
    }

    /// The state of the task (or of its occurrence `period`) as of `day`: the one place the
    /// file format's rule for "status on D" and "due date on D" is applied.
    pub fn state_on(&self, day: NaiveDate, period: Option<Period>) -> State {
        let entry = self.status_entry_on(day, period);
        let status = entry.and_then(|e| e.status).unwrap_or(Status::Todo);
        let due = match period {
            Some(p) => Some(self.occurrence_due(p)),
            None => self.due_on(day),
        };
        let days_late = match (status, entry) {
            (Status::Done, Some(done)) => {
                let due_then = period
                    .map(|p| self.occurrence_due(p))
                    .or_else(|| self.due_on(done.date));
                due_then
                    .map(|due| (done.date - due).num_days())
                    .filter(|days| *days > 0)
            }
            _ => None,
        };
        State {
            status,
            due,
            period,
            days_late,
        }
    }

    /// When the occurrence `period` of a periodic task is due: its period's end, or the day
    /// the wording names within it ("Trước ngày 20 hằng tháng").
    pub fn occurrence_due(&self, period: Period) -> NaiveDate {
        self.deadline
            .map_or(period.end(), |deadline| deadline.occurrence_due(period))
    }

    /// The occurrences of a periodic task in the plan's years.
    pub fn occurrences(&self, years: Years) -> impl Iterator<Item = Period> + use<> {
        self.every()
            .into_iter()
            .flat_map(move |every| years.all(every))
    }
}

/// The last entry dated on or before `day` for which `pick` gives a value (later entries of the
/// same date win, as the file's order is the order they were made in).
fn last_on<T>(
    entries: &[Entry],
    day: NaiveDate,
    pick: impl Fn(&Entry) -> Option<T>,
) -> Option<(&Entry, T)> {
    entries
        .iter()
        .filter(|e| e.date <= day)
        .filter_map(|e| pick(e).map(|value| (e, value)))
        .max_by_key(|(e, _)| e.date)
}

/// A task's status and due date as of a day (for a periodic task, those of one occurrence),
/// and how late it was done.
#[derive(Debug, Clone, Copy)]
pub struct State {
    pub status: Status,
    pub due: Option<NaiveDate>,
    pub period: Option<Period>,
    /// Days after the due date that it was done, if it was done late.
    pub days_late: Option<i64>,
}

impl Plan {
    /// The years the plan covers.
    pub fn years(&self) -> Years {
        Years {
            first: self.year,
            last: self.last_year,
        }
    }

    pub fn task(&self, id: &str) -> Option<&Task> {
        self.tasks.iter().find(|t| t.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_indicator_gives_its_periods_own_value_else_the_latest_within_it() {
        let record = |period: &str, value: f64, day: u32| Record {
            period: period.parse().unwrap(),
            value,
            date: NaiveDate::from_ymd_opt(2023, 1, day).unwrap(),
            note: None,
        };
        let indicator = Indicator {
            id: "x".into(),
            name: "x".into(),
            unit: None,
            target: None,
            section: None,
            records: vec![
                record("2023-Q1", 1.0, 1),
                record("2023-Q2", 2.0, 2),
                record("2023-Q2", 3.0, 3),
                record("2023-05", 9.0, 4),
                record("2022-Q4", 7.0, 5),
            ],
        };
        let value = |period: &str| {
            indicator
                .value_for(period.parse().unwrap())
                .map(|r| r.value)
        };
        // The period's own value, the later of two recorded for it.
        assert_eq!(value("2023-Q2"), Some(3.0));
        // None recorded for the half: its latest quarter (Q2 ends on 30/06, May before it).
        assert_eq!(value("2023-H1"), Some(3.0));
        assert_eq!(value("2023"), Some(3.0));
        // Nothing within the third quarter, and a quarter of another year never counts.
        assert_eq!(value("2023-Q3"), None);
        assert_eq!(value("2023-Q1"), Some(1.0));
    }

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2023, m, d).unwrap()
    }

    /// The status of a one-off task on `day`: that of the entry that sets it, else `todo`.
    fn status_on(task: &Task, day: NaiveDate, period: Option<Period>) -> Status {
        task.status_entry_on(day, period)
            .and_then(|e| e.status)
            .unwrap_or(Status::Todo)
    }

    fn entry(date: NaiveDate, status: Option<Status>, due: Option<NaiveDate>) -> Entry {
        Entry {
            date,
            status,
            note: None,
            period: None,
            due,
            doc: None,
            doc_by: None,
            file: None,
            line: 0,
        }
    }

    fn task(progress: Vec<Entry>) -> Task {
        Task {
            id: "I.1".into(),
            section: "I".into(),
            parent: None,
            title: "t".into(),
            lead: vec!["Văn phòng".into()],
            support: vec![],
            budget: None,
            deadline_text: Some("Quý 1/ 2023".into()),
            deadline: crate::deadline::parse("Quý 1/ 2023", 2023).ok(),
            due: None,
            product: None,
            funding: None,
            note: None,
            detail: None,
            annex_status: None,
            carried_from: None,
            successor: None,
            progress,
            children: vec![],
            file: "plan/I.toml".into(),
            line: 1,
            end: 0,
        }
    }

    #[test]
    fn status_is_the_last_entry_on_or_before_the_day() {
        let t = task(vec![
            entry(day(2, 1), Some(Status::Doing), None),
            entry(day(4, 10), Some(Status::Done), None),
        ]);
        assert_eq!(status_on(&t, day(1, 31), None), Status::Todo);
        assert_eq!(status_on(&t, day(2, 1), None), Status::Doing);
        assert_eq!(status_on(&t, day(4, 9), None), Status::Doing);
        assert_eq!(status_on(&t, day(4, 10), None), Status::Done);
    }

    #[test]
    fn later_entry_of_the_same_day_wins_and_out_of_order_entries_sort_by_date() {
        let t = task(vec![
            entry(day(5, 1), Some(Status::Done), None),
            entry(day(3, 1), Some(Status::Blocked), None),
            entry(day(5, 1), Some(Status::Doing), None),
        ]);
        assert_eq!(status_on(&t, day(4, 1), None), Status::Blocked);
        assert_eq!(status_on(&t, day(6, 1), None), Status::Doing);
    }

    #[test]
    fn due_entries_move_the_due_date_from_their_date_on() {
        let t = task(vec![
            entry(day(3, 15), None, Some(day(6, 30))),
            entry(day(3, 20), Some(Status::Doing), None),
        ]);
        assert_eq!(t.due_on(day(3, 14)), Some(day(3, 31)));
        assert_eq!(t.due_on(day(3, 15)), Some(day(6, 30)));
        // An entry without `status` leaves the status alone.
        assert_eq!(status_on(&t, day(3, 16), None), Status::Todo);
    }

    #[test]
    fn statuses_parse_whatever_the_case() {
        assert_eq!("DONE".parse::<Status>(), Ok(Status::Done));
        // The command line also takes Vietnamese, with or without diacritics.
        for (text, status) in [
            ("xong", Status::Done),
            ("Hoàn thành", Status::Done),
            ("hoan thanh", Status::Done),
            ("đang làm", Status::Doing),
            ("dang thuc hien", Status::Doing),
            ("vướng mắc", Status::Blocked),
            ("tam dung", Status::Blocked),
            ("huy", Status::Dropped),
            ("hủy", Status::Dropped),
            ("chưa làm", Status::Todo),
            ("blocked", Status::Blocked),
        ] {
            assert_eq!(Status::from_words(text), Some(status), "{text}");
        }
        assert_eq!(Status::from_words("finished"), None);
        assert_eq!(Status::Done.word(crate::lang::Lang::Vi), "hoàn thành");
        // Files hold the names only.
        assert!("xong".parse::<Status>().is_err());
        assert_eq!(
            "finished".parse::<Status>().unwrap_err().to_string(),
            "unknown status `finished`; the statuses are `todo`, `doing`, `done`, `blocked`, `dropped`"
        );
    }

    #[test]
    fn tasks_in_runs_are_one_list() {
        let named = |id: &str| Task {
            id: id.into(),
            ..task(vec![])
        };
        let mut tasks = Tasks::default();
        tasks.push_run(vec![named("I.1"), named("I.2")]);
        tasks.push_run(vec![]);
        tasks.push_run(vec![named("I.3")]);
        tasks.push_run(vec![named("II.1"), named("II.2")]);
        assert_eq!(tasks.len(), 5);
        let ids: Vec<&str> = tasks.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["I.1", "I.2", "I.3", "II.1", "II.2"]);
        for (index, id) in ids.iter().enumerate() {
            assert_eq!(tasks[index].id, *id);
        }
        tasks[3].children.push("II.1.a".into());
        assert_eq!(tasks.iter().nth(3).unwrap().children, ["II.1.a"]);
        assert!(Tasks::default().is_empty());
    }
}
