//! `plan timeline`: the year at a glance, a row per task (or unit) and a column per month.

use std::io::Write;

use crate::message::Result;
use chrono::Datelike;

use super::{Context, Outcome, Selection, selected};
use crate::cli::{TimelineArgs, TimelineBy};
use crate::deadline::Kind;
use crate::lang::Lang;
use crate::model::{Status, Task};
use crate::render::Tone;
use crate::rules::{self, items};

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_VI: [&str; 12] = [
    "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12",
];

/// How long a title may be in the timeline: it is a glance, `plan show` has the rest.
const TITLE_WIDTH: usize = 40;

pub fn run(context: &Context, args: &TimelineArgs, out: &mut dyn Write) -> Result<Outcome> {
    let plan = context.plan;
    let day = args.as_of.resolve(context.env.today);
    let selection = Selection::new(context, &args.filters, day)?;
    let tasks = selected(plan, &selection);
    let months = if context.lang == Lang::Vi {
        MONTHS_VI
    } else {
        MONTHS_EN
    };
    let first = if args.by == TimelineBy::Unit {
        "Unit"
    } else {
        "ID"
    };
    let mut headers = vec![first];
    if args.by == TimelineBy::Task {
        headers.push("Task");
    }
    let mut grid = context.grid(&headers);
    grid.headers.extend(months);
    match args.by {
        TimelineBy::Task => {
            for task in &tasks {
                let mut row = vec![
                    (task.id.clone(), Tone::Plain),
                    (short(&task.title), Tone::Plain),
                ];
                row.extend(marks(context, task, day));
                grid.push(row);
            }
        }
        TimelineBy::Unit => {
            for unit in &plan.units {
                let mut counts = [0usize; 12];
                // A continuous task falls due in no month, whatever date it was given.
                let dated = |t: &&&Task| t.kind() != Some(Kind::Continuous);
                let owes = |t: &&&Task| {
                    crate::units::owners_on(plan, t, crate::units::Role::Lead, day)
                        .contains(&unit.name.as_str())
                };
                for task in tasks.iter().filter(owes).filter(dated) {
                    for item in items(plan, task) {
                        if let Some(due) = task.state_on(day, item.period).due
                            && due.year() == plan.year
                        {
                            counts[due.month0() as usize] += 1;
                        }
                    }
                }
                if counts.iter().all(|c| *c == 0) {
                    continue;
                }
                let mut row = vec![(unit.name.clone(), Tone::Plain)];
                row.extend(counts.iter().map(|c| match c {
                    0 => (String::new(), Tone::Plain),
                    n => (n.to_string(), if *n >= 5 { Tone::Bad } else { Tone::Warn }),
                }));
                grid.push(row);
            }
        }
    }
    grid.write_table(out, context.env.terminal)?;
    let lang = context.lang;
    let legend = match args.by {
        TimelineBy::Task => format!(
            "{}: ● {}  ✗ {}  ✓ {}  ○ {}  ─ {}",
            lang.tr("Legend"),
            lang.tr("due, not yet due"),
            lang.tr("overdue, or done late"),
            lang.tr("done"),
            lang.tr("periodic occurrence"),
            lang.tr("continuous")
        ),
        TimelineBy::Unit => format!("{}: {}", lang.tr("Legend"), lang.tr("tasks due that month")),
    };
    writeln!(out, "{legend}")?;
    Ok(Outcome::Success)
}

fn short(title: &str) -> String {
    if title.chars().count() <= TITLE_WIDTH {
        return title.to_string();
    }
    let cut: String = title.chars().take(TITLE_WIDTH - 1).collect();
    format!("{}…", cut.trim_end())
}

/// The twelve month cells of a task's row.
fn marks(context: &Context, task: &Task, day: chrono::NaiveDate) -> Vec<(String, Tone)> {
    let plan = context.plan;
    let mut cells: Vec<(String, Tone)> = vec![(String::new(), Tone::Plain); 12];
    if task.kind() == Some(Kind::Continuous) {
        return vec![("─".to_string(), Tone::Muted); 12];
    }
    let mut mark = |date: chrono::NaiveDate, symbol: &str, tone: Tone| {
        if date.year() == plan.year {
            let cell = &mut cells[date.month0() as usize];
            cell.0.push_str(symbol);
            if cell.1 != Tone::Bad {
                cell.1 = tone;
            }
        }
    };
    for item in items(plan, task) {
        let state = task.state_on(day, item.period);
        let done_on = task
            .status_entry_on(day, item.period)
            .filter(|e| e.status == Some(Status::Done))
            .map(|e| e.date);
        if let Some(due) = state.due {
            match (state.status, state.days_late) {
                (Status::Done, Some(_)) => mark(due, "✗", Tone::Bad),
                _ if rules::days_overdue(task, &state, day).is_some() => mark(due, "✗", Tone::Bad),
                (status, _) if status.is_closed() => {}
                _ if item.period.is_some() => mark(due, "○", Tone::Plain),
                _ => mark(due, "●", Tone::Warn),
            }
        }
        if let Some(done) = done_on {
            mark(done, "✓", Tone::Good);
        }
    }
    cells
}
