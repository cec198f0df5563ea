//! `plan summary`: per unit (as lead and as support) or per section, how the tasks stand.

use std::io::Write;

use crate::message::Result;
use chrono::NaiveDate;
use serde::Serialize;

use super::{Context, Outcome, Selection, selected};
use crate::cli::{Format, GroupBy, SummaryArgs};
use crate::lang::Lang;
use crate::model::{Plan, Status, Task};
use crate::render::{self, Tone, money};
use crate::rules::{self, Counts, Verdict};
use crate::units::{self, Role};

pub fn run(context: &Context, args: &SummaryArgs, out: &mut dyn Write) -> Result<Outcome> {
    let plan = context.plan;
    let day = args.as_of.resolve(context.env.today);
    let selection = Selection::new(context, &args.filters, day)?;
    let tasks = selected(plan, &selection);
    let rows = rows(plan, &selection, &tasks, args.by, day);
    match args.format {
        Format::Json => render::write_json(out, &rows)?,
        Format::Csv | Format::CsvRaw => render::write_csv(
            out,
            args.format == Format::Csv,
            &CSV_HEADERS,
            rows.iter().map(Row::cells),
        )?,
        Format::Table | Format::Markdown => {
            let lang = context.lang;
            let first = if args.by == GroupBy::Unit {
                "Unit"
            } else {
                "Section"
            };
            // A verdict's heading is the report's word for it, so that the two agree.
            let verdict = |verdict: Verdict| lang.tr(verdict.name(false));
            let headings = [
                lang.tr(first),
                lang.tr("Role"),
                lang.tr("Tasks"),
                verdict(Verdict::DoneOnTime),
                verdict(Verdict::DoneLate),
                verdict(Verdict::Blocked),
                verdict(Verdict::Overdue),
                verdict(Verdict::NotYetDue),
                verdict(Verdict::Dropped),
                lang.tr("Rate"),
                lang.tr("Continuous"),
                lang.tr("Budget"),
                lang.tr("Budget done"),
            ];
            let mut grid = render::Grid::new(headings.to_vec());
            let total = rows.len() - 1;
            for (index, row) in rows.iter().enumerate() {
                let mut cells: Vec<(String, Tone)> = row
                    .cells()
                    .into_iter()
                    .map(|cell| (cell, Tone::Plain))
                    .collect();
                cells[1].0 = row.role.map(|r| lang.tr(r)).unwrap_or_default().to_string();
                if index == total {
                    cells[0] = (lang.tr("Total").to_string(), Tone::Heading);
                }
                cells[9].0 = percent(row.rate, lang);
                cells[11].0 = money(row.budget);
                cells[12].0 = money(row.budget_done);
                if row.overdue > 0 {
                    cells[6].1 = Tone::Bad;
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

const CSV_HEADERS: [&str; 13] = [
    "group",
    "role",
    "tasks",
    "done_on_time",
    "done_late",
    "blocked",
    "overdue",
    "not_yet_due",
    "dropped",
    "rate",
    "continuous",
    "budget",
    "budget_done",
];

/// How a group of tasks stands on a day: each item by its verdict as of the day
/// ([`rules::verdict_of`]), over the items that count then ([`rules::counts_on`]): every
/// one-off task, and each occurrence of a periodic task whose period has begun. The verdicts
/// are a partition: `tasks` is the sum of the six columns after it. Continuous tasks are
/// counted apart.
#[derive(Debug, Serialize)]
struct Row {
    group: String,
    role: Option<&'static str>,
    tasks: usize,
    done_on_time: usize,
    done_late: usize,
    blocked: usize,
    overdue: usize,
    not_yet_due: usize,
    dropped: usize,
    /// The report's completion rate, from the same verdicts.
    rate: Option<f64>,
    continuous: usize,
    budget: u64,
    /// The budget of the one-off tasks done by the day.
    budget_done: u64,
}

impl Row {
    fn new(
        plan: &Plan,
        selection: &Selection,
        group: String,
        role: Option<&'static str>,
        tasks: &[&&Task],
        day: NaiveDate,
    ) -> Row {
        let mut counts = Counts::default();
        let mut budget_done = 0;
        for task in tasks {
            counts.budget += task.budget.unwrap_or(0);
            for item in rules::items(plan, task).filter(|item| rules::counts_on(item, day)) {
                // `--quarter` and `--status` choose items, as they choose `list`'s rows.
                if selection.counts_item(&item, &item.state(day)) {
                    counts.count(rules::verdict_of(&item, day), false);
                }
            }
            if task.every().is_none() && task.state_on(day, None).status == Status::Done {
                budget_done += task.budget.unwrap_or(0);
            }
        }
        let counts = counts.finish_over(plan.report.rate_over);
        Row {
            group,
            role,
            tasks: counts.items(),
            done_on_time: counts.done_on_time,
            done_late: counts.done_late,
            blocked: counts.blocked,
            overdue: counts.overdue,
            not_yet_due: counts.not_yet_due,
            dropped: counts.dropped,
            rate: counts.rate,
            continuous: counts.continuous(),
            budget: counts.budget,
            budget_done,
        }
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.group.clone(),
            self.role.unwrap_or_default().to_string(),
            self.tasks.to_string(),
            self.done_on_time.to_string(),
            self.done_late.to_string(),
            self.blocked.to_string(),
            self.overdue.to_string(),
            self.not_yet_due.to_string(),
            self.dropped.to_string(),
            self.rate.map(|r| format!("{r:.2}")).unwrap_or_default(),
            self.continuous.to_string(),
            self.budget.to_string(),
            self.budget_done.to_string(),
        ]
    }
}

/// A row per unit and role (units named on the task itself; a collective unit has its own
/// rows) or per section (those `--section` lets through), then the total.
fn rows(
    plan: &Plan,
    selection: &Selection,
    tasks: &[&Task],
    by: GroupBy,
    day: NaiveDate,
) -> Vec<Row> {
    let row = |group: &str, role, keep: &dyn Fn(&Task) -> bool| {
        let kept: Vec<&&Task> = tasks.iter().filter(|t| keep(t)).collect();
        Row::new(plan, selection, group.to_string(), role, &kept, day)
    };
    let mut rows = Vec::new();
    match by {
        GroupBy::Unit => {
            for unit in &plan.units {
                // By who owes the task on the day: a unit that took over counts what it took.
                let owes = |t: &Task, role| {
                    units::owners_on(plan, t, role, day).contains(&unit.name.as_str())
                };
                let lead = row(&unit.name, Some("lead"), &|t| owes(t, Role::Lead));
                let support = row(&unit.name, Some("support"), &|t| owes(t, Role::Support));
                rows.extend(
                    [lead, support]
                        .into_iter()
                        .filter(|r| r.tasks + r.continuous > 0),
                );
            }
        }
        GroupBy::Section => {
            for section in &plan.sections {
                if selection.section().is_some_and(|s| s != section.id) {
                    continue;
                }
                let group = format!("{}. {}", section.id, section.title);
                rows.push(row(&group, None, &|t| *t.section == *section.id));
            }
        }
    }
    rows.push(row("Total", None, &|_| true));
    rows
}
