//! `plan overdue`: what was past due and not done on a day, periodic occurrences included.

use std::io::Write;
use std::sync::Arc;

use crate::message::Result;
use chrono::NaiveDate;
use serde::Serialize;

use super::{Context, Involvement, Labels, Outcome, Selection, joined, labels, selected};
use crate::cli::{Format, OverdueArgs};
use crate::model::{Plan, Task};
use crate::msg;
use crate::period::Period;
use crate::render::{self, Grid, Tone};
use crate::rules::{self, Item, items};

pub fn run(context: &Context, args: &OverdueArgs, out: &mut dyn Write) -> Result<Outcome> {
    let plan = context.plan;
    let day = args.as_of.resolve(context.env.today);
    let selection = Selection::new(context, &args.filters, day)?;
    let mut rows: Vec<Overdue> = selected(plan, &selection)
        .into_iter()
        .flat_map(|task| {
            let involvement = selection.involvement(task);
            overdue(plan, task, day).map(move |row| Overdue { involvement, ..row })
        })
        .filter(|row| selection.in_quarter(row.due))
        .collect();
    // Longest overdue first; the plan's order among equals (the sort is stable).
    rows.sort_by_key(|row| row.due);
    match args.format {
        Format::Json => render::write_json(out, &rows)?,
        Format::Csv | Format::CsvRaw => {
            // With `--unit`, the role columns of JSON too.
            let with_role = args.filters.unit.is_some();
            let mut headers = vec!["id", "title", "lead", "due", "period", "days_overdue"];
            if with_role {
                headers.extend(["role", "via"]);
            }
            render::write_csv(
                out,
                args.format == Format::Csv,
                &headers,
                rows.iter().map(|r| {
                    let mut cells = vec![
                        r.id.to_string(),
                        r.title.to_string(),
                        super::joined(r.lead).into_owned(),
                        r.due.to_string(),
                        r.period.map(|p| p.to_string()).unwrap_or_default(),
                        r.days_overdue.to_string(),
                    ];
                    if with_role {
                        cells.extend(Involvement::cells(r.involvement));
                    }
                    cells
                }),
            )?
        }
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
    /// With `--unit`: that unit's role in the task (`role`), and the collective unit through
    /// which it has it (`via`), when it is not named on the task itself.
    #[serde(flatten)]
    pub involvement: Option<Involvement<'p>>,
}

/// The items of `task` overdue on `day` ([`rules::days_overdue`]).
pub fn overdue<'p>(
    plan: &Plan,
    task: &'p Task,
    day: NaiveDate,
) -> impl Iterator<Item = Overdue<'p>> + use<'p> {
    items(plan, task).filter_map(move |item @ Item { period, .. }| {
        let state = item.state(day);
        let days_overdue = rules::days_overdue(task, &state, day)?;
        Some(Overdue {
            id: &task.id,
            title: &task.title,
            lead: &task.lead,
            due: state.due?,
            period,
            days_overdue,
            involvement: None,
        })
    })
}

/// The table; with `--unit`, a column says the unit's role in each task.
fn grid<'a>(context: &Context, rows: &'a [Overdue], labels: &'a Labels<[String; 3]>) -> Grid<'a> {
    let with_role = rows.iter().any(|r| r.involvement.is_some());
    let mut headers = vec!["ID", "Task", "Lead"];
    if with_role {
        headers.push("Role");
    }
    headers.extend(["Due", "Period", "Days overdue"]);
    let mut grid = context.grid(&headers);
    for r in rows {
        let [due, period, days] = &labels[&(r.due, r.period)];
        let mut row = vec![
            (r.id.into(), Tone::Plain),
            (r.title.into(), Tone::Plain),
            (joined(r.lead), Tone::Plain),
        ];
        if with_role {
            let role = r.involvement.map(|i| i.text(context.lang));
            row.push((role.unwrap_or_default().into(), Tone::Plain));
        }
        row.extend([
            (due.into(), Tone::Plain),
            (period.into(), Tone::Plain),
            (days.into(), Tone::Bad),
        ]);
        grid.push(row);
    }
    grid
}
