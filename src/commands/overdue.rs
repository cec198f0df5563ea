//! `plan overdue`: what was past due and not done on a day, periodic occurrences included.

use std::io::Write;
use std::sync::Arc;

use anyhow::Result;
use chrono::NaiveDate;
use serde::Serialize;

use super::{Context, Item, Labels, Outcome, Selection, items, joined, labels, selected};
use crate::cli::{Format, OverdueArgs};
use crate::model::{Plan, Task};
use crate::msg;
use crate::period::Period;
use crate::render::{self, Grid, Tone};

pub fn run(context: &Context, args: &OverdueArgs, out: &mut dyn Write) -> Result<Outcome> {
    let plan = context.plan;
    let day = args.as_of.resolve(context.env.today);
    let selection = Selection::new(context, &args.filters, day)?;
    let mut rows: Vec<Overdue> = selected(plan, &selection)
        .into_iter()
        .flat_map(|task| {
            let via = selection.via(task);
            overdue(plan, task, day).map(move |row| Overdue { via, ..row })
        })
        .filter(|row| selection.in_quarter(row.due))
        .collect();
    // Longest overdue first; the plan's order among equals (the sort is stable).
    rows.sort_by_key(|row| row.due);
    match args.format {
        Format::Json => render::write_json(out, &rows)?,
        Format::Csv | Format::CsvRaw => render::write_csv(
            out,
            args.format == Format::Csv,
            &["id", "title", "lead", "due", "period", "days_overdue"],
            rows.iter().map(|r| {
                [
                    r.id.to_string(),
                    r.title.to_string(),
                    super::joined(r.lead).into_owned(),
                    r.due.to_string(),
                    r.period.map(|p| p.to_string()).unwrap_or_default(),
                    r.days_overdue.to_string(),
                ]
            }),
        )?,
        Format::Table | Format::Markdown => {
            // The due date, period and days overdue as text.
            let labels = labels(rows.iter().map(|r| (r.due, r.period)), |due, period| {
                [
                    context.lang.day(due),
                    period.map(|p| p.to_string()).unwrap_or_default(),
                    (day - due).num_days().to_string(),
                ]
            });
            let empty = msg!(
                "Nothing is overdue as of {day}.",
                day = crate::message::Arg::Day(day)
            )
            .text(context.lang);
            let grid = grid(context, &rows, &labels);
            context.write_grid_or(&grid, args.format, out, &empty)?
        }
    }
    let found = !rows.is_empty();
    Ok(if args.exit_code && found {
        Outcome::Failure
    } else {
        Outcome::Success
    })
}

/// One overdue task, or one overdue occurrence of a periodic task.
#[derive(Debug, Serialize)]
pub struct Overdue<'p> {
    pub id: &'p str,
    pub title: &'p str,
    pub lead: &'p [Arc<str>],
    pub due: NaiveDate,
    pub period: Option<Period>,
    pub days_overdue: i64,
    /// With `--unit`: the collective unit through which that unit owes the task, when it is
    /// not named on the task itself. Left out of JSON when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<&'p str>,
}

/// The rule of docs/format.md: due before `day` and not done (or dropped) on or before `day`; for a
/// periodic task, each occurrence whose period ended before `day`.
pub fn overdue<'p>(
    plan: &Plan,
    task: &'p Task,
    day: NaiveDate,
) -> impl Iterator<Item = Overdue<'p>> + use<'p> {
    items(plan, task).filter_map(move |Item { period, .. }| {
        let state = task.state_on(day, period);
        let due = state.due.filter(|due| *due < day)?;
        (!state.status.is_closed()).then(|| Overdue {
            id: &task.id,
            title: &task.title,
            lead: &task.lead,
            due,
            period,
            days_overdue: (day - due).num_days(),
            via: None,
        })
    })
}

fn grid<'a>(context: &Context, rows: &'a [Overdue], labels: &'a Labels<[String; 3]>) -> Grid<'a> {
    let mut grid = context.grid(&["ID", "Task", "Lead", "Due", "Period", "Days overdue"]);
    for r in rows {
        let [due, period, days] = &labels[&(r.due, r.period)];
        grid.push([
            (r.id.into(), Tone::Plain),
            (r.title.into(), Tone::Plain),
            (
                match r.via {
                    Some(via) => {
                        let through = msg!("(via {unit})", unit = via).text(context.lang);
                        format!("{}\n{through}", joined(r.lead)).into()
                    }
                    None => joined(r.lead),
                },
                Tone::Plain,
            ),
            (due.into(), Tone::Plain),
            (period.into(), Tone::Plain),
            (days.into(), Tone::Bad),
        ]);
    }
    grid
}
