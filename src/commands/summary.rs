//! `plan summary`: per unit (as lead and as support) or per section, how the tasks stand.

use std::io::Write;

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

use super::{Context, Outcome, Selection, items, selected};
use crate::cli::{Format, GroupBy, SummaryArgs};
use crate::deadline::Kind;
use crate::lang::Lang;
use crate::model::{Plan, Status, Task};
use crate::render::{self, Tone, money};

pub fn run(context: &Context, args: &SummaryArgs, out: &mut dyn Write) -> Result<Outcome> {
    let plan = context.plan;
    let day = args.as_of.resolve(context.env.today);
    let selection = Selection::new(context, &args.filters, day)?;
    let tasks = selected(plan, &selection);
    let rows = rows(plan, &tasks, args.by, day);
    match args.format {
        Format::Json => render::write_json(out, &rows)?,
        Format::Csv | Format::CsvRaw => render::write_csv(
            out,
            args.format == Format::Csv,
            &CSV_HEADERS,
            rows.iter().map(Row::cells),
        )?,
        Format::Table | Format::Markdown => {
            let first = if args.by == GroupBy::Unit {
                "Unit"
            } else {
                "Section"
            };
            let english = [
                first,
                "Role",
                "Tasks",
                "On time",
                "Late",
                "Doing",
                "Blocked",
                "Not started",
                "Dropped",
                "Overdue",
                "Not yet due",
                "Rate",
                "Continuous",
                "Budget",
                "Budget done",
            ];
            // In Vietnamese, the words of the report (`plan report`), so that the two agree.
            let vietnamese = [
                context.lang.tr(first),
                "Vai trò",
                "Số nhiệm vụ",
                "Hoàn thành đúng hạn",
                "Hoàn thành trễ hạn",
                "Đang thực hiện",
                "Gặp vướng mắc",
                "Chưa thực hiện",
                "Không thực hiện",
                "Quá hạn, chưa thực hiện",
                "Chưa đến hạn",
                "Tỷ lệ hoàn thành",
                "Thường xuyên",
                "Kinh phí dự kiến",
                "Kinh phí đã hoàn thành",
            ];
            let mut grid = context.grid(match context.lang {
                Lang::Vi => &vietnamese,
                Lang::En => &english,
            });
            let total = rows.len() - 1;
            for (index, row) in rows.iter().enumerate() {
                let mut cells: Vec<(String, Tone)> = row
                    .cells()
                    .into_iter()
                    .map(|cell| (cell, Tone::Plain))
                    .collect();
                cells[1].0 = row
                    .role
                    .map(|r| context.lang.tr(r))
                    .unwrap_or_default()
                    .to_string();
                if index == total {
                    cells[0] = (context.lang.tr("Total").to_string(), Tone::Heading);
                }
                cells[11].0 = percent(row.rate, context.lang);
                cells[13].0 = money(row.counts.budget);
                cells[14].0 = money(row.counts.budget_done);
                if row.counts.overdue > 0 {
                    cells[9].1 = Tone::Bad;
                }
                grid.push(cells);
            }
            context.write_grid(&grid, args.format, out)?;
        }
    }
    Ok(Outcome::Success)
}

/// The rate as the report writes it in Vietnamese (`66,67 %`), or `66.67%`.
fn percent(rate: Option<f64>, lang: Lang) -> String {
    match (rate, lang) {
        (Some(rate), Lang::En) => format!("{rate:.2}%"),
        (rate, _) => super::report::words::percent(rate),
    }
}

const CSV_HEADERS: [&str; 15] = [
    "group",
    "role",
    "tasks",
    "done_on_time",
    "done_late",
    "in_progress",
    "blocked",
    "not_started",
    "dropped",
    "overdue",
    "not_yet_due",
    "rate",
    "continuous",
    "budget",
    "budget_done",
];

/// How a group of tasks stands on a day. Periodic tasks count each occurrence due so far;
/// continuous tasks are counted apart.
///
/// (The report counts too, in `report::data::Counts`, but something else: the verdict on each
/// item of a reporting window, for the official document. Here it is every status and whether
/// it is due, on one day; the completion rate is the report's, from the report's verdicts.)
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub tasks: usize,
    pub done_on_time: usize,
    pub done_late: usize,
    pub in_progress: usize,
    pub blocked: usize,
    pub not_started: usize,
    pub dropped: usize,
    pub overdue: usize,
    pub not_yet_due: usize,
    pub continuous: usize,
    pub budget: u64,
    pub budget_done: u64,
    /// The items the report's rate is taken over: done, blocked when due, overdue.
    #[serde(skip)]
    rated: usize,
}

impl Counts {
    pub fn add(&mut self, plan: &Plan, task: &Task, day: NaiveDate) {
        self.budget += task.budget.unwrap_or(0);
        if task.kind() == Some(Kind::Continuous) {
            self.continuous += 1;
            return;
        }
        for item in items(plan, task) {
            if item
                .period
                .is_some_and(|p| item.task.occurrence_due(p) > day)
            {
                continue;
            }
            let state = task.state_on(day, item.period);
            self.tasks += 1;
            if super::report::data::verdict(state, day).is_rated() {
                self.rated += 1;
            }
            match state.status {
                Status::Done if state.days_late.is_some() => self.done_late += 1,
                Status::Done => self.done_on_time += 1,
                Status::Doing => self.in_progress += 1,
                Status::Blocked => self.blocked += 1,
                Status::Todo => self.not_started += 1,
                Status::Dropped => self.dropped += 1,
            }
            if !state.status.is_closed() {
                if state.due.is_some_and(|due| due < day) {
                    self.overdue += 1;
                } else {
                    self.not_yet_due += 1;
                }
            }
        }
        if task.every().is_none() && task.state_on(day, None).status == Status::Done {
            self.budget_done += task.budget.unwrap_or(0);
        }
    }

    /// The report's completion rate, by the report's verdict on each item as of the day: done
    /// (on time or late) out of done, blocked when due and overdue; what is not yet due, dropped
    /// or continuous is left out.
    pub fn rate(&self) -> Option<f64> {
        super::report::data::rate(self.done_on_time + self.done_late, self.rated)
    }
}

#[derive(Debug, Serialize)]
struct Row {
    group: String,
    role: Option<&'static str>,
    #[serde(flatten)]
    counts: Counts,
    rate: Option<f64>,
}

impl Row {
    fn new(group: &str, role: Option<&'static str>, counts: Counts) -> Row {
        Row {
            group: group.to_string(),
            role,
            rate: counts.rate(),
            counts,
        }
    }

    fn cells(&self) -> Vec<String> {
        let c = &self.counts;
        vec![
            self.group.clone(),
            self.role.unwrap_or_default().to_string(),
            c.tasks.to_string(),
            c.done_on_time.to_string(),
            c.done_late.to_string(),
            c.in_progress.to_string(),
            c.blocked.to_string(),
            c.not_started.to_string(),
            c.dropped.to_string(),
            c.overdue.to_string(),
            c.not_yet_due.to_string(),
            self.rate.map(|r| format!("{r:.2}")).unwrap_or_default(),
            c.continuous.to_string(),
            c.budget.to_string(),
            c.budget_done.to_string(),
        ]
    }
}

/// A row per unit and role (units named on the task itself; a collective unit has its own
/// rows) or per section, then the total.
fn rows(plan: &Plan, tasks: &[&Task], by: GroupBy, day: NaiveDate) -> Vec<Row> {
    let count = |keep: &dyn Fn(&Task) -> bool| {
        let mut counts = Counts::default();
        for task in tasks.iter().filter(|t| keep(t)) {
            counts.add(plan, task, day);
        }
        counts
    };
    let mut rows = Vec::new();
    match by {
        GroupBy::Unit => {
            for unit in &plan.units {
                let lead = count(&|t| t.led_by(&unit.name));
                let support = count(&|t| t.supported_by(&unit.name));
                for (role, counts) in [("lead", lead), ("support", support)] {
                    if counts.tasks + counts.continuous > 0 {
                        rows.push(Row::new(&unit.name, Some(role), counts));
                    }
                }
            }
        }
        GroupBy::Section => {
            for section in &plan.sections {
                let counts = count(&|t| *t.section == *section.id);
                rows.push(Row::new(
                    &format!("{}. {}", section.id, section.title),
                    None,
                    counts,
                ));
            }
        }
    }
    rows.push(Row::new("Total", None, count(&|_| true)));
    rows
}
